from __future__ import annotations

import builtins
import datetime
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

T = TypeVar("T", bound="ErrorMeta")


@_attrs_define
class ErrorMeta:
    """Object-valued error meta. For `PX200` (two-factor login required) it carries `login_token` and `expires_at`."""

    login_token: str | None = _attrs_field(default=None, repr=False)
    """ Token to send back with the one-time password. """
    expires_at: datetime.datetime | None = None
    """ When `login_token` expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("login_token", "login_token", False),
        ("expires_at", "expires_at", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        login_token = d.pop("login_token", None)
        if login_token is None:
            if "login_token" in src_dict:
                kept = types.keep(kept, "login_token", None, None)

        elif login_token.__class__ is not str:
            login_token, kept = types.unexpected_type(
                kept, "login_token", login_token, "str", secret=True
            )

        _expires_at = d.pop("expires_at", None)
        if _expires_at is None:
            expires_at = None
            if "expires_at" in src_dict:
                kept = types.keep(kept, "expires_at", None, None)

        else:
            try:
                expires_at = types.read_datetime(_expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                expires_at, kept = types.repair_datetime(
                    kept, "expires_at", _expires_at
                )

        error_meta = _new(cls)
        error_meta.login_token = login_token
        error_meta.expires_at = expires_at
        error_meta.additional_properties = d
        error_meta._kept = kept
        return error_meta

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
