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
    from ..models.product_update_data import ProductUpdateData


if TYPE_CHECKING:
    from ..models.product_update_data import ProductUpdateDataDict


T = TypeVar("T", bound="ProductUpdateDocument")


@_attrs_define
class ProductUpdateDocument:
    data: ProductUpdateData

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
        from ..models.product_update_data import ProductUpdateData  # noqa: PLC0415

        d = dict(src_dict)
        data = ProductUpdateData.from_dict(d.pop("data"))

        product_update_document = cls(
            data=data,
        )

        return product_update_document


class _ProductUpdateDocumentRequired(TypedDict):
    data: ProductUpdateDataDict


class ProductUpdateDocumentDict(_ProductUpdateDocumentRequired, total=False):
    """The JSON form of :class:`ProductUpdateDocument`, as a dict literal"""

    pass
