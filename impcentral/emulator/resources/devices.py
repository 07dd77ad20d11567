"""Devices: addressable by device id, MAC address or agent id; restarts and historical logs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from impcentral.emulator.auth import authenticate
from impcentral.emulator.errors import DEVICE_UNASSIGNED, conflict
from impcentral.emulator.jsonapi import (
    UPDATE_MEMBERS,
    UPDATE_REQUIRED,
    api_base,
    check_id_matches,
    check_keys,
    document,
    invalid_attribute,
    invalid_filter,
    no_content,
    page_of,
    parse_query,
    read_json,
    resource_input,
)
from impcentral.emulator.resources.records import owned_device
from impcentral.emulator.routing import route
from impcentral.emulator.state import DEVICE_GROUP_TYPES, Device, DeviceGroup, LogEntry, iso

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

_SWVERSION = "1ae4c87 - release-43.12 - Tue Mar 12 10:52:30 2024 - production"
_FILTERS = (
    "filter[owner.id]",
    "filter[product.id]",
    "filter[devicegroup.id]",
    "filter[devicegroup.owner.id]",
    "filter[devicegroup.type]",
)


def _ts(value: float | None) -> str | None:
    return iso(value) if value is not None else None


def render_device(emu: Emulator, device: Device, base: str) -> dict[str, Any]:
    relationships: dict[str, Any] = {"owner": {"type": "account", "id": device.owner_id}}
    group = emu.store.devicegroups.get(device.devicegroup_id or "")
    if group is not None:
        relationships["devicegroup"] = {"type": group.type, "id": group.id}
        relationships["product"] = {"type": "product", "id": group.product_id}
    agent_id = device.agent_id if device.has_agent else ""
    return {
        "type": "device",
        "id": device.id,
        "links": {"self": f"{base}/devices/{device.id}"},
        "attributes": {
            "name": device.name,
            "agent_id": agent_id,
            "agent_url": f"https://agent.electricimp.com/{agent_id}" if agent_id else "",
            "agent_running": device.agent_running,
            "agent_state_changed_at": _ts(device.agent_state_changed_at),
            "device_online": device.device_online,
            "device_state_changed_at": _ts(device.device_state_changed_at),
            "last_enrolled_at": _ts(device.last_enrolled_at),
            "imp_type": device.imp_type,
            "ip_address": device.ip_address,
            "mac_address": device.mac_address,
            "free_memory": device.free_memory,
            "rssi": device.rssi,
            "swversion": _SWVERSION,
            "plan_id": None,
        },
        "relationships": relationships,
    }


def render_log(entry: LogEntry) -> dict[str, Any]:
    return {"ts": entry.ts, "type": entry.type, "msg": entry.msg}


def _device(emu: Emulator, request: Request) -> Device:
    """The device in the URL (id, MAC or agent id), owned by the caller."""
    account = authenticate(emu, request)
    return owned_device(emu.store, request.path_params["device_id"], account)


async def list_devices(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    query = parse_query(request, _FILTERS)
    f = query.filters
    owner = f.get("filter[owner.id]")
    product = f.get("filter[product.id]")
    group_id = f.get("filter[devicegroup.id]")
    group_owner = f.get("filter[devicegroup.owner.id]")
    group_type = f.get("filter[devicegroup.type]")
    if group_type is not None and group_type not in DEVICE_GROUP_TYPES:
        raise invalid_filter("filter[devicegroup.type]", "not a device group type.")
    groups = emu.store.devicegroups

    def keep(device: Device) -> bool:
        if device.owner_id != account.id or (owner is not None and device.owner_id != owner):
            return False
        group = groups.get(device.devicegroup_id or "")
        if group_owner is not None:
            if group_owner == "null":
                if group is not None:
                    return False
            elif group is None or group.owner_id != group_owner:
                return False
        if product is not None and (group is None or group.product_id != product):
            return False
        if group_id is not None and (group is None or group.id != group_id):
            return False
        return group_type is None or (group is not None and group.type == group_type)

    base = api_base(request)
    items = (d for d in emu.store.devices.values() if keep(d))
    return page_of(request, query, items, lambda d: render_device(emu, d, base))


async def get_device(emu: Emulator, request: Request) -> Response:
    device = _device(emu, request)
    return document({"data": render_device(emu, device, api_base(request))})


async def update_device(emu: Emulator, request: Request) -> Response:
    device = _device(emu, request)
    data = resource_input(
        await read_json(request), ("device",), members=UPDATE_MEMBERS, required=UPDATE_REQUIRED
    )
    check_id_matches(data.id, device.id, device.mac_address, device.agent_id)
    check_keys(data.attributes, ("name",), "device attribute")
    if "name" in data.attributes:
        name = data.attributes["name"]
        if name is not None and not isinstance(name, str):
            raise invalid_attribute("'name' must be a string or null.")
        # An empty or null name resets the device to being shown by its id.
        device.name = name or device.id
    return document({"data": render_device(emu, device, api_base(request))})


async def delete_device(emu: Emulator, request: Request) -> Response:
    device = _device(emu, request)
    emu.hub.forget_device(device.id)
    emu.store.remove_device(device)
    return no_content()


async def restart_device(emu: Emulator, request: Request) -> Response:
    device = _device(emu, request)
    _group_of(emu, device)
    emu.simulator.restart(device)
    return no_content()


async def conditional_restart_device(emu: Emulator, request: Request) -> Response:
    device = _device(emu, request)
    group = _group_of(emu, device)
    minimum = emu.store.deployments.get(group.min_supported_deployment or "")
    emu.simulator.conditional_restart(device, minimum.seq if minimum else None)
    return no_content()


async def list_device_logs(emu: Emulator, request: Request) -> Response:
    device = _device(emu, request)
    query = parse_query(request)
    # Newest first: page 1 holds the most recent entries, as impt documents.
    return page_of(request, query, reversed(device.logs), render_log)


def _group_of(emu: Emulator, device: Device) -> DeviceGroup:
    """The device's group; 409 for an unassigned device, which cannot be restarted."""
    group = emu.store.devicegroups.get(device.devicegroup_id or "")
    if group is None:
        raise conflict(
            DEVICE_UNASSIGNED,
            "Device Unassigned",
            "The device is not assigned to a device group, so it cannot be restarted.",
        )
    return group


def routes(emu: Emulator) -> list[Route]:
    device_path = "/devices/{device_id}"
    return [
        route(emu, "/devices", GET=list_devices),
        route(emu, device_path, GET=get_device, PATCH=update_device, DELETE=delete_device),
        route(emu, f"{device_path}/restart", POST=restart_device),
        route(emu, f"{device_path}/conditional_restart", POST=conditional_restart_device),
        route(emu, f"{device_path}/logs", GET=list_device_logs),
    ]
