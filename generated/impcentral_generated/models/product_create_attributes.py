from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductCreateAttributes")


@_attrs_define
class ProductCreateAttributes:
    name: str
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        product_create_attributes = cls(
            name=name,
            description=description,
        )

        return product_create_attributes


class _ProductCreateAttributesRequired(TypedDict):
    name: str


class ProductCreateAttributesDict(_ProductCreateAttributesRequired, total=False):
    """The JSON form of :class:`ProductCreateAttributes`, as a dict literal"""

    description: str
