from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

_new = object.__new__

T = TypeVar("T", bound="ErrorMeta")


@_attrs_define
class ErrorMeta:
    """Object-valued error meta. For `PX200` (two-factor login required) it carries `login_token` and `expires_at`."""

    login_token: str | Unset = _attrs_field(default=UNSET, repr=False)
    """ Token to send back with the one-time password. """
    expires_at: datetime.datetime | Unset = UNSET
    """ When `login_token` expires. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login_token = self.login_token

        expires_at: str | Unset = UNSET
        if not isinstance(self.expires_at, Unset):
            expires_at = types.format_datetime(self.expires_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login_token is not UNSET:
            field_dict["login_token"] = login_token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login_token = d.pop("login_token", UNSET)

        _expires_at = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | Unset = (
            _expires_at if _expires_at is UNSET else types.parse_datetime(_expires_at)
        )

        error_meta = _new(cls)
        error_meta.login_token = login_token
        error_meta.expires_at = expires_at

        error_meta.additional_properties = d or {}
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
