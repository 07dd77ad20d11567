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
    from ..models.product_create_data import ProductCreateData

if TYPE_CHECKING:
    from ..models.product_create_data import ProductCreateDataDict
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global ProductCreateData
    from ..models.product_create_data import ProductCreateData

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="ProductCreateDocument")


@_attrs_define
class ProductCreateDocument:
    data: ProductCreateData

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
        data = ProductCreateData.from_dict(d.pop("data"))

        product_create_document = _new(cls)
        product_create_document.data = data
        return product_create_document


class _ProductCreateDocumentRequired(TypedDict):
    data: ProductCreateDataDict


class ProductCreateDocumentDict(_ProductCreateDocumentRequired, total=False):
    """The JSON form of :class:`ProductCreateDocument`, as a dict literal"""

    pass
