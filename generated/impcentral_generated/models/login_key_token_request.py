from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoginKeyTokenRequest")


@_attrs_define
class LoginKeyTokenRequest:
    key: str = _attrs_field(repr=False)
    """ Login key id. """

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        login_key_token_request = cls(
            key=key,
        )

        return login_key_token_request


class _LoginKeyTokenRequestRequired(TypedDict):
    key: str


class LoginKeyTokenRequestDict(_LoginKeyTokenRequestRequired, total=False):
    """The JSON form of :class:`LoginKeyTokenRequest`, as a dict literal"""

    pass
