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

T = TypeVar("T", bound="LoginKeyAttributes")


@_attrs_define
class LoginKeyAttributes:
    description: None | str = None
    usages: int | None = None
    """ Times the key has been used. """
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("description", "description", True),
        ("usages", "usages", False),
        ("created_at", "created_at", False),
        ("updated_at", "updated_at", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        description = d.pop("description", None)
        if description is None:
            if "description" not in src_dict:
                kept = types.keep(kept, "description", types.ABSENT, None)

        elif description.__class__ is not str:
            description, kept = types.unexpected_type(
                kept, "description", description, "str"
            )

        usages = d.pop("usages", None)
        if usages is None:
            if "usages" in src_dict:
                kept = types.keep(kept, "usages", None, None)

        elif usages.__class__ is not int:
            usages, kept = types.unexpected_type(kept, "usages", usages, "int")

        _created_at = d.pop("created_at", None)
        if _created_at is None:
            created_at = None
            if "created_at" in src_dict:
                kept = types.keep(kept, "created_at", None, None)

        else:
            try:
                created_at = types.read_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at, kept = types.repair_datetime(
                    kept, "created_at", _created_at
                )

        _updated_at = d.pop("updated_at", None)
        if _updated_at is None:
            updated_at = None
            if "updated_at" in src_dict:
                kept = types.keep(kept, "updated_at", None, None)

        else:
            try:
                updated_at = types.read_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at, kept = types.repair_datetime(
                    kept, "updated_at", _updated_at
                )

        login_key_attributes = _new(cls)
        login_key_attributes.description = description
        login_key_attributes.usages = usages
        login_key_attributes.created_at = created_at
        login_key_attributes.updated_at = updated_at
        login_key_attributes.additional_properties = d
        login_key_attributes._kept = kept
        return login_key_attributes

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
