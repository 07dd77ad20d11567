from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RefreshTokenRequest")


@_attrs_define
class RefreshTokenRequest:
    token: str = _attrs_field(repr=False)
    """ Refresh token from a password login. """

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        refresh_token_request = cls(
            token=token,
        )

        return refresh_token_request


class _RefreshTokenRequestRequired(TypedDict):
    token: str


class RefreshTokenRequestDict(_RefreshTokenRequestRequired, total=False):
    """The JSON form of :class:`RefreshTokenRequest`, as a dict literal"""

    pass
