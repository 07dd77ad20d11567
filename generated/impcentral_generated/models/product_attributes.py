from __future__ import annotations

import builtins
import datetime
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

T = TypeVar("T", bound="ProductAttributes")


@_attrs_define
class ProductAttributes:
    """The service sends every attribute of a product; `description` may be null."""

    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", True),
        ("created_at", "created_at", True),
        ("updated_at", "updated_at", True),
        ("description", "description", True),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        name = d.pop("name", None)
        if name is None:
            name, kept = types.missing_value(kept, "name", src_dict)

        elif name.__class__ is not str:
            name, kept = types.unexpected_type(kept, "name", name, "str")

        _created_at = d.pop("created_at", None)
        if _created_at is None:
            created_at, kept = types.missing_value(kept, "created_at", src_dict)

        else:
            try:
                created_at = types.read_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at, kept = types.repair_datetime(
                    kept, "created_at", _created_at
                )

        _updated_at = d.pop("updated_at", None)
        if _updated_at is None:
            updated_at, kept = types.missing_value(kept, "updated_at", src_dict)

        else:
            try:
                updated_at = types.read_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at, kept = types.repair_datetime(
                    kept, "updated_at", _updated_at
                )

        description = d.pop("description", None)
        if description is None:
            if "description" not in src_dict:
                kept = types.keep(kept, "description", types.ABSENT, None)

        elif description.__class__ is not str:
            description, kept = types.unexpected_type(
                kept, "description", description, "str"
            )

        product_attributes = _new(cls)
        product_attributes.name = name
        product_attributes.created_at = created_at
        product_attributes.updated_at = updated_at
        product_attributes.description = description
        product_attributes.additional_properties = d
        product_attributes._kept = kept
        return product_attributes

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
