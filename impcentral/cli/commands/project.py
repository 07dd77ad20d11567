"""``project link|info``: bind the current directory to a device group."""

from __future__ import annotations

from pathlib import Path

import click

from .. import _resolve as resolve
from .._app import ask, cli, command, confirm_option
from .._config import Project
from .._session import Session


@cli.group()
def project() -> None:
    """The directory's project: the device group that `build run` and `log stream` use."""


@command(project, "link", "Link this directory to a device group (creating empty source files).")
@click.argument("dg_argument", metavar="[DEVICE_GROUP]", required=False)
@click.option("-g", "--dg", "dg_option", metavar="DEVICE_GROUP", help="id or name.")
@click.option("-x", "--device-file", default="device.nut", show_default=True)
@click.option("-y", "--agent-file", default="agent.nut", show_default=True)
@confirm_option
async def link(
    session: Session,
    dg_argument: str | None,
    dg_option: str | None,
    device_file: str,
    agent_file: str,
    confirmed: bool,
) -> None:
    ident = dg_argument or dg_option
    if not ident:
        raise click.UsageError("Name the device group: impcentral project link DEVICE_GROUP")
    if Project.path().exists():
        ask(f"Replace the project in {Project.path()}?", confirmed)
    async with session.api() as api:
        group = await resolve.device_group(api, ident)
    for name in (device_file, agent_file):
        Path(name).touch(exist_ok=True)
    linked = Project(group.id, group.related("product"), device_file, agent_file)
    path = linked.save()
    session.output.done(
        f'{Path.cwd()} linked to device group "{group.text("name")}" ({group.id})',
        {"data": {"project": str(path), **linked.__dict__}},
    )


@command(project, "info", "The device group this directory is linked to.")
async def info(session: Session) -> None:
    linked = Project.load()
    if linked is None:
        raise click.ClickException(
            "This directory is not linked: impcentral project link DEVICE_GROUP"
        )
    async with session.api() as api:
        group = await resolve.device_group(api, linked.device_group_id)
    session.output.record(
        group,
        [
            ("Project file", str(Project.path())),
            ("Device group", lambda g: g.id),
            ("Name", lambda g: g.attr("name")),
            ("Type", lambda g: resolve.group_type_name(g.type)),
            ("Product", lambda g: g.related("product")),
            ("Device file", linked.device_file),
            ("Agent file", linked.agent_file),
        ],
    )


@command(project, "delete", "Unlink this directory (its source files stay).")
@confirm_option
async def delete(session: Session, confirmed: bool) -> None:
    path = Project.path()
    if not path.exists():
        raise click.ClickException("This directory is not linked")
    ask(f"Delete {path}?", confirmed)
    path.unlink()
    session.output.done(f"{path} deleted", {"data": {"project": str(path), "deleted": True}})
