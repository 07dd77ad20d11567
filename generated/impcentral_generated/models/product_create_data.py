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
    from ..models.product_create_attributes import ProductCreateAttributes
    from ..models.product_create_relationships import ProductCreateRelationships


if TYPE_CHECKING:
    from ..models.product_create_attributes import ProductCreateAttributesDict
    from ..models.product_create_relationships import ProductCreateRelationshipsDict


T = TypeVar("T", bound="ProductCreateData")


@_attrs_define
class ProductCreateData:
    type_: Literal["product"]
    attributes: ProductCreateAttributes
    relationships: ProductCreateRelationships | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
            }
        )
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_create_attributes import ProductCreateAttributes  # noqa: PLC0415
        from ..models.product_create_relationships import ProductCreateRelationships  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["product"], d.pop("type"))
        if type_ != "product":
            raise ValueError(f"type must match const 'product', got '{type_}'")

        attributes = ProductCreateAttributes.from_dict(d.pop("attributes"))

        _relationships = d.pop("relationships", UNSET)
        relationships: ProductCreateRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = ProductCreateRelationships.from_dict(_relationships)

        product_create_data = cls(
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        return product_create_data


class _ProductCreateDataRequired(TypedDict):
    type: Literal["product"]
    attributes: ProductCreateAttributesDict


class ProductCreateDataDict(_ProductCreateDataRequired, total=False):
    """The JSON form of :class:`ProductCreateData`, as a dict literal"""

    relationships: ProductCreateRelationshipsDict
