"""``dg list|info|create|update|delete|restart|unassign|builds``."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import click

from impcentral import AsyncImpCentralApi, Deployments, DeviceGroups

from .. import _bulk
from .. import _resolve as resolve
from .._app import ask, cli, command, confirm_option
from .._fields import Resource, single
from .._output import Related
from .._session import Session
from ._common import (
    dg_type_filter,
    group_ident,
    group_or_project,
    list_filtered,
    owner_filter,
    product_filter,
    product_names,
    product_or_project,
    when,
)

if TYPE_CHECKING:  # the generated models load only where they are used
    from impcentral.models import (
        ProductionDeviceGroupCreateAttributesDict,
        ProductionDeviceGroupUpdateAttributesDict,
    )

T = TypeVar("T")
# Devices named in one assign/unassign request.
DEVICES_PER_REQUEST = 100
_FIXTURES = (DeviceGroups.TYPE_FACTORY_FIXTURE, DeviceGroups.TYPE_PRE_FACTORY_FIXTURE)

GROUP_COLUMNS = [
    ("ID", lambda g: g.id),
    ("Name", lambda g: g.attr("name")),
    ("Type", lambda g: resolve.group_type_name(g.type)),
    ("Product", Related("product")),
    ("Current build", lambda g: g.related("current_deployment")),
]
DEVICE_COLUMNS = [
    ("ID", lambda d: d.id),
    ("Name", lambda d: d.attr("name")),
    ("MAC", lambda d: d.attr("mac_address")),
    ("Agent ID", lambda d: d.attr("agent_id")),
    ("Online", lambda d: d.attr("device_online")),
    ("Group", Related("devicegroup")),
]
BUILD_COLUMNS = [
    ("ID", lambda b: b.id),
    ("SHA", lambda b: b.text("sha")[:12]),
    ("Tags", lambda b: b.attr("tags")),
    ("Flagged", lambda b: b.attr("flagged")),
    ("Group", Related("devicegroup")),
    ("Description", lambda b: b.attr("description")),
    ("Created", lambda b: when(b.attr("created_at"))),
]


@cli.group()
def dg() -> None:
    """Device groups."""


group_identifier = click.option(
    "-g",
    "--dg",
    "ident",
    metavar="DEVICE_GROUP",
    help="A device group: id or name (default: the linked directory's).",
)


def env_vars(value: str | None) -> dict[str, Any] | None:
    if value is None:
        return None
    try:
        parsed = json.loads(value)
    except ValueError as exc:
        raise click.BadParameter(f"not JSON: {exc}", param_hint="--env-variable") from None
    if not isinstance(parsed, dict):
        raise click.BadParameter("must be a JSON object", param_hint="--env-variable")
    return parsed


async def bulk(
    session: Session,
    label: str,
    items: Sequence[T],
    action: Callable[[T], Awaitable[object]],
    weight: Callable[[T], int] = lambda item: 1,
) -> None:
    """``action`` on every item at once with a progress bar; one error line if any failed."""
    if not items:
        return
    failures = await _bulk.each(session.output, label, items, action, weight)
    if failures:
        shown = "; ".join(f"{_name(item)}: {exc.message}" for item, exc in failures[:3])
        more = f" (and {len(failures) - 3} more)" if len(failures) > 3 else ""
        raise click.ClickException(
            f"{label}: {len(failures)} of {len(items)} failed: {shown}{more}"
        )


def _name(item: object) -> str:
    if isinstance(item, Resource):
        return item.id
    if isinstance(item, list):
        return f"{len(item)} devices"
    return str(item)


def batches(devices: Sequence[Resource]) -> list[list[Resource]]:
    return [
        list(devices[start : start + DEVICES_PER_REQUEST])
        for start in range(0, len(devices), DEVICES_PER_REQUEST)
    ]


async def unassign_devices(
    session: Session,
    api: AsyncImpCentralApi,
    devices: Sequence[Resource],
    unbond_key: str | None = None,
) -> None:
    """Unassign devices from whatever groups they are in, many per request, all at once."""
    by_group: dict[str, list[Resource]] = {}
    for device in devices:
        group = device.related("devicegroup")
        if group:
            by_group.setdefault(group, []).append(device)
    work = [(group, batch) for group, members in by_group.items() for batch in batches(members)]

    async def remove(item: tuple[str, list[Resource]]) -> None:
        group, batch = item
        await api.device_groups.remove_devices(group, *(d.id for d in batch), unbond_key=unbond_key)

    await bulk(session, "Unassigning devices", work, remove, weight=lambda item: len(item[1]))


async def unflag_builds(
    session: Session, api: AsyncImpCentralApi, builds: Sequence[Resource]
) -> None:
    """Unflag the flagged ones: the service deletes no flagged build."""
    await bulk(
        session,
        "Unflagging builds",
        [b for b in builds if b.attr("flagged")],
        lambda b: api.deployments.update(b.id, {"flagged": False}),
    )


async def delete_builds(
    session: Session, api: AsyncImpCentralApi, builds: Sequence[Resource]
) -> None:
    """Delete builds, the flagged ones unflagged first."""
    await unflag_builds(session, api, builds)
    await bulk(session, "Deleting builds", builds, lambda b: api.deployments.delete(b.id))


async def delete_groups(
    session: Session, api: AsyncImpCentralApi, groups: Sequence[Resource]
) -> None:
    """impt's ``dg delete --force`` for many groups: devices unassigned, builds unflagged,
    fixture groups (which target the others) deleted first."""
    ids = [group.id for group in groups]
    device_lists = await asyncio.gather(*(resolve.group_devices(api, gid) for gid in ids))
    await unassign_devices(session, api, [d for devices in device_lists for d in devices])
    build_lists = await asyncio.gather(
        *(
            resolve.collect(
                api.deployments.list_all(
                    {Deployments.FILTER_DEVICE_GROUP_ID: gid, Deployments.FILTER_FLAGGED: True}
                )
            )
            for gid in ids
        )
    )
    await unflag_builds(session, api, [b for builds in build_lists for b in builds])
    fixtures = [g for g in groups if g.type in _FIXTURES]
    others = [g for g in groups if g.type not in _FIXTURES]
    for stage in (fixtures, others):
        await bulk(
            session, "Deleting device groups", stage, lambda g: api.device_groups.delete(g.id)
        )


@command(dg, "list", "Device groups, all or filtered.")
@owner_filter
@product_filter
@dg_type_filter
async def list_groups(
    session: Session, owners: tuple[str, ...], products: tuple[str, ...], dg_types: tuple[str, ...]
) -> None:
    async with session.api() as api:
        owner_ids = await resolve.account_ids(api, owners)
        product_ids = [(await resolve.product(api, p)).id for p in products]
        groups = await list_filtered(
            api.device_groups.list_all,
            [
                (DeviceGroups.FILTER_OWNER_ID, owner_ids),
                (DeviceGroups.FILTER_PRODUCT_ID, product_ids),
                (DeviceGroups.FILTER_TYPE, [resolve.GROUP_TYPES[t] for t in dg_types]),
            ],
        )
        names = await product_names(session.output, api)
    session.output.table(groups, GROUP_COLUMNS, names=names)


@command(dg, "info", "A device group; --full adds its devices and webhooks.")
@group_identifier
@click.option("-u", "--full", is_flag=True, help="Also list its devices and webhooks.")
async def info(session: Session, ident: str | None, full: bool) -> None:
    from .webhook import WEBHOOK_COLUMNS, group_webhooks

    async with session.api() as api:
        group = await group_or_project(api, ident)
        devices = await resolve.group_devices(api, group.id) if full else []
        hooks = await group_webhooks(api, group.id) if full else []
    fields = [
        *GROUP_COLUMNS,
        ("Description", lambda g: g.attr("description")),
        ("Min supported build", lambda g: g.related("min_supported_deployment")),
        ("Region", lambda g: g.attr("region")),
        ("Environment", lambda g: g.attr("env_vars")),
        ("Created", lambda g: when(g.attr("created_at"))),
    ]
    session.output.record(group, fields)
    if full and session.output.for_people:
        session.output.table(devices, DEVICE_COLUMNS, title="Devices")
        session.output.table(hooks, WEBHOOK_COLUMNS, title="Webhooks")


@command(dg, "create", "Create a device group in a product.")
@click.option("-n", "--name", required=True, help="Unique within the product.")
@click.option(
    "-y",
    "--dg-type",
    "dg_type",
    type=click.Choice(list(resolve.GROUP_TYPES)),
    default="development",
    show_default=True,
)
@click.option("-p", "--product", metavar="PRODUCT", help="id or name (default: the linked one).")
@click.option("-s", "--descr", "description", help="A description.")
@click.option(
    "-t", "--target", metavar="DEVICE_GROUP", help="Production target of a fixture group."
)
@click.option(
    "-u", "--dut", metavar="DEVICE_GROUP", help="Device-under-test target of a fixture group."
)
@click.option("-e", "--env-variable", "env", help="Environment variables, a JSON object.")
@click.option("-r", "--region", help="Region of a (pre-)production group.")
async def create(
    session: Session,
    name: str,
    dg_type: str,
    product: str | None,
    description: str | None,
    target: str | None,
    dut: str | None,
    env: str | None,
    region: str | None,
) -> None:
    attributes: ProductionDeviceGroupCreateAttributesDict = {"name": name}
    variables = env_vars(env)
    if description is not None:
        attributes["description"] = description
    if variables is not None:
        attributes["env_vars"] = variables
    if region is not None:
        attributes["region"] = region
    async with session.api() as api:
        in_product = await product_or_project(api, product)
        targets = await _targets(api, in_product.id, target, dut)
        created = single(
            await api.device_groups.create(
                in_product.id, resolve.GROUP_TYPES[dg_type], attributes, *targets
            )
        )
    session.output.done(f'Device group "{name}" created: {created.id}', {"data": dict(created.raw)})


async def _targets(
    api: AsyncImpCentralApi, product_id: str, target: str | None, dut: str | None
) -> tuple[dict[str, str] | None, dict[str, str] | None]:
    found: list[dict[str, str] | None] = []
    for ident in (target, dut):
        if ident is None:
            found.append(None)
            continue
        group = await resolve.device_group(api, ident, product_id)
        found.append({"type": group.type, "id": group.id})
    return found[0], found[1]


@command(dg, "update", "Change a device group.")
@group_identifier
@click.option("-n", "--name", help="The new name.")
@click.option("-s", "--descr", "description", help="The new description.")
@click.option(
    "-t", "--target", metavar="DEVICE_GROUP", help="New production target (fixture groups)."
)
@click.option(
    "-u", "--dut", metavar="DEVICE_GROUP", help="New device-under-test target (fixture groups)."
)
@click.option("-l", "--load-code-after-blessing", "load_code", type=bool, default=None)
@click.option("-m", "--min-supported-deployment", "min_build", metavar="BUILD")
@click.option("-e", "--env-variable", "env", help="Environment variables, a JSON object.")
async def update(
    session: Session,
    ident: str | None,
    name: str | None,
    description: str | None,
    target: str | None,
    dut: str | None,
    load_code: bool | None,
    min_build: str | None,
    env: str | None,
) -> None:
    attributes: ProductionDeviceGroupUpdateAttributesDict = {}
    variables = env_vars(env)
    if name is not None:
        attributes["name"] = name
    if description is not None:
        attributes["description"] = description
    if load_code is not None:
        attributes["load_code_after_blessing"] = load_code
    if variables is not None:
        attributes["env_vars"] = variables
    if not attributes and not (target or dut or min_build):
        raise click.UsageError("Nothing to change")
    async with session.api() as api:
        group = await group_or_project(api, ident)
        targets = await _targets(api, group.related("product") or "", target, dut)
        if attributes or target or dut:
            group = single(
                await api.device_groups.update(group.id, group.type, attributes or None, *targets)
            )
        if min_build:
            build = await resolve.build(api, min_build)
            await api.device_groups.update_min_supported_deployment(group.id, build.id)
            group = single(await api.device_groups.get(group.id))
    session.output.done(f"Device group {group.id} updated", {"data": dict(group.raw)})


@command(dg, "delete", "Delete a device group; --force unassigns its devices first.")
@group_identifier
@click.option(
    "-f", "--force", is_flag=True, help="Unassign its devices and unflag its builds first."
)
@confirm_option
async def delete(session: Session, ident: str | None, force: bool, confirmed: bool) -> None:
    async with session.api() as api:
        group = await group_or_project(api, ident)
        ask(f'Delete device group "{group.text("name")}" ({group.id})?', confirmed)
        if force:
            await delete_groups(session, api, [group])
        else:
            await api.device_groups.delete(group.id)
    session.output.done(
        f"Device group {group.id} deleted", {"data": {"id": group.id, "deleted": True}}
    )


@command(dg, "restart", "Restart every device of a device group.")
@group_identifier
@click.option("-c", "--conditional", is_flag=True, help="Conditional restart (see the API).")
@click.option("-l", "--log", is_flag=True, help="Then stream the devices' logs.")
async def restart(session: Session, ident: str | None, conditional: bool, log: bool) -> None:
    async with session.api() as api:
        with _bulk.progress(session.output) as bar:
            task = bar.add_task("Restarting devices", total=None)
            group, devices = await resolve.device_group_and(
                api,
                group_ident(ident),
                lambda group_id: _restart(
                    api, group_id, conditional, lambda count: bar.advance(task, count)
                ),
            )
        _report_restart(session, group, devices, conditional)
        if log and devices:
            from .log import stream_devices

            await stream_devices(session, api, devices)


async def restart_group(
    session: Session, api: AsyncImpCentralApi, group: Resource, conditional: bool
) -> list[Resource]:
    """Restart the group's devices and report them."""
    devices = await _restart(api, group.id, conditional)
    _report_restart(session, group, devices, conditional)
    return devices


