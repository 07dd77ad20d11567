from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LoginRequest")


@_attrs_define
class LoginRequest:
    id: str
    """ Email address or username. """
    password: str = _attrs_field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        password = d.pop("password")

        login_request = cls(
            id=id,
            password=password,
        )

        return login_request


class _LoginRequestRequired(TypedDict):
    id: str
    password: str


class LoginRequestDict(_LoginRequestRequired, total=False):
    """The JSON form of :class:`LoginRequest`, as a dict literal"""

    pass
