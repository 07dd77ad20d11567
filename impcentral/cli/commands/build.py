"""``build deploy|run|copy|list|info|get|update|delete|cleanup``."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from impcentral import AsyncImpCentralApi, Deployments

from .. import _resolve as resolve
from .._app import ask, cli, command, confirm_option
from .._config import Project
from .._fields import Resource, single
from .._session import Session
from ._common import (
    dg_filter,
    dg_type_filter,
    group_names,
    group_or_project,
    list_filtered,
    owner_filter,
    product_filter,
)
from .dg import BUILD_COLUMNS, delete_builds, restart_group

if TYPE_CHECKING:  # the generated models load only where they are used
    from impcentral.models import DeploymentCreateAttributesDict, DeploymentUpdateAttributesDict

F = TypeVar("F", bound=Callable[..., Any])
BUILD_FIELDS = [
    *BUILD_COLUMNS,
    ("Origin", lambda b: b.attr("origin")),
    ("Product", lambda b: b.related("product")),
    ("Full SHA", lambda b: b.attr("sha")),
]


@cli.group()
def build() -> None:
    """Builds (deployments): code deployed to a device group."""


build_identifier = click.option(
    "-b",
    "--build",
    "ident",
    metavar="BUILD",
    help="Deployment id, SHA, tag or origin (default: the linked group's newest).",
)


async def build_or_project(api: AsyncImpCentralApi, ident: str | None) -> Resource:
    if ident:
        return await resolve.build(api, ident)
    group = await group_or_project(api, None)
    return await resolve.latest_build(api, group)


def _source(option: str | None, default: str) -> str:
    """A source file's text: the option's file, else the linked project's, else empty."""
    linked = Project.load()
    name = option or (getattr(linked, default) if linked else None)
    if name is None:
        return ""
    path = Path(name)
    if not path.is_file():
        if option is None and linked is not None:
            return ""
        raise click.BadParameter(f"{name}: no such file", param_hint=default.replace("_", "-"))
    return path.read_text(encoding="utf-8")


deploy_options = [
    click.option(
        "-g",
        "--dg",
        "group_ident",
        metavar="DEVICE_GROUP",
        help="id or name (default: the linked directory's).",
    ),
    click.option("-x", "--device-file", help="Device code (default: the project's device.nut)."),
    click.option("-y", "--agent-file", help="Agent code (default: the project's agent.nut)."),
    click.option("-s", "--descr", "description", help="A description of the build."),
    click.option("-o", "--origin", help="Where the code comes from (a repository, a URL)."),
    click.option("-t", "--tag", "tags", multiple=True, help="A tag; repeatable."),
    click.option("-f", "--flagged", is_flag=True, help="Protect the build from deletion."),
]


def _with(options: list[Callable[[F], F]]) -> Callable[[F], F]:
    def decorate(function: F) -> F:
        for option in reversed(options):
            function = option(function)
        return function

    return decorate


async def deploy_build(
    api: AsyncImpCentralApi,
    group_ident: str | None,
    device_file: str | None,
    agent_file: str | None,
    description: str | None,
    origin: str | None,
    tags: tuple[str, ...],
    flagged: bool,
) -> tuple[Resource, Resource]:
    attributes = _build_attributes(
        _source(device_file, "device_file"),
        _source(agent_file, "agent_file"),
        description=description,
        origin=origin,
        tags=tags,
        flagged=flagged,
    )
    group = await group_or_project(api, group_ident)
    created = single(await api.deployments.create(group.id, group.type, attributes))
    return group, created


def _build_attributes(
    device_code: str,
    agent_code: str,
    *,
    description: str | None = None,
    origin: str | None = None,
    tags: Sequence[str] = (),
    flagged: bool = False,
) -> DeploymentCreateAttributesDict:
    """A new build's attributes: its code, and whichever of the others are set."""
    attributes: DeploymentCreateAttributesDict = {
        "device_code": device_code,
        "agent_code": agent_code,
    }
    if description:
        attributes["description"] = description
    if origin:
        attributes["origin"] = origin
    if tags:
        attributes["tags"] = list(tags)
    if flagged:
        attributes["flagged"] = True
    return attributes


def _deployed(group: Resource, created: Resource) -> str:
    return f'Build {created.id} deployed to "{group.text("name")}"'


