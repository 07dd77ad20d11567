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

T = TypeVar("T", bound="DeploymentRequestLinkage")


@_attrs_define
class DeploymentRequestLinkage:
    type_: Literal["deployment"]
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
        type_ = cast(Literal["deployment"], d.pop("type"))
        if type_ != "deployment":
            raise ValueError(f"type must match const 'deployment', got '{type_}'")

        id = d.pop("id")

        deployment_request_linkage = cls(
            type_=type_,
            id=id,
        )

        return deployment_request_linkage


class _DeploymentRequestLinkageRequired(TypedDict):
    type: Literal["deployment"]
    id: str


class DeploymentRequestLinkageDict(_DeploymentRequestLinkageRequired, total=False):
    """The JSON form of :class:`DeploymentRequestLinkage`, as a dict literal"""

    pass
