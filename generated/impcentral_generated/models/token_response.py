from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

_new = object.__new__

T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """Plain JSON (not JSON:API)."""

    access_token: str = _attrs_field(repr=False)
    """ Bearer token. """
    expires_in: int | Unset = UNSET
    """ Lifetime in seconds (3600 in every sample). """
    expires_at: datetime.datetime | Unset = UNSET
    """ Absolute expiry. """
    refresh_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Only from `POST /auth`; `POST /auth/token` returns none (keep the old one). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        expires_in = self.expires_in

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = types.format_datetime(self.expires_at)

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        access_token = d.pop("access_token")

        expires_in = d.pop("expires_in", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset = (
            _expires_at if _expires_at is UNSET else types.parse_datetime(_expires_at)
        )

        refresh_token = d.pop("refresh_token", UNSET)

        token_response = _new(cls)
        token_response.access_token = access_token
        token_response.expires_in = expires_in
        token_response.expires_at = expires_at
        token_response.refresh_token = refresh_token

        token_response.additional_properties = d or {}
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
