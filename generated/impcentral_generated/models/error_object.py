from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_meta import ErrorMeta
    from ..models.error_meta_item import ErrorMetaItem

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global ErrorMeta
    global ErrorMetaItem
    from ..models.error_meta import ErrorMeta
    from ..models.error_meta_item import ErrorMetaItem

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="ErrorObject")


@_attrs_define
class ErrorObject:
    """One error (or, inside `data.meta`, one warning). `code` is a two-letter family and three digits:
    `VX` validation, `CX` constraint, `NF` not found, `PX` permission, `XX` internal, `WA` warning.

    """

    status: str | Unset = UNSET
    """ HTTP status as a string, e.g. `"404"`. """
    code: str | Unset = UNSET
    """ Electric Imp error code, e.g. `PX100`, `PX200`, `CX005`. """
    title: str | Unset = UNSET
    detail: str | Unset = UNSET
    meta: ErrorMeta | list[ErrorMetaItem] | Unset = UNSET
    """ `ErrorMeta` object (e.g. two-factor login token) or array of `ErrorMetaItem` (e.g. compiler diagnostics).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        status = self.status

        code = self.code

        title = self.title

        detail = self.detail

        meta: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ErrorMeta):
            meta = self.meta.to_dict()
        else:
            meta = []
            for meta_type_1_item_data in self.meta:
                meta_type_1_item = meta_type_1_item_data.to_dict()
                meta.append(meta_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if detail is not UNSET:
            field_dict["detail"] = detail
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        code = d.pop("code", UNSET)

        title = d.pop("title", UNSET)

        detail = d.pop("detail", UNSET)

        _meta = d.pop("meta", UNSET)
        meta: ErrorMeta | list[ErrorMetaItem] | Unset
        if _meta is UNSET:
            meta = _meta
        else:
            try:
                if not isinstance(_meta, dict):
                    raise TypeError()
                meta_type_0 = ErrorMeta.from_dict(_meta)

                meta = meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                if not isinstance(_meta, list):
                    raise TypeError()
                meta_type_1 = [
                    ErrorMetaItem.from_dict(meta_type_1_item_data)
                    for meta_type_1_item_data in _meta
                ]

                meta = meta_type_1

        error_object = _new(cls)
        error_object.status = status
        error_object.code = code
        error_object.title = title
        error_object.detail = detail
        error_object.meta = meta

        error_object.additional_properties = d or {}
        return error_object

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
