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

if TYPE_CHECKING:
    from ..models.webhook_create_attributes import WebhookCreateAttributes
    from ..models.webhook_create_relationships import WebhookCreateRelationships


if TYPE_CHECKING:
    from ..models.webhook_create_attributes import WebhookCreateAttributesDict
    from ..models.webhook_create_relationships import WebhookCreateRelationshipsDict


T = TypeVar("T", bound="WebhookCreateData")


@_attrs_define
class WebhookCreateData:
    type_: Literal["webhook"]
    attributes: WebhookCreateAttributes
    relationships: WebhookCreateRelationships

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attributes = self.attributes.to_dict()

        relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
                "relationships": relationships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_create_attributes import WebhookCreateAttributes  # noqa: PLC0415
        from ..models.webhook_create_relationships import WebhookCreateRelationships  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["webhook"], d.pop("type"))
        if type_ != "webhook":
            raise ValueError(f"type must match const 'webhook', got '{type_}'")

        attributes = WebhookCreateAttributes.from_dict(d.pop("attributes"))

        relationships = WebhookCreateRelationships.from_dict(d.pop("relationships"))

        webhook_create_data = cls(
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        return webhook_create_data


class _WebhookCreateDataRequired(TypedDict):
    type: Literal["webhook"]
    attributes: WebhookCreateAttributesDict
    relationships: WebhookCreateRelationshipsDict


class WebhookCreateDataDict(_WebhookCreateDataRequired, total=False):
    """The JSON form of :class:`WebhookCreateData`, as a dict literal"""

    pass
