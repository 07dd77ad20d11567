from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.login_key import LoginKey


_models_imported = False


def _import_models() -> None:
    global _models_imported
    global LoginKey
    from ..models.login_key import LoginKey

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="LoginKeyDocument")


@_attrs_define
class LoginKeyDocument:
    data: LoginKey
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("data", "data", True),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        kept: types.Kept | None = None
        _data = d.pop("data", None)
        if _data is None:
            data, kept = types.missing_value(kept, "data", src_dict)

        else:
            try:
                data = LoginKey.from_dict(_data)
            except (TypeError, ValueError, AttributeError, KeyError):
                data, kept = types.unreadable(kept, "data", _data, "an object")

        login_key_document = _new(cls)
        login_key_document.data = data
        login_key_document.additional_properties = d
        login_key_document._kept = kept
        return login_key_document

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
