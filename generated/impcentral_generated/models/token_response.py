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

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """Plain JSON (not JSON:API). Every sample carries the token, its lifetime and its expiry."""

    access_token: str = _attrs_field(repr=False)
    """ Bearer token. """
    expires_in: int
    """ Lifetime in seconds (3600 in every sample). """
    expires_at: datetime.datetime
    """ Absolute expiry. """
    refresh_token: str | None = _attrs_field(default=None, repr=False)
    """ Only from `POST /auth`; `POST /auth/token` returns none (keep the old one). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("access_token", "access_token", True),
        ("expires_in", "expires_in", True),
        ("expires_at", "expires_at", True),
        ("refresh_token", "refresh_token", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        access_token = d.pop("access_token", None)
        if access_token is None:
            access_token, kept = types.missing_value(kept, "access_token", src_dict)

        elif access_token.__class__ is not str:
            access_token, kept = types.unexpected_type(
                kept, "access_token", access_token, "str", secret=True
            )

        expires_in = d.pop("expires_in", None)
        if expires_in is None:
            expires_in, kept = types.missing_value(kept, "expires_in", src_dict)

        elif expires_in.__class__ is not int:
            expires_in, kept = types.unexpected_type(
                kept, "expires_in", expires_in, "int"
            )

        _expires_at = d.pop("expires_at", None)
        if _expires_at is None:
            expires_at, kept = types.missing_value(kept, "expires_at", src_dict)

        else:
            try:
                expires_at = types.read_datetime(_expires_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                expires_at, kept = types.repair_datetime(
                    kept, "expires_at", _expires_at
                )

        refresh_token = d.pop("refresh_token", None)
        if refresh_token is None:
            if "refresh_token" in src_dict:
                kept = types.keep(kept, "refresh_token", None, None)

        elif refresh_token.__class__ is not str:
            refresh_token, kept = types.unexpected_type(
                kept, "refresh_token", refresh_token, "str", secret=True
            )

        token_response = _new(cls)
        token_response.access_token = access_token
        token_response.expires_in = expires_in
        token_response.expires_at = expires_at
        token_response.refresh_token = refresh_token
        token_response.additional_properties = d
        token_response._kept = kept
        return token_response

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
