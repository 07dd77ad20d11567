from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

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
        type_ = cast(Literal["device"], d.pop("type"))
        if type_ != "device":
            raise ValueError(f"type must match const 'device', got '{type_}'")

        id = d.pop("id")

        device_request_linkage = cls(
            type_=type_,
            id=id,
        )

        return device_request_linkage


class _DeviceRequestLinkageRequired(TypedDict):
    type: Literal["device"]
    id: str


class DeviceRequestLinkageDict(_DeviceRequestLinkageRequired, total=False):
    """The JSON form of :class:`DeviceRequestLinkage`, as a dict literal"""

    pass
