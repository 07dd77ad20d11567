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


T = TypeVar("T", bound="ProductCreateDocument")


@_attrs_define
class ProductCreateDocument:
    data: ProductCreateData

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
        from ..models.product_create_data import ProductCreateData  # noqa: PLC0415

        d = dict(src_dict)
        data = ProductCreateData.from_dict(d.pop("data"))

        product_create_document = cls(
            data=data,
        )

        return product_create_document


class _ProductCreateDocumentRequired(TypedDict):
    data: ProductCreateDataDict


class ProductCreateDocumentDict(_ProductCreateDocumentRequired, total=False):
    """The JSON form of :class:`ProductCreateDocument`, as a dict literal"""

    pass
