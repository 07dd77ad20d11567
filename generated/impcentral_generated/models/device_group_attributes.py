from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

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
    """Attributes shared by all seven device group subtypes."""

    name: str
    description: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    """ Pre-production and production groups only. """
    load_code_after_blessing: bool | Unset = UNSET
    """ Pre-production and production groups only. true = load application code right after blessing; false = at
    first BlinkUp. """
    env_vars: DeviceGroupEnvVars | None | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        load_code_after_blessing = self.load_code_after_blessing

        env_vars: dict[str, Any] | None | Unset
        if isinstance(self.env_vars, Unset):
            env_vars = UNSET
        elif isinstance(self.env_vars, DeviceGroupEnvVars):
            env_vars = self.env_vars.to_dict()
        else:
            env_vars = self.env_vars

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = types.format_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = types.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if region is not UNSET:
            field_dict["region"] = region
        if load_code_after_blessing is not UNSET:
            field_dict["load_code_after_blessing"] = load_code_after_blessing
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        name = d.pop("name")

        description: None | str | Unset = d.pop("description", UNSET)

        region: None | str | Unset = d.pop("region", UNSET)

        load_code_after_blessing = d.pop("load_code_after_blessing", UNSET)

        _env_vars = d.pop("env_vars", UNSET)
        env_vars: DeviceGroupEnvVars | None | Unset = _env_vars
        if isinstance(_env_vars, dict):
            try:
                env_vars = DeviceGroupEnvVars.from_dict(_env_vars)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            _created_at if _created_at is UNSET else types.parse_datetime(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            _updated_at if _updated_at is UNSET else types.parse_datetime(_updated_at)
        )

        device_group_attributes = _new(cls)
        device_group_attributes.name = name
        device_group_attributes.description = description
        device_group_attributes.region = region
        device_group_attributes.load_code_after_blessing = load_code_after_blessing
        device_group_attributes.env_vars = env_vars
        device_group_attributes.created_at = created_at
        device_group_attributes.updated_at = updated_at

        device_group_attributes.additional_properties = d or {}
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