@command(
    build,
    "deploy",
    "Deploy device and agent code to a device group (devices run it after a restart).",
)
@_with(deploy_options)
async def deploy(session: Session, **options: Any) -> None:
    async with session.api() as api:
        group, created = await deploy_build(api, **options)
    session.output.done(_deployed(group, created), {"data": dict(created.raw)})


@command(build, "run", "Deploy the directory's code and restart the group's devices.")
@_with(deploy_options)
@click.option("-c", "--conditional", is_flag=True, help="Conditional restart.")
@click.option("-l", "--log", is_flag=True, help="Then stream the devices' logs.")
async def run(session: Session, conditional: bool, log: bool, **options: Any) -> None:
    async with session.api() as api:
        group, created = await deploy_build(api, **options)
        session.output.note(_deployed(group, created))
        devices = await restart_group(session, api, group, conditional)
        if log and devices:
            from .log import stream_devices

            await stream_devices(session, api, devices)


@command(build, "copy", "Copy a build's code to a new build of a device group.")
@build_identifier
@click.option(
    "-g",
    "--dg",
    "group_ident",
    required=True,
    metavar="DEVICE_GROUP",
    help="The device group the new build is for: id or name.",
)
@click.option(
    "-a", "--all", "everything", is_flag=True, help="Also copy description, origin, tags and flag."
)
async def copy(session: Session, ident: str | None, group_ident: str, everything: bool) -> None:
    async with session.api() as api:
        source, group = await asyncio.gather(
            build_or_project(api, ident), resolve.device_group(api, group_ident)
        )
        code = (source.text("device_code"), source.text("agent_code"))
        attributes = (
            _build_attributes(
                *code,
                description=source.attr("description"),
                origin=source.attr("origin"),
                tags=source.attr("tags") or (),
                flagged=bool(source.attr("flagged")),
            )
            if everything
            else _build_attributes(*code)
        )
        created = single(await api.deployments.create(group.id, group.type, attributes))
    session.output.done(
        f'Build {source.id} copied to "{group.text("name")}": {created.id}',
        {"data": dict(created.raw)},
    )


@command(build, "list", "Builds, all or filtered.")
@owner_filter
@product_filter
@dg_filter
@dg_type_filter
@click.option("-s", "--sha", "shas", multiple=True, help="Only builds with this SHA.")
@click.option("-t", "--tag", "tags", multiple=True, help="Only builds with this tag.")
@click.option("-f", "--flagged", is_flag=True, help="Flagged builds only.")
@click.option("-u", "--unflagged", is_flag=True, help="Unflagged builds only.")
@click.option("-n", "--non-zombie", is_flag=True, help="Only builds of an existing device group.")
@click.option("-m", "--zombie", is_flag=True, help="Only builds of no device group.")
async def list_builds(
    session: Session,
    owners: tuple[str, ...],
    products: tuple[str, ...],
    dgs: tuple[str, ...],
    dg_types: tuple[str, ...],
    shas: tuple[str, ...],
    tags: tuple[str, ...],
    flagged: bool,
    unflagged: bool,
    non_zombie: bool,
    zombie: bool,
) -> None:
    flag = [] if flagged == unflagged else [flagged]
    async with session.api() as api:
        owner_ids = await resolve.account_ids(api, owners)
        product_ids = [(await resolve.product(api, p)).id for p in products]
        group_ids = [(await resolve.device_group(api, g)).id for g in dgs]
        found = await list_filtered(
            api.deployments.list_all,
            [
                (Deployments.FILTER_OWNER_ID, owner_ids),
                (Deployments.FILTER_PRODUCT_ID, product_ids),
                (Deployments.FILTER_DEVICE_GROUP_ID, group_ids),
                (Deployments.FILTER_SHA, shas),
                (Deployments.FILTER_TAGS, tags),
                (Deployments.FILTER_FLAGGED, flag),  # type: ignore[list-item]
            ],
        )
        names = await group_names(session.output, api)
    if dg_types:
        wanted = {resolve.GROUP_TYPES[t] for t in dg_types}
        found = [b for b in found if b.related_type("devicegroup") in wanted]
    if zombie != non_zombie:
        found = [b for b in found if bool(b.related("devicegroup")) == non_zombie]
    session.output.table(found, BUILD_COLUMNS, names=names)


@command(build, "info", "A build.")
@build_identifier
async def info(session: Session, ident: str | None) -> None:
    async with session.api() as api:
        found = await build_or_project(api, ident)
    session.output.record(found, BUILD_FIELDS)


