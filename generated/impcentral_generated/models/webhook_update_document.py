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
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global WebhookUpdateData
    from ..models.webhook_update_data import WebhookUpdateData

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="WebhookUpdateDocument")


@_attrs_define
class WebhookUpdateDocument:
    data: WebhookUpdateData

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
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
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        data = WebhookUpdateData.from_dict(d.pop("data"))

        webhook_update_document = _new(cls)
        webhook_update_document.data = data
        return webhook_update_document


class _WebhookUpdateDocumentRequired(TypedDict):
    data: WebhookUpdateDataDict


class WebhookUpdateDocumentDict(_WebhookUpdateDocumentRequired, total=False):
    """The JSON form of :class:`WebhookUpdateDocument`, as a dict literal"""

    pass
