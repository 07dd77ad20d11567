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

T = TypeVar("T", bound="AccountRequestLinkage")


@_attrs_define
class AccountRequestLinkage:
    type_: Literal["account"]
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
        type_ = cast(Literal["account"], d.pop("type"))
        if type_ != "account":
            raise ValueError(f"type must match const 'account', got '{type_}'")

        id = d.pop("id")

        account_request_linkage = cls(
            type_=type_,
            id=id,
        )

        return account_request_linkage


class _AccountRequestLinkageRequired(TypedDict):
    type: Literal["account"]
    id: str


class AccountRequestLinkageDict(_AccountRequestLinkageRequired, total=False):
    """The JSON form of :class:`AccountRequestLinkage`, as a dict literal"""

    pass
