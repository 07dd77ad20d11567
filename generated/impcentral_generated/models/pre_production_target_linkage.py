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

T = TypeVar("T", bound="PreProductionTargetLinkage")


@_attrs_define
class PreProductionTargetLinkage:
    """`production_target` of a pre-factory fixture group."""

    type_: Literal["pre_production_devicegroup"]
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
        type_ = cast(Literal["pre_production_devicegroup"], d.pop("type"))
        if type_ != "pre_production_devicegroup":
            raise ValueError(
                f"type must match const 'pre_production_devicegroup', got '{type_}'"
            )

        id = d.pop("id")

        pre_production_target_linkage = cls(
            type_=type_,
            id=id,
        )

        return pre_production_target_linkage


class _PreProductionTargetLinkageRequired(TypedDict):
    type: Literal["pre_production_devicegroup"]
    id: str


class PreProductionTargetLinkageDict(_PreProductionTargetLinkageRequired, total=False):
    """The JSON form of :class:`PreProductionTargetLinkage`, as a dict literal"""

    pass
