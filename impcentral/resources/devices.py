"""``api.devices``: the account's devices, their restarts and their historical logs.

A device is addressed by its id, its MAC address (``0c:2a:69:...``) or its agent id; every id
goes into the URL percent-encoded.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from impcentral_generated.api.devices import (
    conditional_restart_device,
    delete_device,
    get_device,
    list_device_logs,
    list_devices,
    restart_device,
    update_device,
)
from impcentral_generated.models import (
    Device,
    DeviceLogEntry,
    DeviceUpdateAttributesDict,
    DeviceUpdateDocument,
)

from .. import _validation as check
from .._constants import DEFAULT_LIST_ALL_PAGE_SIZE
from .._constants import Devices as _Devices
from .._operation import Operation, call, list_query, request_body
from .._pagination import Pages
from ._base import AsyncResource, SyncResource, async_method, async_pages, sync_method, sync_pages

_FILTERS = {
    _Devices.FILTER_OWNER_ID: "filterowner_id",
    _Devices.FILTER_PRODUCT_ID: "filterproduct_id",
    _Devices.FILTER_DEVICE_GROUP_ID: "filterdevicegroup_id",
    _Devices.FILTER_DEVICE_GROUP_OWNER_ID: "filterdevicegroup_owner_id",
    _Devices.FILTER_DEVICE_GROUP_TYPE: "filterdevicegroup_type",
}


class DevicesRequests:
    """Argument checks and requests of ``api.devices``, shared by both clients."""

    @staticmethod
    def list(
        filters: Mapping[str, Any] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Operation[list_devices.Document]:
        """One page of devices; filter with the ``FILTER_*`` keys (``FILTER_DEVICE_GROUP_TYPE``
        takes a ``DeviceGroups.TYPE_*``; ``FILTER_DEVICE_GROUP_OWNER_ID: "null"`` selects the
        unassigned devices)."""
        check.device_group_filter(filters, _Devices.FILTER_DEVICE_GROUP_TYPE)
        check.filters(filters, _FILTERS)
        check.pagination(page_number, page_size)
        query = list_query(filters, _FILTERS, page_number, page_size)
        return call(list_devices, **query)

    @staticmethod
    def list_all(
        filters: Mapping[str, Any] | None = None, page_size: int = DEFAULT_LIST_ALL_PAGE_SIZE
    ) -> Pages[list_devices.Document, Device]:
        """Every device, page after page, each once."""
        first = DevicesRequests.list(filters, 1, page_size)
        return Pages(first, items=lambda page: page.data or (), key=lambda device: device.id)

    @staticmethod
    def get(device_id: str) -> Operation[get_device.Document]:
        """One device."""
        check.non_empty(device_id)
        return call(get_device, device_id)

    @staticmethod
    def update(
        device_id: str, attributes: DeviceUpdateAttributesDict | None
    ) -> Operation[update_device.Document]:
        """Rename a device (``{"name": ...}``; ``""`` or None resets the name to the device id)."""
        check.non_empty(device_id)
        check.attributes(attributes, DeviceUpdateAttributesDict)
        data: dict[str, Any] = {"type": "device", "id": device_id}
        if attributes is not None:
            data["attributes"] = dict(attributes)
        body = request_body(DeviceUpdateDocument, {"data": data})
        return call(update_device, device_id, body=body)

    @staticmethod
    def delete(device_id: str) -> Operation[delete_device.Document]:
        """Remove a device from the account."""
        check.non_empty(device_id)
        return call(delete_device, device_id)

    @staticmethod
    def restart(device_id: str) -> Operation[restart_device.Document]:
        """Restart a device now (it must belong to a device group)."""
        check.non_empty(device_id)
        return call(restart_device, device_id)

    @staticmethod
    def conditional_restart(device_id: str) -> Operation[conditional_restart_device.Document]:
        """Restart a device only if it runs a deployment older than its group's minimum."""
        check.non_empty(device_id)
        return call(conditional_restart_device, device_id)

    @staticmethod
    def get_logs(
        device_id: str, page_number: int | None = None, page_size: int | None = None
    ) -> Operation[list_device_logs.Document]:
        """One page of a device's historical logs (``ts``, ``type``, ``msg`` per entry)."""
        check.non_empty(device_id)
        check.pagination(page_number, page_size)
        query = list_query(None, {}, page_number, page_size)
        return call(list_device_logs, device_id, **query)

    @staticmethod
    def get_all_logs(
        device_id: str, page_size: int = DEFAULT_LIST_ALL_PAGE_SIZE
    ) -> Pages[list_device_logs.Document, DeviceLogEntry]:
        """Every stored log entry of a device, page after page (entries have no id, so
        identical lines are all kept)."""
        first = DevicesRequests.get_logs(device_id, 1, page_size)
        return Pages(first, items=lambda page: page.data or (), key=None)


class DevicesResource(_Devices, SyncResource):
    list = sync_method(DevicesRequests.list)
    list_all = sync_pages(DevicesRequests.list_all)
    get = sync_method(DevicesRequests.get)
    update = sync_method(DevicesRequests.update)
    delete = sync_method(DevicesRequests.delete)
    restart = sync_method(DevicesRequests.restart)
    conditional_restart = sync_method(DevicesRequests.conditional_restart)
    get_logs = sync_method(DevicesRequests.get_logs)
    get_all_logs = sync_pages(DevicesRequests.get_all_logs)


class AsyncDevicesResource(_Devices, AsyncResource):
    list = async_method(DevicesRequests.list)
    list_all = async_pages(DevicesRequests.list_all)
    get = async_method(DevicesRequests.get)
    update = async_method(DevicesRequests.update)
    delete = async_method(DevicesRequests.delete)
    restart = async_method(DevicesRequests.restart)
    conditional_restart = async_method(DevicesRequests.conditional_restart)
    get_logs = async_method(DevicesRequests.get_logs)
    get_all_logs = async_pages(DevicesRequests.get_all_logs)
