from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_update_attributes import WebhookUpdateAttributes


if TYPE_CHECKING:
    from ..models.webhook_update_attributes import WebhookUpdateAttributesDict


T = TypeVar("T", bound="WebhookUpdateData")


@_attrs_define
class WebhookUpdateData:
    type_: Literal["webhook"]
    id: str
    attributes: WebhookUpdateAttributes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_update_attributes import WebhookUpdateAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["webhook"], d.pop("type"))
        if type_ != "webhook":
            raise ValueError(f"type must match const 'webhook', got '{type_}'")

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: WebhookUpdateAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = WebhookUpdateAttributes.from_dict(_attributes)

        webhook_update_data = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return webhook_update_data


class _WebhookUpdateDataRequired(TypedDict):
    type: Literal["webhook"]
    id: str


class WebhookUpdateDataDict(_WebhookUpdateDataRequired, total=False):
    """The JSON form of :class:`WebhookUpdateData`, as a dict literal"""

    attributes: WebhookUpdateAttributesDict
