from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="OtpLoginRequest")


@_attrs_define
class OtpLoginRequest:
    login_token: str = _attrs_field(repr=False)
    """ `meta.login_token` of the `PX200` error. """

    def to_dict(self) -> dict[str, Any]:
        login_token = self.login_token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "login_token": login_token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        login_token = d.pop("login_token")

        otp_login_request = cls(
            login_token=login_token,
        )

        return otp_login_request


class _OtpLoginRequestRequired(TypedDict):
    login_token: str


class OtpLoginRequestDict(_OtpLoginRequestRequired, total=False):
    """The JSON form of :class:`OtpLoginRequest`, as a dict literal"""

    pass
