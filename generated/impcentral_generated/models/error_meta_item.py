from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.code_file import CodeFile
from ..types import UNSET, Unset

_new = object.__new__

T = TypeVar("T", bound="ErrorMetaItem")


@_attrs_define
class ErrorMetaItem:
    """One entry of array-valued error meta. For `CX005` (compilation error) a compiler diagnostic."""

    file: CodeFile | str | Unset = UNSET
    """ `agent_code` or `device_code`. """
    row: int | Unset = UNSET
    """ 1-based line. """
    column: int | Unset = UNSET
    """ 1-based column. """
    text: str | Unset = UNSET
    """ Diagnostic message. """
    type_: str | Unset = UNSET
    """ Diagnostic kind, e.g. `error`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file: str | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, str):
            file = self.file
        else:
            file = self.file

        row = self.row

        column = self.column

        text = self.text

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file is not UNSET:
            field_dict["file"] = file
        if row is not UNSET:
            field_dict["row"] = row
        if column is not UNSET:
            field_dict["column"] = column
        if text is not UNSET:
            field_dict["text"] = text
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file: CodeFile | str | Unset = d.pop("file", UNSET)

        row = d.pop("row", UNSET)

        column = d.pop("column", UNSET)

        text = d.pop("text", UNSET)

        type_ = d.pop("type", UNSET)

        error_meta_item = _new(cls)
        error_meta_item.file = file
        error_meta_item.row = row
        error_meta_item.column = column
        error_meta_item.text = text
        error_meta_item.type_ = type_

        error_meta_item.additional_properties = d or {}
        return error_meta_item

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
