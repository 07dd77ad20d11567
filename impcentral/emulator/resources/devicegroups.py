"""Device groups: seven subtypes, fixture targets, env vars, device membership and restarts."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from impcentral.emulator.auth import authenticate
from impcentral.emulator.errors import (
    DEPENDENT_RESOURCES,
    INVALID_PERMISSION,
    INVALID_RELATIONSHIP,
    MIN_SUPPORTED_DEPLOYMENT,
    NOT_FOUND,
    ApiError,
    bad_request,
    conflict,
    error_object,
)
from impcentral.emulator.jsonapi import (
    CREATE_REQUIRED,
    UPDATE_MEMBERS,
    UPDATE_REQUIRED,
    api_base,
    bool_attribute,
    check_id_matches,
    check_keys,
    document,
    invalid_attribute,
    invalid_filter,
    linkage,
    no_content,
    page_of,
    parse_query,
    read_json,
    resource_input,
    string_attribute,
)
from impcentral.emulator.resources.products import MAX_DESCRIPTION, MAX_NAME
from impcentral.emulator.resources.records import owned, require_unique_name
from impcentral.emulator.routing import route
from impcentral.emulator.state import (
    DEVICE_GROUP_TYPES,
    FIXTURE_TYPES,
    PRODUCTION_TYPES,
    Account,
    Device,
    DeviceGroup,
    iso,
)

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

_ENV_VAR_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
#: Which subtype each fixture subtype's targets must have.
_TARGET_TYPES = {
    "pre_factoryfixture_devicegroup": {
        "production_target": "pre_production_devicegroup",
        "dut_target": "pre_dut_devicegroup",
    },
    "factoryfixture_devicegroup": {
        "production_target": "production_devicegroup",
        "dut_target": "dut_devicegroup",
    },
}
_TARGETS = ("production_target", "dut_target")


def render_devicegroup(group: DeviceGroup, base: str) -> dict[str, Any]:
    attributes: dict[str, Any] = {
        "name": group.name,
        "description": group.description,
        "env_vars": group.env_vars,
        "created_at": iso(group.created_at),
        "updated_at": iso(group.updated_at),
    }
    if group.type in PRODUCTION_TYPES:
        if group.region is not None:
            attributes["region"] = group.region
        attributes["load_code_after_blessing"] = bool(group.load_code_after_blessing)
    relationships: dict[str, Any] = {
        "product": {"type": "product", "id": group.product_id},
        "owner": {"type": "account", "id": group.owner_id},
        "creator": {"type": "account", "id": group.creator_id},
    }
    for name in ("current_deployment", "min_supported_deployment"):
        value = getattr(group, name)
        if value is not None:
            relationships[name] = {"type": "deployment", "id": value}
    for name in _TARGETS:
        value = getattr(group, name)
        if value is not None:
            relationships[name] = {"type": _TARGET_TYPES[group.type][name], "id": value}
    return {
        "type": group.type,
        "id": group.id,
        "links": {"self": f"{base}/devicegroups/{group.id}"},
        "attributes": attributes,
        "relationships": relationships,
    }


def env_vars_attribute(attrs: dict[str, Any]) -> dict[str, Any] | None:
    if "env_vars" not in attrs:
        return None
    value = attrs["env_vars"]
    if not isinstance(value, dict):
        raise invalid_attribute("'env_vars' must be an object.")
    for key, item in value.items():
        if not _ENV_VAR_NAME.match(key):
            raise invalid_attribute(
                f"env_vars name {key!r} must start with a letter and use letters, digits or '_'."
            )
        if isinstance(item, bool) or not isinstance(item, str | int | float):
            raise invalid_attribute(f"env_vars value of {key!r} must be a string or a number.")
    return dict(value)


def _group(emu: Emulator, request: Request, account: Account) -> DeviceGroup:
    """The group in the URL, owned by ``account``."""
    group_id = request.path_params["device_group_id"]
    return owned(emu.store.devicegroups, group_id, account, "device group")


def _set_targets(
    emu: Emulator,
    account: Account,
    group: DeviceGroup,
    relationships: dict[str, Any],
    *,
    creating: bool,
) -> None:
    """A fixture group's production and DUT targets: groups of the matching subtypes in its
    product (required on create)."""
    wanted = _TARGET_TYPES.get(group.type)
    if wanted is None:
        return
    for name in _TARGETS:
        link = linkage(relationships, name, (wanted[name],), required=creating)
        if link is None:
            continue
        target = owned(emu.store.devicegroups, link[1], account, "device group")
        if target.type != wanted[name]:
            raise conflict(
                INVALID_RELATIONSHIP,
                "Invalid Relationship",
                f"'{name}' must be a {wanted[name]}; this one is a {target.type}.",
            )
        if target.product_id != group.product_id:
            raise conflict(
                INVALID_RELATIONSHIP,
                "Invalid Relationship",
                f"'{name}' must belong to the same product as the fixture device group.",
            )
        setattr(group, name, target.id)


def _groups_of(emu: Emulator, product_id: str) -> Iterator[DeviceGroup]:
    return (g for g in emu.store.devicegroups.values() if g.product_id == product_id)


async def list_devicegroups(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    query = parse_query(request, ("filter[owner.id]", "filter[product.id]", "filter[type]"))
    owner = query.filters.get("filter[owner.id]")
    product = query.filters.get("filter[product.id]")
    gtype = query.filters.get("filter[type]")
    if gtype is not None and gtype not in DEVICE_GROUP_TYPES:
        raise invalid_filter("filter[type]", "not a device group type.")
    base = api_base(request)
    items = (
        g
        for g in emu.store.devicegroups.values()
        if g.owner_id == account.id
        and (owner is None or g.owner_id == owner)
        and (product is None or g.product_id == product)
        and (gtype is None or g.type == gtype)
    )
    return page_of(request, query, items, lambda g: render_devicegroup(g, base))


async def create_devicegroup(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    data = resource_input(await read_json(request), DEVICE_GROUP_TYPES, required=CREATE_REQUIRED)
    production = data.type in PRODUCTION_TYPES
    allowed = ["name", "description", "env_vars"]
    if production:
        allowed.append("region")
    check_keys(data.attributes, allowed, f"{data.type} attribute")
    fixture = data.type in FIXTURE_TYPES
    check_keys(
        data.relationships,
        ("product", *_TARGETS) if fixture else ("product",),
        f"{data.type} relationship",
    )
    name = string_attribute(data.attributes, "name", max_length=MAX_NAME, non_empty=True)
    if name is None:
        raise invalid_attribute("'name' is required.")
    description = string_attribute(data.attributes, "description", max_length=MAX_DESCRIPTION)
    region = string_attribute(data.attributes, "region", non_empty=True)
    env_vars = env_vars_attribute(data.attributes)
    product_link = linkage(data.relationships, "product", ("product",), required=True)
    assert product_link is not None
    product = owned(emu.store.products, product_link[1], account, "product")
    require_unique_name(_groups_of(emu, product.id), name, "Devicegroups")
    now = time.time()
    group = DeviceGroup(
        id=emu.store.ids.uuid(),
        type=data.type,
        name=name,
        description=description or "",
        product_id=product.id,
        owner_id=account.id,
        creator_id=account.id,
        created_at=now,
        updated_at=now,
        region=region,
        load_code_after_blessing=True if production else None,
        env_vars=env_vars or {},
    )
    _set_targets(emu, account, group, data.relationships, creating=True)
    emu.store.devicegroups[group.id] = group
    return document({"data": render_devicegroup(group, api_base(request))}, status=201)


async def get_devicegroup(emu: Emulator, request: Request) -> Response:
    group = _group(emu, request, authenticate(emu, request))
    return document({"data": render_devicegroup(group, api_base(request))})


async def update_devicegroup(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    group = _group(emu, request, account)
    fixture = group.type in FIXTURE_TYPES
    data = resource_input(
        await read_json(request),
        DEVICE_GROUP_TYPES,
        members=(*UPDATE_MEMBERS, "relationships"),
        required=UPDATE_REQUIRED,
    )
    if "relationships" in data.members and data.type not in FIXTURE_TYPES:
        raise bad_request("Only factory fixture device groups have updatable relationships.")
    check_keys(data.relationships, _TARGETS, f"{data.type} relationship")
    check_id_matches(data.id, group.id)
    if data.type != group.type:
        raise conflict(
            INVALID_RELATIONSHIP,
            "Conflict",
            f"'data.type' must be the group's type, {group.type}; the type cannot change.",
        )
    if "region" in data.attributes:
        raise invalid_attribute("'region' can only be set when the device group is created.")
    allowed = ["name", "description", "env_vars"]
    if group.type in PRODUCTION_TYPES:
        allowed.append("load_code_after_blessing")
    check_keys(data.attributes, allowed, f"{group.type} attribute")
    name = string_attribute(data.attributes, "name", max_length=MAX_NAME, non_empty=True)
    description = string_attribute(data.attributes, "description", max_length=MAX_DESCRIPTION)
    blessing = bool_attribute(data.attributes, "load_code_after_blessing")
    env_vars = env_vars_attribute(data.attributes)
    if name is not None:
        require_unique_name(_groups_of(emu, group.product_id), name, "Devicegroups", group.id)
    if fixture:
        _set_targets(emu, account, group, data.relationships, creating=False)
    if name is not None:
        group.name = name
    if description is not None:
        group.description = description
    if blessing is not None:
        group.load_code_after_blessing = blessing
    if env_vars is not None:
        group.env_vars = env_vars
    group.updated_at = time.time()
    return document({"data": render_devicegroup(group, api_base(request))})


async def delete_devicegroup(emu: Emulator, request: Request) -> Response:
    group = _group(emu, request, authenticate(emu, request))
    store = emu.store
    if group.devices:
        raise conflict(
            DEPENDENT_RESOURCES,
            "Dependent Devices Exist",
            "Cannot delete a devicegroup with assigned devices; unassign them first.",
        )
    for other in store.devicegroups.values():
        if group.id in (other.production_target, other.dut_target):
            raise conflict(
                DEPENDENT_RESOURCES,
                "Dependent Devicegroups Exist",
                "Cannot delete a devicegroup that is the production or DUT target of another.",
            )
    owned_deployments = [d for d in store.deployments.values() if d.devicegroup_id == group.id]
    if any(d.flagged for d in owned_deployments):
        raise conflict(
            DEPENDENT_RESOURCES,
            "Flagged Deployments Exist",
            "Cannot delete a devicegroup with flagged deployments; delete those first.",
        )
    for deployment in owned_deployments:
        del store.deployments[deployment.id]
    for webhook in [w for w in store.webhooks.values() if w.devicegroup_id == group.id]:
        del store.webhooks[webhook.id]
    del store.devicegroups[group.id]
    return no_content()


async def restart_devicegroup(emu: Emulator, request: Request) -> Response:
    group = _group(emu, request, authenticate(emu, request))
    for device_id in list(group.devices):
        emu.simulator.restart(emu.store.devices[device_id])
    return no_content()


async def conditional_restart_devicegroup(emu: Emulator, request: Request) -> Response:
    group = _group(emu, request, authenticate(emu, request))
    minimum = emu.store.deployments.get(group.min_supported_deployment or "")
    for device_id in list(group.devices):
        emu.simulator.conditional_restart(
            emu.store.devices[device_id], minimum.seq if minimum else None
        )
    return no_content()


async def _device_list(
    emu: Emulator, request: Request, account: Account
) -> list[tuple[str, Device | None]]:
    """The linkages of a bulk assign/unassign body, each with its device (``None``: not found)."""
    doc = await read_json(request)
    if not isinstance(doc, dict) or not isinstance(doc.get("data"), list):
        raise bad_request("The document must have a 'data' array of device linkages.")
    check_keys(doc, ("data",), "top-level member")
    found: list[tuple[str, Device | None]] = []
    for item in doc["data"]:
        link = linkage({"device": item}, "device", ("device",), required=True)
        assert link is not None
        device = emu.store.find_device(link[1])
        found.append((link[1], device if device and device.owner_id == account.id else None))
    return found


def _raise_missing(errors: list[dict[str, Any]]) -> None:
    """Bulk changes are not atomic: the others are done, then 400 lists each missing device."""
    if errors:
        raise ApiError(400, NOT_FOUND, "", errors=errors)


async def add_devices(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    group = _group(emu, request, account)
    errors: list[dict[str, Any]] = []
    for ident, device in await _device_list(emu, request, account):
        if device is None:
            errors.append(
                error_object(404, NOT_FOUND, "Not Found", f"The device {ident!r} does not exist.")
            )
            continue
        if device.devicegroup_id == group.id:
            continue
        if device.devicegroup_id is not None:
            emu.store.devicegroups[device.devicegroup_id].devices.pop(device.id, None)
        device.devicegroup_id = group.id
        group.devices[device.id] = None
        emu.simulator.assigned(device)
    _raise_missing(errors)
    return no_content()


async def remove_devices(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    group = _group(emu, request, account)
    if group.type == "production_devicegroup" and not request.headers.get("x-electricimp-key"):
        raise ApiError(
            403,
            INVALID_PERMISSION,
            "Removing devices from a production device group needs the unbond key in "
            "'X-Electricimp-Key'.",
            title="Invalid Permission",
        )
    errors: list[dict[str, Any]] = []
    for ident, device in await _device_list(emu, request, account):
        if device is None or device.devicegroup_id != group.id:
            errors.append(
                error_object(
                    404,
                    NOT_FOUND,
                    "Not Found",
                    f"The device {ident!r} is not assigned to this device group.",
                )
            )
            continue
        group.devices.pop(device.id, None)
        device.devicegroup_id = None
        emu.simulator.unassigned(device)
    _raise_missing(errors)
    return no_content()


async def update_min_supported_deployment(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    group = _group(emu, request, account)
    data = resource_input(
        await read_json(request),
        ("deployment",),
        members=("type", "id"),
        required=("type", "id"),
    )
    deployment = owned(emu.store.deployments, data.id or "", account, "deployment")
    if deployment.devicegroup_id != group.id:
        raise conflict(
            MIN_SUPPORTED_DEPLOYMENT,
            "Invalid Deployment",
            "The min supported deployment must be a deployment of this device group.",
        )
    current = emu.store.deployments.get(group.min_supported_deployment or "")
    if current is not None and deployment.seq < current.seq:
        raise conflict(
            MIN_SUPPORTED_DEPLOYMENT,
            "Invalid Deployment",
            "The min supported deployment cannot be older than the current one.",
        )
    group.min_supported_deployment = deployment.id
    group.updated_at = time.time()
    return document({"data": render_devicegroup(group, api_base(request))})


def routes(emu: Emulator) -> list[Route]:
    group_path = "/devicegroups/{device_group_id}"
    return [
        route(emu, "/devicegroups", GET=list_devicegroups, POST=create_devicegroup),
        route(
            emu,
            group_path,
            GET=get_devicegroup,
            PATCH=update_devicegroup,
            DELETE=delete_devicegroup,
        ),
        route(emu, f"{group_path}/restart", POST=restart_devicegroup),
        route(emu, f"{group_path}/conditional_restart", POST=conditional_restart_devicegroup),
        route(emu, f"{group_path}/relationships/devices", POST=add_devices, DELETE=remove_devices),
        route(
            emu,
            f"{group_path}/relationships/min_supported_deployment",
            PUT=update_min_supported_deployment,
        ),
    ]
