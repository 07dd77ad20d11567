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
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global LoginKeyCreateData
    from ..models.login_key_create_data import LoginKeyCreateData

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="LoginKeyCreateDocument")


@_attrs_define
class LoginKeyCreateDocument:
    data: LoginKeyCreateData

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
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
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        data = LoginKeyCreateData.from_dict(d.pop("data"))

        login_key_create_document = _new(cls)
        login_key_create_document.data = data
        return login_key_create_document


class _LoginKeyCreateDocumentRequired(TypedDict):
    data: LoginKeyCreateDataDict


class LoginKeyCreateDocumentDict(_LoginKeyCreateDocumentRequired, total=False):
    """The JSON form of :class:`LoginKeyCreateDocument`, as a dict literal"""

    pass
