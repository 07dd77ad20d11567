from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, Unset

_new = object.__new__

T = TypeVar("T", bound="DeploymentAttributes")


@_attrs_define
class DeploymentAttributes:
    device_code: str | Unset = UNSET
    agent_code: str | Unset = UNSET
    description: None | str | Unset = UNSET
    origin: None | str | Unset = UNSET
    flagged: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    sha: str | Unset = UNSET
    """ SHA-256 of the code (64 hex characters). """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_code = self.device_code

        agent_code = self.agent_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        origin: None | str | Unset
        if isinstance(self.origin, Unset):
            origin = UNSET
        else:
            origin = self.origin

        flagged = self.flagged

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        sha = self.sha

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = types.format_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = types.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if device_code is not UNSET:
            field_dict["device_code"] = device_code
        if agent_code is not UNSET:
            field_dict["agent_code"] = agent_code
        if description is not UNSET:
            field_dict["description"] = description
        if origin is not UNSET:
            field_dict["origin"] = origin
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if tags is not UNSET:
            field_dict["tags"] = tags
        if sha is not UNSET:
            field_dict["sha"] = sha
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_code = d.pop("device_code", UNSET)

        agent_code = d.pop("agent_code", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        origin: None | str | Unset = d.pop("origin", UNSET)

        flagged = d.pop("flagged", UNSET)

        tags: list[str] | Unset = d.pop("tags", UNSET)

        sha = d.pop("sha", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            _created_at if _created_at is UNSET else types.parse_datetime(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            _updated_at if _updated_at is UNSET else types.parse_datetime(_updated_at)
        )

        deployment_attributes = _new(cls)
        deployment_attributes.device_code = device_code
        deployment_attributes.agent_code = agent_code
        deployment_attributes.description = description
        deployment_attributes.origin = origin
        deployment_attributes.flagged = flagged
        deployment_attributes.tags = tags
        deployment_attributes.sha = sha
        deployment_attributes.created_at = created_at
        deployment_attributes.updated_at = updated_at

        deployment_attributes.additional_properties = d or {}
        return deployment_attributes

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
