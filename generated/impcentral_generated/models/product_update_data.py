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
    from ..models.product_update_attributes import ProductUpdateAttributes


if TYPE_CHECKING:
    from ..models.product_update_attributes import ProductUpdateAttributesDict


T = TypeVar("T", bound="ProductUpdateData")


@_attrs_define
class ProductUpdateData:
    type_: Literal["product"]
    id: str
    attributes: ProductUpdateAttributes | Unset = UNSET

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
        from ..models.product_update_attributes import ProductUpdateAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["product"], d.pop("type"))
        if type_ != "product":
            raise ValueError(f"type must match const 'product', got '{type_}'")

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: ProductUpdateAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ProductUpdateAttributes.from_dict(_attributes)

        product_update_data = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return product_update_data


class _ProductUpdateDataRequired(TypedDict):
    type: Literal["product"]
    id: str


class ProductUpdateDataDict(_ProductUpdateDataRequired, total=False):
    """The JSON form of :class:`ProductUpdateData`, as a dict literal"""

    attributes: ProductUpdateAttributesDict
