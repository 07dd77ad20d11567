"""``log get|stream``: a device's stored logs, and live logs of devices and groups."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import click
from rich.markup import escape
from rich.text import Text

from impcentral import AsyncImpCentralApi

from .. import _bulk
from .. import _resolve as resolve
from .._app import cli, command
from .._config import Project
from .._fields import Resource, has_next, log_entries
from .._session import Session
from ._common import when

if TYPE_CHECKING:
    from impcentral.log_streams import LogMessage, StateChange

# Colour of each log type; others are shown plain.
LOG_STYLES = {
    "server.log": "",
    "server.error": "bold red",
    "server.sleep": "yellow",
    "status": "yellow",
    "lastexitcode": "yellow",
    "powerstate": "yellow",
    "firmware": "yellow",
    "agent.log": "cyan",
    "agent.error": "bold magenta",
}
PAGE_SIZE = 100


@cli.group()
def log() -> None:
    """Device logs."""


async def _project_device(api: AsyncImpCentralApi) -> Resource:
    linked = Project.load()
    if linked is None:
        raise click.UsageError("Missing option --device (or run it in a linked directory)")
    devices = await resolve.group_devices(api, linked.device_group_id)
    if len(devices) != 1:
        raise click.UsageError(
            f"The linked device group has {len(devices)} devices: name one with --device"
        )
    return devices[0]


def _line(ts: str, device: str | None, kind: str, message: str) -> Text:
    text = Text()
    text.append(when(ts), style="dim")
    if device:
        text.append(f" [{device}]", style="blue")
    text.append(f" [{kind}] ", style=LOG_STYLES.get(kind, "") or "bold")
    text.append(message, style=LOG_STYLES.get(kind, ""))
    return text


@command(log, "get", "A device's stored logs, oldest first (all pages unless --page-number).")
@click.option(
    "-d",
    "--device",
    "ident",
    metavar="DEVICE",
    help="id, MAC, agent id or name (default: the linked group's only device).",
)
@click.option(
    "-s", "--page-size", type=click.IntRange(1, 100), default=PAGE_SIZE, show_default=True
)
@click.option(
    "-n", "--page-number", type=click.IntRange(min=1), help="Only this page (1 is the newest)."
)
async def get(session: Session, ident: str | None, page_size: int, page_number: int | None) -> None:
    async with session.api() as api:
        found = await resolve.device(api, ident) if ident else await _project_device(api)

        async def page(number: int) -> tuple[list[dict[str, Any]], bool]:
            logs = await api.devices.get_logs(found.id, number, page_size)
            return log_entries(logs), has_next(logs)

        if page_number is not None:
            entries, _ = await page(page_number)
        else:
            with _bulk.progress(session.output) as bar:
                task = bar.add_task("Reading logs", total=None)
                entries = await _bulk.pages(page, page_size, lambda n: bar.advance(task, n))
    if session.output.json:
        session.output.document({"data": entries})
        return
    lines = [
        _line(str(e.get("ts", "")), None, str(e.get("type", "")), str(e.get("msg", "")))
        for e in reversed(entries)  # the service lists the newest first
    ]
    session.output.lines(lines)


@command(log, "stream", "Live logs of devices and device groups, until Ctrl-C.")
@click.option("-d", "--device", "devices", multiple=True, metavar="DEVICE", help="Repeatable.")
@click.option(
    "-g",
    "--dg",
    "groups",
    multiple=True,
    metavar="DEVICE_GROUP",
    help="Every device of the group; repeatable (default: the linked directory's).",
)
async def stream(session: Session, devices: tuple[str, ...], groups: tuple[str, ...]) -> None:
    async with session.api() as api:
        chosen = await resolve.devices(api, devices)
        group_idents = list(groups)
        if not devices and not groups:
            linked = Project.load()
            if linked is None:
                raise click.UsageError("Give --device or --dg (or run it in a linked directory)")
            group_idents = [linked.device_group_id]
        for ident in group_idents:
            group = await resolve.device_group(api, ident)
            chosen += await resolve.group_devices(api, group.id)
        unique = list({d.id: d for d in chosen}.values())
        if not unique:
            raise click.ClickException("No devices to stream")
        await stream_devices(session, api, unique)


async def stream_devices(
    session: Session, api: AsyncImpCentralApi, devices: Sequence[Resource]
) -> None:
    """Print the devices' logs as they come, until Ctrl-C (then close the stream cleanly)."""
    from impcentral.log_streams import LogMessage, StateChange, UnparsedEvent

    names = {d.id: d.text("name") or d.id for d in devices}
    output = session.output
    try:
        async with api.log_streams.open([d.id for d in devices]) as live:
            output.note(f"Streaming logs of {len(devices)} device(s); Ctrl-C to stop")
            async for event in live:
                if isinstance(event, LogMessage):
                    if output.json:
                        output.out.file.write(json.dumps(_message_json(event)) + "\n")
                        output.out.file.flush()
                    else:
                        output.out.print(
                            _line(
                                event.ts.isoformat(),
                                names.get(event.device_id, event.device_id),
                                event.type,
                                event.msg,
                            )
                        )
                elif isinstance(event, StateChange):
                    output.err.print(escape(_state_line(event, names)), style="dim")
                elif isinstance(event, UnparsedEvent):
                    output.err.print(
                        escape(f"unreadable event {event.event}: {event.reason}"), style="dim"
                    )
    except asyncio.CancelledError:  # Ctrl-C: the stream is closed by now
        output.err.print("Log stream closed", style="dim")


def _message_json(event: LogMessage) -> dict[str, str]:
    """A log line as one JSON object (``--output json`` prints one per line)."""
    return {
        "device_id": event.device_id,
        "ts": event.ts.isoformat(),
        "log_type": event.log_type,
        "type": event.type,
        "msg": event.msg,
    }


def _state_line(event: StateChange, names: dict[str, str]) -> str:
    from impcentral.log_streams import StateChange

    device = names.get(event.device_id or "", event.device_id or "")
    lines = {
        StateChange.OPENED: "stream opened",
        StateChange.CLOSED: "stream closed by the service",
        StateChange.SUBSCRIBED: f"{device} subscribed",
        StateChange.UNSUBSCRIBED: f"{device} unsubscribed",
        StateChange.DISCONNECTED: f"connection lost ({event.detail or 'no reason given'}); "
        "reconnecting",
        StateChange.RECONNECTED: "reconnected; log lines may be missing",
        StateChange.RECREATED: "stream recreated by the service; log lines may be missing",
        StateChange.DROPPED: f"{device} dropped: the service streams at most 5 devices at once",
        StateChange.OVERFLOW: f"{event.count or 0} log lines skipped: the terminal fell behind",
    }
    return "-- " + lines.get(event.state, event.state)
