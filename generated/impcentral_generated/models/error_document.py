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
    from ..models.error_object import ErrorObject


_models_imported = False


def _import_models() -> None:
    global _models_imported
    global ErrorObject
    from ..models.error_object import ErrorObject

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="ErrorDocument")


@_attrs_define
class ErrorDocument:
    """JSON:API error document."""

    errors: list[ErrorObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("errors", "errors", True),
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
        _errors = d.pop("errors", None)
        if _errors is None:
            errors, kept = types.missing_value(kept, "errors", src_dict)

        else:
            try:
                errors = _read_errors(_errors)
            except (TypeError, ValueError, AttributeError, KeyError):
                errors, kept = types.repair_list(
                    kept, "errors", _errors, ErrorObject.from_dict
                )

        error_document = _new(cls)
        error_document.errors = errors
        error_document.additional_properties = d
        error_document._kept = kept
        return error_document

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


def _read_errors(raw: Any) -> list[ErrorObject]:
    return [ErrorObject.from_dict(item) for item in raw]
