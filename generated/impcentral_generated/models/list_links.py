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

_new = object.__new__

T = TypeVar("T", bound="ListLinks")


@_attrs_define
class ListLinks:
    """Absolute URLs; follow them verbatim. `next` is absent on the last page."""

    self_: str
    first: str | None = None
    next: None | str = None
    prev: None | str = None
    last: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("self", "self_", True),
        ("first", "first", False),
        ("next", "next", True),
        ("prev", "prev", True),
        ("last", "last", True),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        self_ = d.pop("self", None)
        if self_ is None:
            self_, kept = types.missing_value(kept, "self", src_dict)

        elif self_.__class__ is not str:
            self_, kept = types.unexpected_type(kept, "self", self_, "str")

        first = d.pop("first", None)
        if first is None:
            if "first" in src_dict:
                kept = types.keep(kept, "first", None, None)

        elif first.__class__ is not str:
            first, kept = types.unexpected_type(kept, "first", first, "str")

        next_ = d.pop("next", None)
        if next_ is None:
            if "next" not in src_dict:
                kept = types.keep(kept, "next", types.ABSENT, None)

        elif next_.__class__ is not str:
            next_, kept = types.unexpected_type(kept, "next", next_, "str")

        prev = d.pop("prev", None)
        if prev is None:
            if "prev" not in src_dict:
                kept = types.keep(kept, "prev", types.ABSENT, None)

        elif prev.__class__ is not str:
            prev, kept = types.unexpected_type(kept, "prev", prev, "str")

        last = d.pop("last", None)
        if last is None:
            if "last" not in src_dict:
                kept = types.keep(kept, "last", types.ABSENT, None)

        elif last.__class__ is not str:
            last, kept = types.unexpected_type(kept, "last", last, "str")

        list_links = _new(cls)
        list_links.self_ = self_
        list_links.first = first
        list_links.next = next_
        list_links.prev = prev
        list_links.last = last
        list_links.additional_properties = d
        list_links._kept = kept
        return list_links

    @property
    def next_(self) -> None | str | None:
        """Deprecated: ``next``, the wire name"""
        warnings.warn("next_ is deprecated; use next", DeprecationWarning, stacklevel=2)
        return self.next

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