async def _restart(
    api: AsyncImpCentralApi,
    group_id: str,
    conditional: bool,
    on_page: Callable[[int], object] = lambda count: None,
) -> list[Resource]:
    """Restart the group's devices (one request) while listing them for the report."""
    restart = (
        api.device_groups.conditional_restart_devices
        if conditional
        else api.device_groups.restart_devices
    )
    listing = resolve.group_devices(api, group_id, on_page)
    devices: list[Resource] = (await asyncio.gather(listing, restart(group_id)))[0]
    return devices


def _report_restart(
    session: Session, group: Resource, devices: Sequence[Resource], conditional: bool
) -> None:
    name = group.text("name")
    how = "conditionally restarted" if conditional else "restarted"
    session.output.done(
        f'{len(devices)} device(s) of "{name}" {how}'
        if devices
        else f'Device group "{name}" has no devices: nothing to restart',
        {"data": [dict(d.raw) for d in devices]},
    )


@command(dg, "unassign", "Unassign every device of a device group.")
@group_identifier
@click.option("-u", "--unbond", help="The unbond key (production groups).")
@confirm_option
async def unassign(
    session: Session, ident: str | None, unbond: str | None, confirmed: bool
) -> None:
    async with session.api() as api:
        group, devices = await resolve.device_group_and(
            api, group_ident(ident), lambda group_id: resolve.group_devices(api, group_id)
        )
        if devices:
            ask(f'Unassign {len(devices)} device(s) from "{group.text("name")}"?', confirmed)
            await unassign_devices(session, api, devices, unbond)
    session.output.done(
        f'{len(devices)} device(s) unassigned from "{group.text("name")}"',
        {"data": [dict(d.raw) for d in devices]},
    )


