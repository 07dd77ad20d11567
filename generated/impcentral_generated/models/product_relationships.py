from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_linkage import AccountLinkage

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global AccountLinkage
    from ..models.account_linkage import AccountLinkage

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="ProductRelationships")


@_attrs_define
class ProductRelationships:
    owner: AccountLinkage | Unset = UNSET
    creator: AccountLinkage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if creator is not UNSET:
            field_dict["creator"] = creator

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _owner = d.pop("owner", UNSET)
        owner: AccountLinkage | Unset = (
            _owner if _owner is UNSET else AccountLinkage.from_dict(_owner)
        )

        _creator = d.pop("creator", UNSET)
        creator: AccountLinkage | Unset = (
            _creator if _creator is UNSET else AccountLinkage.from_dict(_creator)
        )

        product_relationships = _new(cls)
        product_relationships.owner = owner
        product_relationships.creator = creator

        product_relationships.additional_properties = d or {}
        return product_relationships

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
