from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

_new = object.__new__

T = TypeVar("T", bound="AccountAttributes")


@_attrs_define
class AccountAttributes:
    username: str | None = None
    email: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("username", "username", False),
        ("email", "email", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        username = d.pop("username", None)
        if username is None:
            if "username" in src_dict:
                kept = types.keep(kept, "username", None, None)

        elif username.__class__ is not str:
            username, kept = types.unexpected_type(kept, "username", username, "str")

        email = d.pop("email", None)
        if email is None:
            if "email" in src_dict:
                kept = types.keep(kept, "email", None, None)

        elif email.__class__ is not str:
            email, kept = types.unexpected_type(kept, "email", email, "str")

        account_attributes = _new(cls)
        account_attributes.username = username
        account_attributes.email = email
        account_attributes.additional_properties = d
        account_attributes._kept = kept
        return account_attributes

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
