from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.code_file import CodeFile

_new = object.__new__

T = TypeVar("T", bound="ErrorMetaItem")


@_attrs_define
class ErrorMetaItem:
    """One entry of array-valued error meta. For `CX005` (compilation error) a compiler diagnostic."""

    file: CodeFile | str | None = None
    """ `agent_code` or `device_code`. """
    row: int | None = None
    """ 1-based line. """
    column: int | None = None
    """ 1-based column. """
    text: str | None = None
    """ Diagnostic message. """
    type: str | None = None
    """ Diagnostic kind, e.g. `error`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("file", "file", False),
        ("row", "row", False),
        ("column", "column", False),
        ("text", "text", False),
        ("type", "type", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        file = d.pop("file", None)
        if file is None:
            if "file" in src_dict:
                kept = types.keep(kept, "file", None, None)

        elif file.__class__ is not str:
            file, kept = types.unexpected_type(kept, "file", file, "str")

        row = d.pop("row", None)
        if row is None:
            if "row" in src_dict:
                kept = types.keep(kept, "row", None, None)

        elif row.__class__ is not int:
            row, kept = types.unexpected_type(kept, "row", row, "int")

        column = d.pop("column", None)
        if column is None:
            if "column" in src_dict:
                kept = types.keep(kept, "column", None, None)

        elif column.__class__ is not int:
            column, kept = types.unexpected_type(kept, "column", column, "int")

        text = d.pop("text", None)
        if text is None:
            if "text" in src_dict:
                kept = types.keep(kept, "text", None, None)

        elif text.__class__ is not str:
            text, kept = types.unexpected_type(kept, "text", text, "str")

        type_ = d.pop("type", None)
        if type_ is None:
            if "type" in src_dict:
                kept = types.keep(kept, "type", None, None)

        elif type_.__class__ is not str:
            type_, kept = types.unexpected_type(kept, "type", type_, "str")

        error_meta_item = _new(cls)
        error_meta_item.file = file
        error_meta_item.row = row
        error_meta_item.column = column
        error_meta_item.text = text
        error_meta_item.type = type_
        error_meta_item.additional_properties = d
        error_meta_item._kept = kept
        return error_meta_item

    @property
    def type_(self) -> str | None:
        """Deprecated: ``type``, the wire name"""
        warnings.warn("type_ is deprecated; use type", DeprecationWarning, stacklevel=2)
        return self.type

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
