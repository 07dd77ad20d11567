from __future__ import annotations

import builtins
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

T = TypeVar("T", bound="ResourceLinks")


@_attrs_define
class ResourceLinks:
    self_: str | None = None
    """ Absolute URL of the resource. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("self", "self_", False),
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
            if "self" in src_dict:
                kept = types.keep(kept, "self", None, None)

        elif self_.__class__ is not str:
            self_, kept = types.unexpected_type(kept, "self", self_, "str")

        resource_links = _new(cls)
        resource_links.self_ = self_
        resource_links.additional_properties = d
        resource_links._kept = kept
        return resource_links

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
