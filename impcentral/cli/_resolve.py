"""impt's entity identification: an argument may be an id or another attribute of the entity.

Attributes are tried in impt's order and the first attribute that matches anything decides;
more than one match is refused with the candidates listed. An id is tried with one ``GET``
(for devices that also accepts a MAC address or an agent id); the other attributes are matched
against a listing. Products and device groups also take impt's hierarchical form,
``{account}{product}`` and ``{account}{product}{device group}``.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Sequence
from typing import Any, TypeVar

import click

from impcentral import (
    AsyncImpCentralApi,
    BadRequestError,
    Deployments,
    DeviceGroups,
    Devices,
    InvalidDataError,
    NotFoundError,
    Products,
)

from ._bulk import pages
from ._fields import Model, Resource, has_next, listed, resource, single

# impt's names for the device group types.
GROUP_TYPES = {
    "development": DeviceGroups.TYPE_DEVELOPMENT,
    "pre-factory": DeviceGroups.TYPE_PRE_FACTORY_FIXTURE,
    "pre-dut": DeviceGroups.TYPE_PRE_DUT,
    "pre-production": DeviceGroups.TYPE_PRE_PRODUCTION,
    "factory": DeviceGroups.TYPE_FACTORY_FIXTURE,
    "dut": DeviceGroups.TYPE_DUT,
    "production": DeviceGroups.TYPE_PRODUCTION,
}
GROUP_TYPE_NAMES = {api: name for name, api in GROUP_TYPES.items()}
# The largest page the service serves.
PAGE_SIZE = 100
# Up to this many devices are looked up one GET each; more are found in one listing.
_FEW_DEVICES = 3
_HIERARCHY = re.compile(r"^\{(.+?)\}\{(.+?)\}(?:\{(.+?)\})?$")
# The form of product, device group and deployment ids.
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.IGNORECASE)
T = TypeVar("T")


class NotFoundInAccountError(click.ClickException):
    def __init__(self, kind: str, ident: str) -> None:
        super().__init__(f'{kind} "{ident}" not found')


class AmbiguousError(click.ClickException):
    def __init__(self, kind: str, ident: str, candidates: Sequence[str]) -> None:
        listed = "; ".join(candidates)
        super().__init__(f'{kind} "{ident}" is ambiguous, {len(candidates)} match: {listed}')


def group_type_name(api_type: str) -> str:
    return GROUP_TYPE_NAMES.get(api_type, api_type)


async def collect(items: AsyncIterator[Model]) -> list[Resource]:
    return [resource(item) async for item in items]


async def _get(fetch: Callable[[], Awaitable[Model]]) -> Resource | None:
    """The entity, or ``None`` when the value is not an id the service knows."""
    try:
        return single(await fetch())
    except (NotFoundError, BadRequestError, InvalidDataError):
        return None


def _decide(
    kind: str, ident: str, matches: list[Resource], describe: Callable[[Resource], str]
) -> Resource | None:
    if len(matches) > 1:
        raise AmbiguousError(kind, ident, [describe(match) for match in matches])
    return matches[0] if matches else None


def _pick(
    kind: str,
    ident: str,
    items: Sequence[Resource],
    attributes: Iterable[Callable[[Resource], Any]],
    describe: Callable[[Resource], str],
) -> Resource:
    for value_of in attributes:
        matches = [item for item in items if value_of(item) == ident]
        found = _decide(kind, ident, matches, describe)
        if found is not None:
            return found
    raise NotFoundInAccountError(kind, ident)


def _named(item: Resource) -> str:
    name = item.text("name")
    return f'{item.id} ("{name}")' if name else item.id


async def account(api: AsyncImpCentralApi, ident: str) -> Resource:
    """``me``, an account id, an email or a username."""
    if ident == "me":
        return single(await api.accounts.get("me"))
    found = await _get(lambda: api.accounts.get(ident))
    if found is not None:
        return found
    accounts = await collect(api.accounts.list_all())
    return _pick(
        "Account",
        ident,
        accounts,
        [lambda a: a.attr("email"), lambda a: a.attr("username")],
        lambda a: f"{a.id} ({a.text('username')})",
    )


async def account_ids(api: AsyncImpCentralApi, idents: Sequence[str]) -> list[str]:
    return [found.id for found in await asyncio.gather(*(account(api, i) for i in idents))]


async def product(api: AsyncImpCentralApi, ident: str, owner_id: str | None = None) -> Resource:
    """A product id or name (names are unique per owner)."""
    hierarchy = _HIERARCHY.match(ident)
    if hierarchy and hierarchy.group(3) is None:
        owner = await account(api, hierarchy.group(1))
        return await product(api, hierarchy.group(2), owner.id)
    found = await _get(lambda: api.products.get(ident))
    if found is not None and (owner_id is None or found.related("owner") == owner_id):
        return found
    filters = {Products.FILTER_OWNER_ID: owner_id} if owner_id else None
    products = await collect(api.products.list_all(filters))
    return _pick(
        "Product",
        ident,
        products,
        [lambda p: p.attr("name")],
        lambda p: f"{_named(p)} owned by {p.related('owner')}",
    )


async def device_group(
    api: AsyncImpCentralApi, ident: str, product_id: str | None = None
) -> Resource:
    """A device group id or name (names are unique within a product)."""
    hierarchy = _HIERARCHY.match(ident)
    if hierarchy and hierarchy.group(3) is not None:
        owner = await account(api, hierarchy.group(1))
        in_product = await product(api, hierarchy.group(2), owner.id)
        return await device_group(api, hierarchy.group(3), in_product.id)
    found = await _get(lambda: api.device_groups.get(ident))
    if found is not None and (product_id is None or found.related("product") == product_id):
        return found
    filters = {DeviceGroups.FILTER_PRODUCT_ID: product_id} if product_id else None
    groups = await collect(api.device_groups.list_all(filters))
    return _pick(
        "Device group",
        ident,
        groups,
        [lambda g: g.attr("name")],
        lambda g: f"{_named(g)} in product {g.related('product')}",
    )


async def device_group_and(
    api: AsyncImpCentralApi, ident: str, action: Callable[[str], Awaitable[T]]
) -> tuple[Resource, T]:
    """The device group ``ident`` names, and what ``action`` gives for its id.

    An identifier is tried as an id first, so when it has an id's form (a UUID) the action
    starts at once, alongside the lookup, and the command saves a round trip. Should the
    lookup find a group of that name instead, the early action has failed on an unknown id and
    the action runs on the group found.
    """
    if not _UUID.match(ident):
        group = await device_group(api, ident)
        return group, await action(group.id)
    early = asyncio.ensure_future(action(ident))
    try:
        group = await device_group(api, ident)
    except BaseException:
        await _drop(early)
        raise
    if group.id == ident:
        return group, await early
    await _drop(early)
    return group, await action(group.id)


async def _drop(task: asyncio.Future[Any]) -> None:
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


def _mac(value: Any) -> str:
    return re.sub(r"[^0-9a-f]", "", str(value or "").lower())


async def device(api: AsyncImpCentralApi, ident: str) -> Resource:
    """A device id, MAC address, agent id or name."""
    found = await _get(lambda: api.devices.get(ident))
    if found is not None:
        return found
    return _pick_device(ident, await all_devices(api))


async def devices(api: AsyncImpCentralApi, idents: Sequence[str]) -> list[Resource]:
    """Several devices, each once: a ``GET`` each for a few, one listing for many."""
    if len(idents) <= _FEW_DEVICES:
        found = await asyncio.gather(*(device(api, ident) for ident in idents))
    else:
        listing = await all_devices(api)
        found = [_pick_device(ident, listing) for ident in idents]
    return list({d.id: d for d in found}.values())


async def all_devices(
    api: AsyncImpCentralApi,
    filters: dict[str, str] | None = None,
    on_page: Callable[[int], object] = lambda count: None,
) -> list[Resource]:
    """Every device (matching ``filters``), their pages asked for together; ``on_page`` gets
    each page's length."""

    async def page(number: int) -> tuple[list[Resource], bool]:
        found = await api.devices.list(filters, number, PAGE_SIZE)
        return listed(found), has_next(found)

    found = await pages(page, PAGE_SIZE, on_page)
    return list({d.id: d for d in found}.values())


