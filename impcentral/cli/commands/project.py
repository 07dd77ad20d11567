"""``project create|link|info|update|delete``: bind the current directory to a device group."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from impcentral import AsyncImpCentralApi, DeviceGroups

from .. import _resolve as resolve
from .._app import ask, cli, command, confirm_option
from .._config import Project
from .._fields import Model, Resource, single
from .._session import Session

if TYPE_CHECKING:  # the generated models load only where they are used
    from impcentral.models import DeviceGroupCreateAttributesDict, DeviceGroupUpdateAttributesDict


@cli.group()
def project() -> None:
    """The directory's project: the device group that `build run` and `log stream` use."""


DEVICE_FILE_HELP = "The device source file (created empty if absent)."
AGENT_FILE_HELP = "The agent source file (created empty if absent)."
device_file_option = click.option(
    "-x", "--device-file", default="device.nut", show_default=True, help=DEVICE_FILE_HELP
)
agent_file_option = click.option(
    "-y", "--agent-file", default="agent.nut", show_default=True, help=AGENT_FILE_HELP
)


def _project_fields(linked: Project) -> list[tuple[str, Any]]:
    return [
        ("Project file", str(Project.path())),
        ("Device group", lambda g: g.id),
        ("Name", lambda g: g.attr("name")),
        ("Description", lambda g: g.attr("description")),
        ("Type", lambda g: resolve.group_type_name(g.type)),
        ("Product", lambda g: g.related("product")),
        ("Production target", lambda g: g.related("production_target")),
        ("DUT target", lambda g: g.related("dut_target")),
        ("Device file", linked.device_file),
        ("Agent file", linked.agent_file),
    ]


def _linked() -> Project:
    linked = Project.load()
    if linked is None:
        raise click.ClickException(
            "This directory is not linked: impcentral project link DEVICE_GROUP"
        )
    return linked


def _ask_to_replace(confirmed: bool) -> None:
    if Project.path().exists():
        ask(f"Replace the project in {Project.path()}?", confirmed)


def _save_and_show(session: Session, group: Resource, linked: Project, text: str) -> None:
    """Write the project file (and empty source files where there are none), then show it
    as ``project info`` does."""
    for name in (linked.device_file, linked.agent_file):
        Path(name).touch(exist_ok=True)
    linked.save()
    session.output.note(text)
    session.output.record(group, _project_fields(linked))


async def _found_or_created(
    find: Callable[[], Awaitable[Resource]], create: Callable[[], Awaitable[Model]] | None
) -> Resource:
    """The entity ``find`` names; if there is none, the one ``create`` makes (when given)."""
    try:
        return await find()
    except resolve.NotFoundInAccountError:
        if create is None:
            raise
        return single(await create())


async def _target(
    api: AsyncImpCentralApi, product_id: str, ident: str | None, kind: str, create: bool
) -> dict[str, str] | None:
    """A pre-factory group's target: a group of ``kind`` in the product, created (named
    ``ident``) when ``create`` and absent."""
    if ident is None:
        return None
    group = await _found_or_created(
        lambda: resolve.device_group(api, ident, product_id),
        (lambda: api.device_groups.create(product_id, kind, {"name": ident})) if create else None,
    )
    if group.type != kind:
        raise click.ClickException(
            f'Device group "{ident}" is a {resolve.group_type_name(group.type)} group, '
            f"not {resolve.group_type_name(kind)}"
        )
    return {"type": group.type, "id": group.id}


