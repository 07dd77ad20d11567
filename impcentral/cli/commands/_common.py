"""Options and look-ups several command groups share."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any

import click

from impcentral import AsyncImpCentralApi

from .. import _resolve as resolve
from .._config import Project
from .._fields import Resource
from .._output import Output

owner_filter = click.option(
    "-o",
    "--owner",
    "owners",
    multiple=True,
    metavar="ACCOUNT",
    help="Only those owned by this account (me, id, email or username); repeatable.",
)
product_filter = click.option(
    "-p",
    "--product",
    "products",
    multiple=True,
    metavar="PRODUCT",
    help="Only those of this product; repeatable.",
)
dg_filter = click.option(
    "-g",
    "--dg",
    "dgs",
    multiple=True,
    metavar="DEVICE_GROUP",
    help="Only those of this device group; repeatable.",
)
dg_type_filter = click.option(
    "-y",
    "--dg-type",
    "dg_types",
    multiple=True,
    type=click.Choice(list(resolve.GROUP_TYPES)),
    help="Only those of device groups of this type; repeatable.",
)


def project() -> Project | None:
    return Project.load()


def group_ident(ident: str | None) -> str:
    """``--dg``, else the id of the device group this directory is linked to."""
    if ident:
        return ident
    linked = project()
    if linked is None:
        raise click.UsageError(
            "Missing option --dg (or link this directory: impcentral project link DEVICE_GROUP)"
        )
    return linked.device_group_id


async def group_or_project(api: AsyncImpCentralApi, ident: str | None) -> Resource:
    """``--dg``, else the device group this directory is linked to."""
    return await resolve.device_group(api, group_ident(ident))


async def product_or_project(api: AsyncImpCentralApi, ident: str | None) -> Resource:
    """``--product``, else the product of the device group this directory is linked to."""
    if ident:
        return await resolve.product(api, ident)
    linked = project()
    if linked is None:
        raise click.UsageError("Missing option --product (or run it in a linked directory)")
    group = await resolve.device_group(api, linked.device_group_id)
    return await resolve.product(api, group.related("product") or "")


def filter_sets(choices: Sequence[tuple[str, Sequence[str]]]) -> list[dict[str, str]]:
    """impt's filters: values of one option are OR-ed, different options AND-ed. Returns one
    API filter per combination (their listings are merged)."""
    options: list[list[tuple[str, str]]] = []
    for key, values in choices:
        if values:
            options.append([(key, value) for value in dict.fromkeys(values)])
    return [dict(combination) for combination in itertools.product(*options)]


async def list_filtered(
    list_all: Callable[[dict[str, str] | None], AsyncIterator[Any]],
    choices: Sequence[tuple[str, Sequence[str]]],
) -> list[Resource]:
    """Every entity matching impt-style filters: one listing per combination of filter values,
    all at once, merged so each entity appears once, in the order first seen."""
    combinations = filter_sets(choices)
    listings = await asyncio.gather(
        *(resolve.collect(list_all(filters or None)) for filters in combinations)
    )
    seen: dict[str, Resource] = {}
    for listing in listings:
        for item in listing:
            seen.setdefault(item.id, item)
    return list(seen.values())


async def _names(listing: AsyncIterator[Any]) -> dict[str, str]:
    return {item.id: item.text("name") or item.id for item in await resolve.collect(listing)}


async def product_names(output: Output, api: AsyncImpCentralApi) -> dict[str, str]:
    """Product names by id, for tables (output for scripts shows no names)."""
    return await _names(api.products.list_all()) if output.for_people else {}


async def group_names(output: Output, api: AsyncImpCentralApi) -> dict[str, str]:
    """Device group names by id, for tables."""
    return await _names(api.device_groups.list_all()) if output.for_people else {}


def when(value: Any) -> str:
    """A timestamp as shown in tables: to the second, without the zone suffix."""
    text = "" if value is None else str(value)
    return text.replace("T", " ").split(".")[0].removesuffix("Z")