@command(dg, "reassign", "Move every device of one device group to another.")
@click.option("-f", "--from", "source", required=True, metavar="DEVICE_GROUP")
@click.option("-t", "--to", "target", metavar="DEVICE_GROUP", help="Default: the linked one.")
async def reassign(session: Session, source: str, target: str | None) -> None:
    async with session.api() as api:
        origin, destination = await asyncio.gather(
            resolve.device_group(api, source), group_or_project(api, target)
        )
        devices = await resolve.group_devices(api, origin.id)
        await bulk(
            session,
            "Reassigning devices",
            batches(devices),
            lambda batch: api.device_groups.add_devices(destination.id, *(d.id for d in batch)),
            weight=len,
        )
    session.output.done(
        f'{len(devices)} device(s) moved from "{origin.text("name")}" to '
        f'"{destination.text("name")}"',
        {"data": [dict(d.raw) for d in devices]},
    )


@command(dg, "builds", "A device group's builds; optionally unflag or remove the old ones.")
@group_identifier
@click.option("-u", "--unflag", is_flag=True, help="Unflag every build of the group.")
@click.option(
    "-o", "--unflag-old", is_flag=True, help="Unflag builds older than the minimum supported."
)
@click.option(
    "-r", "--remove", is_flag=True, help="Delete unflagged builds older than the minimum supported."
)
@confirm_option
async def builds(
    session: Session,
    ident: str | None,
    unflag: bool,
    unflag_old: bool,
    remove: bool,
    confirmed: bool,
) -> None:
    async with session.api() as api:
        group = await group_or_project(api, ident)
        found = await _group_builds(api, group.id)
        minimum = group.related("min_supported_deployment")
        floor = next((b.text("created_at") for b in found if b.id == minimum), "")
        old = [b for b in found if floor and b.text("created_at") < floor]
        to_unflag = [
            b for b in (found if unflag else old if unflag_old else []) if b.attr("flagged")
        ]
        await unflag_builds(session, api, to_unflag)
        if remove:
            unflagged = {b.id for b in to_unflag}
            doomed = [b for b in old if not b.attr("flagged") or b.id in unflagged]
            if doomed:
                ask(f"Delete {len(doomed)} old build(s)?", confirmed)
                await bulk(
                    session, "Deleting builds", doomed, lambda b: api.deployments.delete(b.id)
                )
        if unflag or unflag_old or remove:
            found = await _group_builds(api, group.id)
    session.output.table(found, BUILD_COLUMNS)


async def _group_builds(api: AsyncImpCentralApi, group_id: str) -> list[Resource]:
    return await resolve.collect(
        api.deployments.list_all({Deployments.FILTER_DEVICE_GROUP_ID: group_id})
    )
