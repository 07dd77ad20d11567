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
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global WebhookCreateData
    from ..models.webhook_create_data import WebhookCreateData

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="WebhookCreateDocument")


@_attrs_define
class WebhookCreateDocument:
    data: WebhookCreateData

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
        data = WebhookCreateData.from_dict(d.pop("data"))

        webhook_create_document = _new(cls)
        webhook_create_document.data = data
        return webhook_create_document


class _WebhookCreateDocumentRequired(TypedDict):
    data: WebhookCreateDataDict


class WebhookCreateDocumentDict(_WebhookCreateDocumentRequired, total=False):
    """The JSON form of :class:`WebhookCreateDocument`, as a dict literal"""

    pass
