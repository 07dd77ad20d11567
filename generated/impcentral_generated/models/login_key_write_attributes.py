from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LoginKeyWriteAttributes")


@_attrs_define
class LoginKeyWriteAttributes:
    description: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        description = d.pop("description", UNSET)

        login_key_write_attributes = cls(
            description=description,
        )

        return login_key_write_attributes


class LoginKeyWriteAttributesDict(TypedDict, total=False):
    """The JSON form of :class:`LoginKeyWriteAttributes`, as a dict literal"""

    description: str
