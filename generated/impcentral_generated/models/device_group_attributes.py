from __future__ import annotations

import builtins
import datetime
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
    from ..models.device_group_env_vars import DeviceGroupEnvVars


_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DeviceGroupEnvVars
    from ..models.device_group_env_vars import DeviceGroupEnvVars

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeviceGroupAttributes")


@_attrs_define
class DeviceGroupAttributes:
    """Attributes shared by all seven device group subtypes (and by subtypes added later)."""

    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    description: None | str = None
    region: None | str = None
    """ Pre-production and production groups only. """
    load_code_after_blessing: bool | None = None
    """ Pre-production and production groups only. true = load application code right after blessing; false = at
    first BlinkUp. """
    env_vars: DeviceGroupEnvVars | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", True),
        ("created_at", "created_at", True),
        ("updated_at", "updated_at", True),
        ("description", "description", True),
        ("region", "region", True),
        ("load_code_after_blessing", "load_code_after_blessing", False),
        ("env_vars", "env_vars", True),
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

        region = d.pop("region", None)
        if region is None:
            if "region" not in src_dict:
                kept = types.keep(kept, "region", types.ABSENT, None)

        elif region.__class__ is not str:
            region, kept = types.unexpected_type(kept, "region", region, "str")

        load_code_after_blessing = d.pop("load_code_after_blessing", None)
        if load_code_after_blessing is None:
            if "load_code_after_blessing" in src_dict:
                kept = types.keep(kept, "load_code_after_blessing", None, None)

        elif load_code_after_blessing.__class__ is not bool:
            load_code_after_blessing, kept = types.unexpected_type(
                kept, "load_code_after_blessing", load_code_after_blessing, "bool"
            )

        _env_vars = d.pop("env_vars", None)
        if _env_vars is None:
            env_vars = None
            if "env_vars" not in src_dict:
                kept = types.keep(kept, "env_vars", types.ABSENT, None)

        else:
            try:
                env_vars = DeviceGroupEnvVars.from_dict(_env_vars)
            except (TypeError, ValueError, AttributeError, KeyError):
                env_vars, kept = types.unreadable(
                    kept, "env_vars", _env_vars, "an object"
                )

        device_group_attributes = _new(cls)
        device_group_attributes.name = name
        device_group_attributes.created_at = created_at
        device_group_attributes.updated_at = updated_at
        device_group_attributes.description = description
        device_group_attributes.region = region
        device_group_attributes.load_code_after_blessing = load_code_after_blessing
        device_group_attributes.env_vars = env_vars
        device_group_attributes.additional_properties = d
        device_group_attributes._kept = kept
        return device_group_attributes

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
