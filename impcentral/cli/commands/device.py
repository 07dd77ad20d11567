"""``device list|info|assign|unassign|restart|update|remove``."""

from __future__ import annotations

import asyncio

import click

from impcentral import Devices

from .. import _resolve as resolve
from .._app import ask, cli, command, confirm_option
from .._fields import single
from .._session import Session
from ._common import (
    dg_filter,
    dg_type_filter,
    group_names,
    group_or_project,
    list_filtered,
    owner_filter,
    product_filter,
    when,
)
from .dg import DEVICE_COLUMNS, batches, bulk, unassign_devices

DEVICE_FIELDS = [
    *DEVICE_COLUMNS,
    ("Agent running", lambda d: d.attr("agent_running")),
    ("imp type", lambda d: d.attr("imp_type")),
    ("IP address", lambda d: d.attr("ip_address")),
    ("Free memory", lambda d: d.attr("free_memory")),
    ("RSSI", lambda d: d.attr("rssi")),
    ("Software", lambda d: d.attr("swversion")),
    ("Product", lambda d: d.related("product")),
    ("Last enrolled", lambda d: when(d.attr("last_enrolled_at"))),
]


@cli.group()
def device() -> None:
    """Devices."""


@command(device, "list", "Devices, all or filtered.")
@owner_filter
@product_filter
@dg_filter
@dg_type_filter
@click.option("-u", "--unassigned", is_flag=True, help="Unassigned devices only.")
@click.option("-a", "--assigned", is_flag=True, help="Assigned devices only.")
@click.option("-n", "--online", is_flag=True, help="Online devices only.")
@click.option("-f", "--offline", is_flag=True, help="Offline devices only.")
async def list_devices(
    session: Session,
    owners: tuple[str, ...],
    products: tuple[str, ...],
    dgs: tuple[str, ...],
    dg_types: tuple[str, ...],
    unassigned: bool,
    assigned: bool,
    online: bool,
    offline: bool,
) -> None:
    async with session.api() as api:
        owner_ids = await resolve.account_ids(api, owners)
        product_ids = [(await resolve.product(api, p)).id for p in products]
        group_ids = [(await resolve.device_group(api, g)).id for g in dgs]
        found = await list_filtered(
            api.devices.list_all,
            [
                (Devices.FILTER_OWNER_ID, owner_ids),
                (Devices.FILTER_PRODUCT_ID, product_ids),
                (Devices.FILTER_DEVICE_GROUP_ID, group_ids),
                (Devices.FILTER_DEVICE_GROUP_TYPE, [resolve.GROUP_TYPES[t] for t in dg_types]),
            ],
        )
        names = await group_names(session.output, api)
    if unassigned != assigned:
        found = [d for d in found if bool(d.related("devicegroup")) == assigned]
    if online != offline:
        found = [d for d in found if bool(d.attr("device_online")) == online]
    session.output.table(found, DEVICE_COLUMNS, names=names)


@command(device, "info", "A device.")
@click.option(
    "-d",
    "--device",
    "ident",
    required=True,
    metavar="DEVICE",
    help="id, MAC address, agent id or name.",
)
async def info(session: Session, ident: str) -> None:
    async with session.api() as api:
        found = await resolve.device(api, ident)
    session.output.record(found, DEVICE_FIELDS)


devices_option = click.option(
    "-d",
    "--device",
    "idents",
    required=True,
    multiple=True,
    metavar="DEVICE",
    help="id, MAC address, agent id or name; repeat for more.",
)


@command(device, "assign", "Assign devices to a device group.")
@devices_option
@click.option(
    "-g",
    "--dg",
    "group_ident",
    metavar="DEVICE_GROUP",
    help="id or name (default: the linked directory's).",
)
@confirm_option
async def assign(
    session: Session, idents: tuple[str, ...], group_ident: str | None, confirmed: bool
) -> None:
    async with session.api() as api:
        group, found = await asyncio.gather(
            group_or_project(api, group_ident), resolve.devices(api, idents)
        )
        elsewhere = [d for d in found if d.related("devicegroup") not in (None, group.id)]
        if elsewhere:
            ask(f"{len(elsewhere)} device(s) are in another group: reassign them?", confirmed)
        await bulk(
            session,
            "Assigning devices",
            batches(found),
            lambda batch: api.device_groups.add_devices(group.id, *(d.id for d in batch)),
            weight=len,
        )
    session.output.done(
        f'{len(found)} device(s) assigned to "{group.text("name")}"',
        {"data": [dict(d.raw) for d in found]},
    )


@command(device, "unassign", "Unassign devices from their device groups.")
@devices_option
@click.option("-u", "--unbond", help="The unbond key (production groups).")
async def unassign(session: Session, idents: tuple[str, ...], unbond: str | None) -> None:
    async with session.api() as api:
        found = await resolve.devices(api, idents)
        await unassign_devices(session, api, found, unbond)
    session.output.done(
        f"{len(found)} device(s) unassigned", {"data": [dict(d.raw) for d in found]}
    )


@command(device, "restart", "Restart devices.")
@devices_option
@click.option("-c", "--conditional", is_flag=True, help="Conditional restart (see the API).")
@click.option("-l", "--log", is_flag=True, help="Then stream their logs.")
async def restart(session: Session, idents: tuple[str, ...], conditional: bool, log: bool) -> None:
    async with session.api() as api:
        found = await resolve.devices(api, idents)
        restart_one = api.devices.conditional_restart if conditional else api.devices.restart
        await bulk(session, "Restarting devices", found, lambda d: restart_one(d.id))
        session.output.done(
            f"{len(found)} device(s) restarted", {"data": [dict(d.raw) for d in found]}
        )
        if log:
            from .log import stream_devices

            await stream_devices(session, api, found)


@command(device, "update", "Rename a device.")
@click.option("-d", "--device", "ident", required=True, metavar="DEVICE")
@click.option("-n", "--name", required=True, help="The new name.")
async def update(session: Session, ident: str, name: str) -> None:
    async with session.api() as api:
        found = await resolve.device(api, ident)
        updated = single(await api.devices.update(found.id, {"name": name}))
    session.output.done(f'Device {updated.id} renamed "{name}"', {"data": dict(updated.raw)})


@command(device, "remove", "Remove devices from the account; --force unassigns them first.")
@devices_option
@click.option("-f", "--force", is_flag=True, help="Unassign assigned devices first.")
@confirm_option
async def remove(session: Session, idents: tuple[str, ...], force: bool, confirmed: bool) -> None:
    async with session.api() as api:
        found = await resolve.devices(api, idents)
        assigned = [d for d in found if d.related("devicegroup")]
        if assigned and not force:
            raise click.ClickException(
                f"{len(assigned)} device(s) are assigned to a group: unassign them or use --force"
            )
        ask(f"Remove {len(found)} device(s) from the account?", confirmed)
        await unassign_devices(session, api, assigned)
        await bulk(session, "Removing devices", found, lambda d: api.devices.delete(d.id))
    session.output.done(f"{len(found)} device(s) removed", {"data": [{"id": d.id} for d in found]})
