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
    from ..models.webhook_update_data import WebhookUpdateData


if TYPE_CHECKING:
    from ..models.webhook_update_data import WebhookUpdateDataDict


T = TypeVar("T", bound="WebhookUpdateDocument")


@_attrs_define
class WebhookUpdateDocument:
    data: WebhookUpdateData

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
        from ..models.webhook_update_data import WebhookUpdateData  # noqa: PLC0415

        d = dict(src_dict)
        data = WebhookUpdateData.from_dict(d.pop("data"))

        webhook_update_document = cls(
            data=data,
        )

        return webhook_update_document


class _WebhookUpdateDocumentRequired(TypedDict):
    data: WebhookUpdateDataDict


class WebhookUpdateDocumentDict(_WebhookUpdateDocumentRequired, total=False):
    """The JSON form of :class:`WebhookUpdateDocument`, as a dict literal"""

    pass
