from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.webhook_create_data import WebhookCreateData


if TYPE_CHECKING:
    from ..models.webhook_create_data import WebhookCreateDataDict


T = TypeVar("T", bound="WebhookCreateDocument")


@_attrs_define
class WebhookCreateDocument:
    data: WebhookCreateData

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_create_data import WebhookCreateData  # noqa: PLC0415

        d = dict(src_dict)
        data = WebhookCreateData.from_dict(d.pop("data"))

        webhook_create_document = cls(
            data=data,
        )

        return webhook_create_document


class _WebhookCreateDocumentRequired(TypedDict):
    data: WebhookCreateDataDict


class WebhookCreateDocumentDict(_WebhookCreateDocumentRequired, total=False):
    """The JSON form of :class:`WebhookCreateDocument`, as a dict literal"""

    pass
