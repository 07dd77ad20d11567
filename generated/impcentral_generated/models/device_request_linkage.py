from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

_new = object.__new__

T = TypeVar("T", bound="DeviceRequestLinkage")


@_attrs_define
class DeviceRequestLinkage:
    type_: Literal["device"]
    id: str
    """ Device id, MAC address or agent id. """

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_: Literal["device"] = d.pop("type")
        if type_ != "device":
            raise ValueError(f"type must match const 'device', got '{type_}'")

        id = d.pop("id")

        device_request_linkage = _new(cls)
        device_request_linkage.type_ = type_
        device_request_linkage.id = id
        return device_request_linkage


class _DeviceRequestLinkageRequired(TypedDict):
    type: Literal["device"]
    id: str


class DeviceRequestLinkageDict(_DeviceRequestLinkageRequired, total=False):
    """The JSON form of :class:`DeviceRequestLinkage`, as a dict literal"""

    pass
