from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_vars import EnvVars


T = TypeVar("T", bound="ProductionDeviceGroupCreateAttributes")


@_attrs_define
class ProductionDeviceGroupCreateAttributes:
    """Create attributes of pre-production and production groups."""

    name: str
    description: str | Unset = UNSET
    region: str | Unset = UNSET
    env_vars: EnvVars | Unset = UNSET
    """ Environment variables; names start with a letter and contain letters, digits and underscores; values are
    strings or numbers. """

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        region = self.region

        env_vars: dict[str, Any] | Unset = UNSET
        if not isinstance(self.env_vars, Unset):
            env_vars = self.env_vars.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if region is not UNSET:
            field_dict["region"] = region
        if env_vars is not UNSET:
            field_dict["env_vars"] = env_vars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.env_vars import EnvVars  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        description = d.pop("description", UNSET)

        region = d.pop("region", UNSET)

        _env_vars = d.pop("env_vars", UNSET)
        env_vars: EnvVars | Unset
        if isinstance(_env_vars, Unset):
            env_vars = UNSET
        else:
            env_vars = EnvVars.from_dict(_env_vars)

        production_device_group_create_attributes = cls(
            name=name,
            description=description,
            region=region,
            env_vars=env_vars,
        )

        return production_device_group_create_attributes


class _ProductionDeviceGroupCreateAttributesRequired(TypedDict):
    name: str


class ProductionDeviceGroupCreateAttributesDict(
    _ProductionDeviceGroupCreateAttributesRequired, total=False
):
    """The JSON form of :class:`ProductionDeviceGroupCreateAttributes`, as a dict literal"""

    description: str
    region: str
    env_vars: dict[str, float | str]
