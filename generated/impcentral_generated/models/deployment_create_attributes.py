from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentCreateAttributes")


@_attrs_define
class DeploymentCreateAttributes:
    device_code: str
    agent_code: str
    description: str | Unset = UNSET
    origin: str | Unset = UNSET
    """ Free-form source pointer (e.g. a commit URL); cannot be changed later. """
    flagged: bool | Unset = False
    """ Flagged deployments cannot be deleted. """
    tags: list[str] | Unset = UNSET
    """ Tags of letters, digits, `_`, `-`, `*` and `.`; at most 500 characters all together. """

    def to_dict(self) -> dict[str, Any]:
        device_code = self.device_code

        agent_code = self.agent_code

        description = self.description

        origin = self.origin

        flagged = self.flagged

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "device_code": device_code,
                "agent_code": agent_code,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if origin is not UNSET:
            field_dict["origin"] = origin
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_code = d.pop("device_code")

        agent_code = d.pop("agent_code")

        description = d.pop("description", UNSET)

        origin = d.pop("origin", UNSET)

        flagged = d.pop("flagged", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        deployment_create_attributes = cls(
            device_code=device_code,
            agent_code=agent_code,
            description=description,
            origin=origin,
            flagged=flagged,
            tags=tags,
        )

        return deployment_create_attributes


class _DeploymentCreateAttributesRequired(TypedDict):
    device_code: str
    agent_code: str


class DeploymentCreateAttributesDict(_DeploymentCreateAttributesRequired, total=False):
    """The JSON form of :class:`DeploymentCreateAttributes`, as a dict literal"""

    description: str
    origin: str
    flagged: bool
    tags: list[str]