def _pick_device(ident: str, listing: Sequence[Resource]) -> Resource:
    mac = _mac(ident)
    return _pick(
        "Device",
        ident,
        listing,
        [
            lambda d: d.id,
            lambda d: ident if mac and _mac(d.attr("mac_address")) == mac else None,
            lambda d: d.attr("agent_id"),
            lambda d: d.attr("name"),
        ],
        _named,
    )


def _build_named(build: Resource) -> str:
    return f"{build.id} (sha {build.text('sha')[:12]})"


async def build(api: AsyncImpCentralApi, ident: str) -> Resource:
    """A deployment id, SHA, tag or origin."""
    found = await _get(lambda: api.deployments.get(ident))
    if found is not None:
        return found
    for key in (Deployments.FILTER_SHA, Deployments.FILTER_TAGS):
        matches = await collect(api.deployments.list_all({key: ident}))
        chosen = _decide("Build", ident, matches, _build_named)
        if chosen is not None:
            return chosen
    builds = await collect(api.deployments.list_all())
    return _pick("Build", ident, builds, [lambda b: b.attr("origin")], _build_named)


async def latest_build(api: AsyncImpCentralApi, group: Resource) -> Resource:
    """The group's current deployment, else its newest one."""
    current = group.related("current_deployment")
    if current:
        return single(await api.deployments.get(current))
    builds = await collect(api.deployments.list_all({Deployments.FILTER_DEVICE_GROUP_ID: group.id}))
    if not builds:
        raise click.ClickException(f'Device group "{group.text("name")}" has no builds')
    return max(builds, key=lambda b: b.text("created_at"))


async def group_devices(
    api: AsyncImpCentralApi, group_id: str, on_page: Callable[[int], object] = lambda count: None
) -> list[Resource]:
    return await all_devices(api, {Devices.FILTER_DEVICE_GROUP_ID: group_id}, on_page)
