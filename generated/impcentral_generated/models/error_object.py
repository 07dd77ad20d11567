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

    status: str | None = None
    """ HTTP status as a string, e.g. `"404"`. """
    code: str | None = None
    """ Electric Imp error code, e.g. `PX100`, `PX200`, `CX005`. """
    title: str | None = None
    detail: str | None = None
    meta: ErrorMeta | list[ErrorMetaItem] | None = None
    """ `ErrorMeta` object (e.g. two-factor login token) or array of `ErrorMetaItem` (e.g. compiler diagnostics).
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("status", "status", False),
        ("code", "code", False),
        ("title", "title", False),
        ("detail", "detail", False),
        ("meta", "meta", False),
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
        status = d.pop("status", None)
        if status is None:
            if "status" in src_dict:
                kept = types.keep(kept, "status", None, None)

        elif status.__class__ is not str:
            status, kept = types.unexpected_type(kept, "status", status, "str")

        code = d.pop("code", None)
        if code is None:
            if "code" in src_dict:
                kept = types.keep(kept, "code", None, None)

        elif code.__class__ is not str:
            code, kept = types.unexpected_type(kept, "code", code, "str")

        title = d.pop("title", None)
        if title is None:
            if "title" in src_dict:
                kept = types.keep(kept, "title", None, None)

        elif title.__class__ is not str:
            title, kept = types.unexpected_type(kept, "title", title, "str")

        detail = d.pop("detail", None)
        if detail is None:
            if "detail" in src_dict:
                kept = types.keep(kept, "detail", None, None)

        elif detail.__class__ is not str:
            detail, kept = types.unexpected_type(kept, "detail", detail, "str")

        _meta = d.pop("meta", None)
        if _meta is None:
            meta = None
            if "meta" in src_dict:
                kept = types.keep(kept, "meta", None, None)

        else:
            try:
                meta = _read_meta(_meta)
            except (TypeError, ValueError, AttributeError, KeyError):
                meta, kept = types.unreadable(
                    kept, "meta", _meta, "ErrorMeta | list[ErrorMetaItem]"
                )

        error_object = _new(cls)
        error_object.status = status
        error_object.code = code
        error_object.title = title
        error_object.detail = detail
        error_object.meta = meta
        error_object.additional_properties = d
        error_object._kept = kept
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


def _read_meta_type_1(raw: Any) -> list[ErrorMetaItem]:
    return [ErrorMetaItem.from_dict(item) for item in raw]


def _read_meta(raw: Any) -> ErrorMeta | list[ErrorMetaItem]:
    if isinstance(raw, dict):
        return ErrorMeta.from_dict(raw)
    if isinstance(raw, list):
        return _read_meta_type_1(raw)
    raise TypeError(f"{type(raw).__name__} matches no member")
