from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

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
    owner: AccountLinkage | None = None
    creator: AccountLinkage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("owner", "owner", False),
        ("creator", "creator", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        kept: types.Kept | None = None
        _owner = d.pop("owner", None)
        if _owner is None:
            owner = None
            if "owner" in src_dict:
                kept = types.keep(kept, "owner", None, None)

        else:
            try:
                owner = AccountLinkage.from_dict(_owner)
            except (TypeError, ValueError, AttributeError, KeyError):
                owner, kept = types.unreadable(kept, "owner", _owner, "an object")

        _creator = d.pop("creator", None)
        if _creator is None:
            creator = None
            if "creator" in src_dict:
                kept = types.keep(kept, "creator", None, None)

        else:
            try:
                creator = AccountLinkage.from_dict(_creator)
            except (TypeError, ValueError, AttributeError, KeyError):
                creator, kept = types.unreadable(kept, "creator", _creator, "an object")

        product_relationships = _new(cls)
        product_relationships.owner = owner
        product_relationships.creator = creator
        product_relationships.additional_properties = d
        product_relationships._kept = kept
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