@command(
    project, "create", "Create a development (or pre-factory) device group and link this directory."
)
@click.option(
    "-p", "--product", "product_ident", required=True, metavar="PRODUCT", help="id or name."
)
@click.option(
    "-c", "--create-product", is_flag=True, help="Create the product, named --product, if absent."
)
@click.option("-n", "--name", required=True, help="The device group's name.")
@click.option("-s", "--descr", "description", help="The device group's description.")
@device_file_option
@agent_file_option
@click.option(
    "-f",
    "--pre-factory",
    is_flag=True,
    help="A pre-factory group (with --target and --dut), not a development one.",
)
@click.option("-t", "--target", metavar="DEVICE_GROUP", help="Its pre-production target.")
@click.option("-r", "--create-target", is_flag=True, help="Create the --target group if absent.")
@click.option("-u", "--dut", metavar="DEVICE_GROUP", help="Its pre-DUT target.")
@click.option("-w", "--create-dut", is_flag=True, help="Create the --dut group if absent.")
@confirm_option
async def create(
    session: Session,
    product_ident: str,
    create_product: bool,
    name: str,
    description: str | None,
    device_file: str,
    agent_file: str,
    pre_factory: bool,
    target: str | None,
    create_target: bool,
    dut: str | None,
    create_dut: bool,
    confirmed: bool,
) -> None:
    if (target or dut) and not pre_factory:
        raise click.UsageError("--target and --dut are for a --pre-factory group")
    if pre_factory and not (target and dut):
        raise click.UsageError("A --pre-factory group needs --target and --dut")
    _ask_to_replace(confirmed)
    async with session.api() as api:
        in_product = await _found_or_created(
            lambda: resolve.product(api, product_ident),
            (lambda: api.products.create({"name": product_ident})) if create_product else None,
        )
        production_target = await _target(
            api, in_product.id, target, DeviceGroups.TYPE_PRE_PRODUCTION, create_target
        )
        dut_target = await _target(api, in_product.id, dut, DeviceGroups.TYPE_PRE_DUT, create_dut)
        kind = (
            DeviceGroups.TYPE_PRE_FACTORY_FIXTURE if pre_factory else DeviceGroups.TYPE_DEVELOPMENT
        )
        attributes: DeviceGroupCreateAttributesDict = {"name": name}
        if description:
            attributes["description"] = description
        group = single(
            await api.device_groups.create(
                in_product.id, kind, attributes, production_target, dut_target
            )
        )
    _save_and_show(
        session,
        group,
        Project(group.id, in_product.id, device_file, agent_file),
        f'Project created: device group "{name}" ({group.id}) '
        f'in product "{in_product.text("name")}"',
    )


@command(project, "link", "Link this directory to a device group (creating empty source files).")
@click.argument("dg_argument", metavar="[DEVICE_GROUP]", required=False)
@click.option("-g", "--dg", "dg_option", metavar="DEVICE_GROUP", help="id or name.")
@device_file_option
@agent_file_option
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
    _ask_to_replace(confirmed)
    async with session.api() as api:
        group = await resolve.device_group(api, ident)
    _save_and_show(
        session,
        group,
        Project(group.id, group.related("product"), device_file, agent_file),
        f'{Path.cwd()} linked to device group "{group.text("name")}" ({group.id})',
    )


@command(project, "info", "The device group this directory is linked to.")
async def info(session: Session) -> None:
    linked = _linked()
    async with session.api() as api:
        group = await resolve.device_group(api, linked.device_group_id)
    session.output.record(group, _project_fields(linked))


@command(project, "update", "Change the linked device group or the project's source files.")
@click.option("-n", "--name", help="The device group's new name.")
@click.option("-s", "--descr", "description", help="The device group's new description.")
@click.option("-x", "--device-file", help=DEVICE_FILE_HELP)
@click.option("-y", "--agent-file", help=AGENT_FILE_HELP)
@click.option(
    "-t", "--target", metavar="DEVICE_GROUP", help="New pre-production target (pre-factory)."
)
@click.option("-u", "--dut", metavar="DEVICE_GROUP", help="New pre-DUT target (pre-factory).")
async def update(
    session: Session,
    name: str | None,
    description: str | None,
    device_file: str | None,
    agent_file: str | None,
    target: str | None,
    dut: str | None,
) -> None:
    linked = _linked()
    attributes: DeviceGroupUpdateAttributesDict = {}
    if name is not None:
        attributes["name"] = name
    if description is not None:
        attributes["description"] = description
    if not (attributes or target or dut or device_file or agent_file):
        raise click.UsageError("Nothing to change")
    async with session.api() as api:
        group = await resolve.device_group(api, linked.device_group_id)
        if (target or dut) and group.type != DeviceGroups.TYPE_PRE_FACTORY_FIXTURE:
            raise click.ClickException(
                "--target and --dut are for a pre-factory group; this one is "
                f"{resolve.group_type_name(group.type)}"
            )
        product_id = group.related("product") or ""
        production_target = await _target(
            api, product_id, target, DeviceGroups.TYPE_PRE_PRODUCTION, create=False
        )
        dut_target = await _target(api, product_id, dut, DeviceGroups.TYPE_PRE_DUT, create=False)
        if attributes or production_target or dut_target:
            group = single(
                await api.device_groups.update(
                    group.id, group.type, attributes or None, production_target, dut_target
                )
            )
    _save_and_show(
        session,
        group,
        Project(
            group.id,
            group.related("product"),
            device_file or linked.device_file,
            agent_file or linked.agent_file,
        ),
        f'Project updated: device group "{group.text("name")}" ({group.id})',
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
