from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_group_env_vars import DeviceGroupEnvVars


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
        from ..models.device_group_env_vars import DeviceGroupEnvVars  # noqa: PLC0415

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
        from ..models.device_group_env_vars import DeviceGroupEnvVars  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        load_code_after_blessing = d.pop("load_code_after_blessing", UNSET)

        def _parse_env_vars(data: object) -> DeviceGroupEnvVars | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                env_vars_type_0 = DeviceGroupEnvVars.from_dict(data)

                return env_vars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DeviceGroupEnvVars | None | Unset, data)

        env_vars = _parse_env_vars(d.pop("env_vars", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = types.parse_datetime(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = types.parse_datetime(_updated_at)

        device_group_attributes = cls(
            name=name,
            description=description,
            region=region,
            load_code_after_blessing=load_code_after_blessing,
            env_vars=env_vars,
            created_at=created_at,
            updated_at=updated_at,
        )

        device_group_attributes.additional_properties = d
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
