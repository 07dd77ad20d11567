from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_update_attributes import ProductUpdateAttributes

if TYPE_CHECKING:
    from ..models.product_update_attributes import ProductUpdateAttributesDict
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global ProductUpdateAttributes
    from ..models.product_update_attributes import ProductUpdateAttributes

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="ProductUpdateData")


@_attrs_define
class ProductUpdateData:
    type_: Literal["product"]
    id: str
    attributes: ProductUpdateAttributes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
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
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        type_: Literal["product"] = d.pop("type")
        if type_ != "product":
            raise ValueError(f"type must match const 'product', got '{type_}'")

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: ProductUpdateAttributes | Unset = (
            _attributes
            if _attributes is UNSET
            else ProductUpdateAttributes.from_dict(_attributes)
        )

        product_update_data = _new(cls)
        product_update_data.type_ = type_
        product_update_data.id = id
        product_update_data.attributes = attributes
        return product_update_data


class _ProductUpdateDataRequired(TypedDict):
    type: Literal["product"]
    id: str


class ProductUpdateDataDict(_ProductUpdateDataRequired, total=False):
    """The JSON form of :class:`ProductUpdateData`, as a dict literal"""

    attributes: ProductUpdateAttributesDict
