from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

_new = object.__new__

T = TypeVar("T", bound="ProductLinkage")


@_attrs_define
class ProductLinkage:
    type: Literal["product"]
    id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type", "type", True),
        ("id", "id", True),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        type_ = d.pop("type", None)
        if type_ != "product":
            if type_ is None:
                type_, kept = types.missing_value(kept, "type", src_dict)

            else:
                kept = types.unexpected(kept, "type", type_, "product")

        id = d.pop("id", None)
        if id is None:
            id, kept = types.missing_value(kept, "id", src_dict)

        elif id.__class__ is not str:
            id, kept = types.unexpected_type(kept, "id", id, "str")

        product_linkage = _new(cls)
        product_linkage.type = type_
        product_linkage.id = id
        product_linkage.additional_properties = d
        product_linkage._kept = kept
        return product_linkage

    @property
    def type_(self) -> Literal["product"]:
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
