from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..models.device_group_type import DeviceGroupType, check_device_group_type

T = TypeVar("T", bound="DeviceGroupRequestLinkage")


@_attrs_define
class DeviceGroupRequestLinkage:
    type_: DeviceGroupType
    """ Device group subtype; the JSON:API `type` of a device group. """
    id: str

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

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
        type_ = check_device_group_type(d.pop("type"))

        id = d.pop("id")

        device_group_request_linkage = cls(
            type_=type_,
            id=id,
        )

        return device_group_request_linkage


class _DeviceGroupRequestLinkageRequired(TypedDict):
    type: DeviceGroupType
    id: str


class DeviceGroupRequestLinkageDict(_DeviceGroupRequestLinkageRequired, total=False):
    """The JSON form of :class:`DeviceGroupRequestLinkage`, as a dict literal"""

    pass
