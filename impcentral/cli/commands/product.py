"""``product list|info|create|update|delete``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from impcentral import Deployments, DeviceGroups, Products

from .. import _resolve as resolve
from .._app import ask, cli, command, confirm_option
from .._fields import single
from .._session import Session
from . import dg as _groups
from ._common import list_filtered, owner_filter, product_or_project, when

if TYPE_CHECKING:  # the generated models load only where they are used
    from impcentral.models import ProductCreateAttributesDict, ProductUpdateAttributesDict

PRODUCT_COLUMNS = [
    ("ID", lambda p: p.id),
    ("Name", lambda p: p.attr("name")),
    ("Description", lambda p: p.attr("description")),
    ("Owner", lambda p: p.related("owner")),
    ("Created", lambda p: when(p.attr("created_at"))),
]


@cli.group()
def product() -> None:
    """Products."""


product_identifier = click.option(
    "-p",
    "--product",
    "ident",
    metavar="PRODUCT",
    help="A product: id or name (default: the linked directory's).",
)


@command(product, "list", "Products, all or filtered by owner.")
@owner_filter
async def list_products(session: Session, owners: tuple[str, ...]) -> None:
    async with session.api() as api:
        owner_ids = await resolve.account_ids(api, owners)
        products = await list_filtered(
            api.products.list_all, [(Products.FILTER_OWNER_ID, owner_ids)]
        )
    session.output.table(products, PRODUCT_COLUMNS)


@command(product, "info", "A product, with its device groups when --full.")
@product_identifier
@click.option("-u", "--full", is_flag=True, help="Also list the product's device groups.")
async def info(session: Session, ident: str | None, full: bool) -> None:
    async with session.api() as api:
        found = await product_or_project(api, ident)
        groups = (
            await resolve.collect(
                api.device_groups.list_all({DeviceGroups.FILTER_PRODUCT_ID: found.id})
            )
            if full
            else []
        )
    session.output.record(found, [(h, f) for h, f in PRODUCT_COLUMNS])
    if full and session.output.for_people:
        session.output.table(groups, _groups.GROUP_COLUMNS, title="Device groups")


@command(product, "create", "Create a product.")
@click.option("-n", "--name", required=True, help="Unique among the owner's products.")
@click.option("-s", "--descr", "description", help="A description.")
@click.option("-o", "--owner", metavar="ACCOUNT", help="Create it in this account.")
async def create(session: Session, name: str, description: str | None, owner: str | None) -> None:
    attributes: ProductCreateAttributesDict = {"name": name}
    if description:
        attributes["description"] = description
    async with session.api() as api:
        owner_id = (await resolve.account(api, owner)).id if owner else None
        created = await api.products.create(attributes, owner_id)
    made = single(created)
    session.output.done(f'Product "{name}" created: {made.id}', {"data": dict(made.raw)})


@command(product, "update", "Rename a product or change its description.")
@product_identifier
@click.option("-n", "--name", help="The new name.")
@click.option("-s", "--descr", "description", help="The new description.")
async def update(
    session: Session, ident: str | None, name: str | None, description: str | None
) -> None:
    attributes: ProductUpdateAttributesDict = {}
    if name is not None:
        attributes["name"] = name
    if description is not None:
        attributes["description"] = description
    if not attributes:
        raise click.UsageError("Nothing to change: give --name or --descr")
    async with session.api() as api:
        found = await product_or_project(api, ident)
        updated = single(await api.products.update(found.id, attributes))
    session.output.done(f"Product {updated.id} updated", {"data": dict(updated.raw)})


@command(product, "delete", "Delete a product; --force first removes its device groups.")
@product_identifier
@click.option(
    "-f",
    "--force",
    is_flag=True,
    help="Unassign the devices, unflag the builds and delete every device group first.",
)
@click.option("-b", "--builds", is_flag=True, help="Also delete every build of the product.")
@confirm_option
async def delete(
    session: Session, ident: str | None, force: bool, builds: bool, confirmed: bool
) -> None:
    async with session.api() as api:
        found = await product_or_project(api, ident)
        groups = await resolve.collect(
            api.device_groups.list_all({DeviceGroups.FILTER_PRODUCT_ID: found.id})
        )
        if groups and not force:
            raise click.ClickException(
                f'Product "{found.text("name")}" has {len(groups)} device group(s): '
                "delete them first, or use --force"
            )
        what = f'product "{found.text("name")}" ({found.id})'
        if groups:
            what += f" with its {len(groups)} device group(s), their devices assigned no more"
        ask(f"Delete {what}?", confirmed)
        if groups:
            await _groups.delete_groups(session, api, groups)
        if builds:
            listing = api.deployments.list_all({Deployments.FILTER_PRODUCT_ID: found.id})
            await _groups.delete_builds(session, api, await resolve.collect(listing))
        await api.products.delete(found.id)
    session.output.done(f"Product {found.id} deleted", {"data": {"id": found.id, "deleted": True}})
