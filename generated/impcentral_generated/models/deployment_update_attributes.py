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

T = TypeVar("T", bound="DeploymentUpdateAttributes")


@_attrs_define
class DeploymentUpdateAttributes:
    description: str | Unset = UNSET
    flagged: bool | Unset = UNSET
    tags: list[str] | Unset = UNSET
    """ Tags of letters, digits, `_`, `-`, `*` and `.`; at most 500 characters all together. """

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        flagged = self.flagged

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if flagged is not UNSET:
            field_dict["flagged"] = flagged
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        flagged = d.pop("flagged", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        deployment_update_attributes = cls(
            description=description,
            flagged=flagged,
            tags=tags,
        )

        return deployment_update_attributes


class DeploymentUpdateAttributesDict(TypedDict, total=False):
    """The JSON form of :class:`DeploymentUpdateAttributes`, as a dict literal"""

    description: str
    flagged: bool
    tags: list[str]
