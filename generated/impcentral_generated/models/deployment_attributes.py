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

T = TypeVar("T", bound="DeploymentAttributes")


@_attrs_define
class DeploymentAttributes:
    """Lists leave out the code and may leave out `updated_at`; the rest is always sent."""

    flagged: bool
    tags: list[str]
    sha: str
    """ SHA-256 of the code (64 hex characters). """
    created_at: datetime.datetime
    device_code: str | None = None
    agent_code: str | None = None
    description: None | str = None
    origin: None | str = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("flagged", "flagged", True),
        ("tags", "tags", True),
        ("sha", "sha", True),
        ("created_at", "created_at", True),
        ("device_code", "device_code", False),
        ("agent_code", "agent_code", False),
        ("description", "description", True),
        ("origin", "origin", True),
        ("updated_at", "updated_at", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        flagged = d.pop("flagged", None)
        if flagged is None:
            flagged, kept = types.missing_value(kept, "flagged", src_dict)

        elif flagged.__class__ is not bool:
            flagged, kept = types.unexpected_type(kept, "flagged", flagged, "bool")

        _tags = d.pop("tags", None)
        if _tags is None:
            tags, kept = types.missing_value(kept, "tags", src_dict)

        else:
            try:
                tags = _read_tags(_tags)
            except (TypeError, ValueError, AttributeError, KeyError):
                tags, kept = types.repair_list(kept, "tags", _tags, types.plain_item)

        sha = d.pop("sha", None)
        if sha is None:
            sha, kept = types.missing_value(kept, "sha", src_dict)

        elif sha.__class__ is not str:
            sha, kept = types.unexpected_type(kept, "sha", sha, "str")

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

        device_code = d.pop("device_code", None)
        if device_code is None:
            if "device_code" in src_dict:
                kept = types.keep(kept, "device_code", None, None)

        elif device_code.__class__ is not str:
            device_code, kept = types.unexpected_type(
                kept, "device_code", device_code, "str"
            )

        agent_code = d.pop("agent_code", None)
        if agent_code is None:
            if "agent_code" in src_dict:
                kept = types.keep(kept, "agent_code", None, None)

        elif agent_code.__class__ is not str:
            agent_code, kept = types.unexpected_type(
                kept, "agent_code", agent_code, "str"
            )

        description = d.pop("description", None)
        if description is None:
            if "description" not in src_dict:
                kept = types.keep(kept, "description", types.ABSENT, None)

        elif description.__class__ is not str:
            description, kept = types.unexpected_type(
                kept, "description", description, "str"
            )

        origin = d.pop("origin", None)
        if origin is None:
            if "origin" not in src_dict:
                kept = types.keep(kept, "origin", types.ABSENT, None)

        elif origin.__class__ is not str:
            origin, kept = types.unexpected_type(kept, "origin", origin, "str")

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

        deployment_attributes = _new(cls)
        deployment_attributes.flagged = flagged
        deployment_attributes.tags = tags
        deployment_attributes.sha = sha
        deployment_attributes.created_at = created_at
        deployment_attributes.device_code = device_code
        deployment_attributes.agent_code = agent_code
        deployment_attributes.description = description
        deployment_attributes.origin = origin
        deployment_attributes.updated_at = updated_at
        deployment_attributes.additional_properties = d
        deployment_attributes._kept = kept
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


def _read_tags(raw: Any) -> list[str]:
    return types.plain_list(raw)