@command(build, "get", "Download a build's device and agent code.")
@build_identifier
@click.option("-x", "--device-file", default="device.nut", show_default=True)
@click.option("-y", "--agent-file", default="agent.nut", show_default=True)
@click.option("-i", "--device-only", is_flag=True)
@click.option("-j", "--agent-only", is_flag=True)
@confirm_option
async def get(
    session: Session,
    ident: str | None,
    device_file: str,
    agent_file: str,
    device_only: bool,
    agent_only: bool,
    confirmed: bool,
) -> None:
    async with session.api() as api:
        found = await build_or_project(api, ident)
    files = [(device_file, "device_code")] if not agent_only else []
    files += [(agent_file, "agent_code")] if not device_only else []
    existing = [name for name, _ in files if Path(name).exists()]
    if existing:
        ask(f"Overwrite {', '.join(existing)}?", confirmed)
    for name, attribute in files:
        Path(name).write_text(found.text(attribute), encoding="utf-8")
    session.output.done(
        f"Build {found.id} written to {', '.join(name for name, _ in files)}",
        {"data": dict(found.raw)},
    )


@command(build, "update", "Change a build's description, tags or flag.")
@build_identifier
@click.option("-s", "--descr", "description", help="The new description.")
@click.option("-t", "--tag", "tags", multiple=True, help="A tag to add; repeatable.")
@click.option("-r", "--remove-tag", "removed", multiple=True, help="A tag to remove; repeatable.")
@click.option("-f", "--flagged", type=bool, default=None, help="true or false.")
async def update(
    session: Session,
    ident: str | None,
    description: str | None,
    tags: tuple[str, ...],
    removed: tuple[str, ...],
    flagged: bool | None,
) -> None:
    async with session.api() as api:
        found = await build_or_project(api, ident)
        attributes: DeploymentUpdateAttributesDict = {}
        if description is not None:
            attributes["description"] = description
        if tags or removed:
            current = [t for t in (found.attr("tags") or []) if t not in removed]
            attributes["tags"] = current + [t for t in tags if t not in current]
        if flagged is not None:
            attributes["flagged"] = flagged
        if not attributes:
            raise click.UsageError("Nothing to change")
        updated = single(await api.deployments.update(found.id, attributes))
    session.output.done(f"Build {updated.id} updated", {"data": dict(updated.raw)})


@command(build, "delete", "Delete a build; --force unflags it first.")
@click.option("-b", "--build", "ident", required=True, metavar="BUILD")
@click.option("-f", "--force", is_flag=True, help="Unflag a flagged build first.")
@confirm_option
async def delete(session: Session, ident: str, force: bool, confirmed: bool) -> None:
    async with session.api() as api:
        found = await resolve.build(api, ident)
        ask(f"Delete build {found.id}?", confirmed)
        if found.attr("flagged") and force:
            await api.deployments.update(found.id, {"flagged": False})
        await api.deployments.delete(found.id)
    session.output.done(f"Build {found.id} deleted", {"data": {"id": found.id, "deleted": True}})


@command(
    build,
    "cleanup",
    "Delete zombie builds: those left without a device group (the service kept a deleted "
    "group's builds until April 2024).",
)
@click.option(
    "-p",
    "--product",
    "product_ident",
    metavar="PRODUCT",
    help="Only this product's (default: every zombie build you own).",
)
@click.option("-u", "--unflag", is_flag=True, help="Also flagged ones (unflagged, then deleted).")
@confirm_option
async def cleanup(
    session: Session, product_ident: str | None, unflag: bool, confirmed: bool
) -> None:
    async with session.api() as api:
        filters: dict[str, Any] = (
            {Deployments.FILTER_PRODUCT_ID: (await resolve.product(api, product_ident)).id}
            if product_ident
            else {Deployments.FILTER_OWNER_ID: (await resolve.account(api, "me")).id}
        )
        if not unflag:
            filters[Deployments.FILTER_FLAGGED] = False
        listing = await resolve.collect(api.deployments.list_all(filters))
        zombies = [b for b in listing if not b.related("devicegroup")]
        if zombies:
            count = sum(1 for b in zombies if b.attr("flagged"))
            also = f", {count} of them flagged" if count else ""
            ask(f"Delete {len(zombies)} zombie build(s){also}?", confirmed)
            await delete_builds(session, api, zombies)
    session.output.done(
        f"{len(zombies)} zombie build(s) deleted" if zombies else "No zombie builds to delete",
        {"data": [dict(b.raw) for b in zombies]},
    )
