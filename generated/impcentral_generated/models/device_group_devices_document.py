from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.device_request_linkage import DeviceRequestLinkage


if TYPE_CHECKING:
    from ..models.device_request_linkage import DeviceRequestLinkageDict


T = TypeVar("T", bound="DeviceGroupDevicesDocument")


@_attrs_define
class DeviceGroupDevicesDocument:
    """Devices to assign to or unassign from a group (device id, MAC address or agent id each)."""

    data: list[DeviceRequestLinkage]

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_request_linkage import DeviceRequestLinkage  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = DeviceRequestLinkage.from_dict(data_item_data)

            data.append(data_item)

        device_group_devices_document = cls(
            data=data,
        )

        return device_group_devices_document


class _DeviceGroupDevicesDocumentRequired(TypedDict):
    data: list[DeviceRequestLinkageDict]


class DeviceGroupDevicesDocumentDict(_DeviceGroupDevicesDocumentRequired, total=False):
    """The JSON form of :class:`DeviceGroupDevicesDocument`, as a dict literal"""

    pass
