from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.login_key_create_data import LoginKeyCreateData


if TYPE_CHECKING:
    from ..models.login_key_create_data import LoginKeyCreateDataDict


T = TypeVar("T", bound="LoginKeyCreateDocument")


@_attrs_define
class LoginKeyCreateDocument:
    data: LoginKeyCreateData

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_key_create_data import LoginKeyCreateData  # noqa: PLC0415

        d = dict(src_dict)
        data = LoginKeyCreateData.from_dict(d.pop("data"))

        login_key_create_document = cls(
            data=data,
        )

        return login_key_create_document


class _LoginKeyCreateDocumentRequired(TypedDict):
    data: LoginKeyCreateDataDict


class LoginKeyCreateDocumentDict(_LoginKeyCreateDocumentRequired, total=False):
    """The JSON form of :class:`LoginKeyCreateDocument`, as a dict literal"""

    pass
