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

T = TypeVar("T", bound="DeviceUpdateAttributes")


@_attrs_define
class DeviceUpdateAttributes:
    name: None | str | Unset = UNSET
    """ An empty string resets the name to the device id (the reference); null does the same, so whatever a device
    reads with can be written back. """

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        device_update_attributes = cls(
            name=name,
        )

        return device_update_attributes


class DeviceUpdateAttributesDict(TypedDict, total=False):
    """The JSON form of :class:`DeviceUpdateAttributes`, as a dict literal"""

    name: str | None
