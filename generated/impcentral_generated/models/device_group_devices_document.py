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
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DeviceRequestLinkage
    from ..models.device_request_linkage import DeviceRequestLinkage

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeviceGroupDevicesDocument")


@_attrs_define
class DeviceGroupDevicesDocument:
    """Devices to assign to or unassign from a group (device id, MAC address or agent id each)."""

    data: list[DeviceRequestLinkage]

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
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
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        data = [
            DeviceRequestLinkage.from_dict(data_item_data)
            for data_item_data in d.pop("data")
        ]

        device_group_devices_document = _new(cls)
        device_group_devices_document.data = data
        return device_group_devices_document


class _DeviceGroupDevicesDocumentRequired(TypedDict):
    data: list[DeviceRequestLinkageDict]


class DeviceGroupDevicesDocumentDict(_DeviceGroupDevicesDocumentRequired, total=False):
    """The JSON form of :class:`DeviceGroupDevicesDocument`, as a dict literal"""

    pass
