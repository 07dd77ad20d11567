from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_request_linkage import AccountRequestLinkage


if TYPE_CHECKING:
    from ..models.account_request_linkage import AccountRequestLinkageDict


T = TypeVar("T", bound="ProductCreateRelationships")


@_attrs_define
class ProductCreateRelationships:
    owner: AccountRequestLinkage | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_request_linkage import AccountRequestLinkage  # noqa: PLC0415

        d = dict(src_dict)
        _owner = d.pop("owner", UNSET)
        owner: AccountRequestLinkage | Unset
        if isinstance(_owner, Unset):
            owner = UNSET
        else:
            owner = AccountRequestLinkage.from_dict(_owner)

        product_create_relationships = cls(
            owner=owner,
        )

        return product_create_relationships


class ProductCreateRelationshipsDict(TypedDict, total=False):
    """The JSON form of :class:`ProductCreateRelationships`, as a dict literal"""

    owner: AccountRequestLinkageDict
