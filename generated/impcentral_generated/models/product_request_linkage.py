from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="ProductRequestLinkage")


@_attrs_define
class ProductRequestLinkage:
    type_: Literal["product"]
    id: str

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["product"], d.pop("type"))
        if type_ != "product":
            raise ValueError(f"type must match const 'product', got '{type_}'")

        id = d.pop("id")

        product_request_linkage = cls(
            type_=type_,
            id=id,
        )

        return product_request_linkage


class _ProductRequestLinkageRequired(TypedDict):
    type: Literal["product"]
    id: str


class ProductRequestLinkageDict(_ProductRequestLinkageRequired, total=False):
    """The JSON form of :class:`ProductRequestLinkage`, as a dict literal"""

    pass
