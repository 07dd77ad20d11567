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
    from ..models.login_key_update_data import LoginKeyUpdateData


if TYPE_CHECKING:
    from ..models.login_key_update_data import LoginKeyUpdateDataDict


T = TypeVar("T", bound="LoginKeyUpdateDocument")


@_attrs_define
class LoginKeyUpdateDocument:
    data: LoginKeyUpdateData

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
        from ..models.login_key_update_data import LoginKeyUpdateData  # noqa: PLC0415

        d = dict(src_dict)
        data = LoginKeyUpdateData.from_dict(d.pop("data"))

        login_key_update_document = cls(
            data=data,
        )

        return login_key_update_document


class _LoginKeyUpdateDocumentRequired(TypedDict):
    data: LoginKeyUpdateDataDict


class LoginKeyUpdateDocumentDict(_LoginKeyUpdateDocumentRequired, total=False):
    """The JSON form of :class:`LoginKeyUpdateDocument`, as a dict literal"""

    pass
