"""``webhook list|info|create|update|delete``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from impcentral import AsyncImpCentralApi, DeviceGroups, Webhooks

from .. import _resolve as resolve
from .._app import ask, cli, command, confirm_option
from .._fields import Resource, single
from .._output import Related
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

if TYPE_CHECKING:  # the generated models load only where they are used
    from impcentral.models import (
        WebhookContentType,
        WebhookCreateAttributesDict,
        WebhookEvent,
        WebhookUpdateAttributesDict,
    )

MIME_TYPES: dict[str, WebhookContentType] = {
    "json": Webhooks.CONTENT_TYPE_JSON,
    "urlencoded": Webhooks.CONTENT_TYPE_WWW_FORM,
}
EVENT_NAMES: dict[str, WebhookEvent] = {
    event: event
    for event in (Webhooks.EVENT_BLESSING, Webhooks.EVENT_BLINKUP, Webhooks.EVENT_DEPLOYMENT)
}
EVENTS = tuple(EVENT_NAMES)
WEBHOOK_COLUMNS = [
    ("ID", lambda w: w.id),
    ("URL", lambda w: w.attr("url")),
    ("Event", lambda w: w.attr("event")),
    ("Content type", lambda w: w.attr("content_type")),
    ("Group", Related("devicegroup")),
]


@cli.group()
def webhook() -> None:
    """Webhooks of device groups."""


async def group_webhooks(api: AsyncImpCentralApi, group_id: str) -> list[Resource]:
    return await resolve.collect(api.webhooks.list_all({Webhooks.FILTER_DEVICE_GROUP_ID: group_id}))


@command(webhook, "list", "Webhooks, all or filtered.")
@owner_filter
@product_filter
@dg_filter
@dg_type_filter
@click.option("-u", "--url", "urls", multiple=True, help="Only webhooks to this URL.")
@click.option("-e", "--event", "events", multiple=True, type=click.Choice(EVENTS))
async def list_webhooks(
    session: Session,
    owners: tuple[str, ...],
    products: tuple[str, ...],
    dgs: tuple[str, ...],
    dg_types: tuple[str, ...],
    urls: tuple[str, ...],
    events: tuple[str, ...],
) -> None:
    async with session.api() as api:
        group_ids = [(await resolve.device_group(api, g)).id for g in dgs]
        if owners or products or dg_types:  # webhooks filter by group only: find the groups
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
            allowed = {g.id for g in groups}
            group_ids = [g for g in group_ids if g in allowed] if dgs else list(allowed)
            if not group_ids:
                session.output.table([], WEBHOOK_COLUMNS)
                return
        found = await list_filtered(
            api.webhooks.list_all, [(Webhooks.FILTER_DEVICE_GROUP_ID, group_ids)]
        )
        names = await group_names(session.output, api)
    if urls:
        found = [w for w in found if w.attr("url") in urls]
    if events:
        found = [w for w in found if w.attr("event") in events]
    session.output.table(found, WEBHOOK_COLUMNS, names=names)


@command(webhook, "info", "A webhook.")
@click.option("-w", "--wh", "webhook_id", required=True, help="The webhook id.")
async def info(session: Session, webhook_id: str) -> None:
    async with session.api() as api:
        found = single(await api.webhooks.get(webhook_id))
    session.output.record(found, WEBHOOK_COLUMNS)


@command(webhook, "create", "Create a webhook on a device group.")
@click.option(
    "-g",
    "--dg",
    "group_ident",
    metavar="DEVICE_GROUP",
    help="id or name (default: the linked directory's).",
)
@click.option("-u", "--url", required=True, help="Where to send the events.")
@click.option("-e", "--event", required=True, type=click.Choice(EVENTS))
@click.option("-m", "--mime", required=True, type=click.Choice(list(MIME_TYPES)))
async def create(
    session: Session, group_ident: str | None, url: str, event: str, mime: str
) -> None:
    async with session.api() as api:
        group = await group_or_project(api, group_ident)
        attributes: WebhookCreateAttributesDict = {
            "url": url,
            "event": EVENT_NAMES[event],
            "content_type": MIME_TYPES[mime],
        }
        created = single(await api.webhooks.create(group.id, group.type, attributes))
    session.output.done(f"Webhook {created.id} created", {"data": dict(created.raw)})


@command(webhook, "update", "Change a webhook's URL or content type.")
@click.option("-w", "--wh", "webhook_id", required=True, help="The webhook id.")
@click.option("-u", "--url", help="The new URL.")
@click.option("-m", "--mime", type=click.Choice(list(MIME_TYPES)))
async def update(session: Session, webhook_id: str, url: str | None, mime: str | None) -> None:
    attributes: WebhookUpdateAttributesDict = {}
    if url:
        attributes["url"] = url
    if mime:
        attributes["content_type"] = MIME_TYPES[mime]
    if not attributes:
        raise click.UsageError("Nothing to change: give --url or --mime")
    async with session.api() as api:
        updated = single(await api.webhooks.update(webhook_id, attributes))
    session.output.done(f"Webhook {updated.id} updated", {"data": dict(updated.raw)})


@command(webhook, "delete", "Delete a webhook.")
@click.option("-w", "--wh", "webhook_id", required=True, help="The webhook id.")
@confirm_option
async def delete(session: Session, webhook_id: str, confirmed: bool) -> None:
    ask(f"Delete webhook {webhook_id}?", confirmed)
    async with session.api() as api:
        await api.webhooks.delete(webhook_id)
    session.output.done(
        f"Webhook {webhook_id} deleted", {"data": {"id": webhook_id, "deleted": True}}
    )
