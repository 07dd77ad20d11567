"""Webhooks: a device group's blessing, BlinkUp and deployment notifications."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from impcentral.emulator.auth import authenticate
from impcentral.emulator.errors import (
    INVALID_ATTRIBUTE,
    INVALID_RELATIONSHIP,
    bad_request,
    conflict,
)
from impcentral.emulator.jsonapi import (
    CREATE_REQUIRED,
    UPDATE_MEMBERS,
    UPDATE_REQUIRED,
    api_base,
    check_id_matches,
    check_keys,
    document,
    invalid_attribute,
    linkage,
    no_content,
    page_of,
    parse_query,
    read_json,
    resource_input,
    string_attribute,
)
from impcentral.emulator.resources.records import linked_devicegroup, owned
from impcentral.emulator.routing import route
from impcentral.emulator.state import DEVICE_GROUP_TYPES, PRODUCTION_TYPES, Webhook, iso

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

EVENTS = ("blessing", "blinkup", "deployment")
CONTENT_TYPES = ("application/json", "application/x-www-form-urlencoded")
#: Blessing and BlinkUp happen only to production devices.
_PRODUCTION_EVENTS = ("blessing", "blinkup")
MAX_URL = 2048
#: An absolute http(s) URL with a host part and no whitespace.
_URL = re.compile(r"^https?://[^\s/?#]+[^\s]*$")


def render_webhook(emu: Emulator, webhook: Webhook, base: str) -> dict[str, Any]:
    relationships: dict[str, Any] = {"owner": {"type": "account", "id": webhook.owner_id}}
    group = emu.store.devicegroups.get(webhook.devicegroup_id)
    if group is not None:
        relationships["devicegroup"] = {"type": group.type, "id": group.id}
    return {
        "type": "webhook",
        "id": webhook.id,
        "links": {"self": f"{base}/webhooks/{webhook.id}"},
        "attributes": {
            "url": webhook.url,
            "event": webhook.event,
            "content_type": webhook.content_type,
            "created_at": iso(webhook.created_at),
            "updated_at": iso(webhook.updated_at),
        },
        "relationships": relationships,
    }


def url_attribute(attrs: dict[str, Any]) -> str | None:
    url = string_attribute(attrs, "url", max_length=MAX_URL)
    if url is not None and not _URL.match(url):
        raise bad_request("The provided URL is invalid.", INVALID_ATTRIBUTE, "Invalid URL")
    return url


def enum_attribute(attrs: dict[str, Any], key: str, values: tuple[str, ...]) -> str | None:
    value = string_attribute(attrs, key)
    if value is not None and value not in values:
        raise invalid_attribute(f"'{key}' must be one of: {', '.join(values)}.")
    return value


def _webhook(emu: Emulator, request: Request) -> Webhook:
    """The webhook in the URL, owned by the caller."""
    account = authenticate(emu, request)
    return owned(emu.store.webhooks, request.path_params["webhook_id"], account, "webhook")


async def list_webhooks(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    query = parse_query(request, ("filter[devicegroup.id]",))
    group_id = query.filters.get("filter[devicegroup.id]")
    base = api_base(request)
    items = (
        w
        for w in emu.store.webhooks.values()
        if w.owner_id == account.id and (group_id is None or w.devicegroup_id == group_id)
    )
    return page_of(request, query, items, lambda w: render_webhook(emu, w, base))


async def create_webhook(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    data = resource_input(await read_json(request), ("webhook",), required=CREATE_REQUIRED)
    check_keys(data.attributes, ("url", "event", "content_type"), "webhook attribute")
    check_keys(data.relationships, ("devicegroup",), "webhook relationship")
    url = url_attribute(data.attributes)
    event = enum_attribute(data.attributes, "event", EVENTS)
    content_type = enum_attribute(data.attributes, "content_type", CONTENT_TYPES)
    if url is None or event is None or content_type is None:
        raise invalid_attribute("'url', 'event' and 'content_type' are required.")
    link = linkage(data.relationships, "devicegroup", DEVICE_GROUP_TYPES, required=True)
    assert link is not None
    group = linked_devicegroup(emu.store, link, account)
    if event in _PRODUCTION_EVENTS and group.type not in PRODUCTION_TYPES:
        raise conflict(
            INVALID_RELATIONSHIP,
            "Invalid Relationship",
            f"'{event}' webhooks are for production and pre-production device groups only.",
        )
    now = time.time()
    webhook = Webhook(
        id=emu.store.ids.uuid(),
        devicegroup_id=group.id,
        owner_id=account.id,
        url=url,
        event=event,
        content_type=content_type,
        created_at=now,
        updated_at=now,
    )
    emu.store.webhooks[webhook.id] = webhook
    return document({"data": render_webhook(emu, webhook, api_base(request))}, status=201)


async def get_webhook(emu: Emulator, request: Request) -> Response:
    webhook = _webhook(emu, request)
    return document({"data": render_webhook(emu, webhook, api_base(request))})


async def update_webhook(emu: Emulator, request: Request) -> Response:
    webhook = _webhook(emu, request)
    data = resource_input(
        await read_json(request),
        ("webhook",),
        members=UPDATE_MEMBERS,
        required=UPDATE_REQUIRED,
    )
    check_id_matches(data.id, webhook.id)
    if "event" in data.attributes:
        raise invalid_attribute("'event' can only be set when the webhook is created.")
    check_keys(data.attributes, ("url", "content_type"), "webhook attribute")
    url = url_attribute(data.attributes)
    content_type = enum_attribute(data.attributes, "content_type", CONTENT_TYPES)
    if url is not None:
        webhook.url = url
    if content_type is not None:
        webhook.content_type = content_type
    webhook.updated_at = time.time()
    return document({"data": render_webhook(emu, webhook, api_base(request))})


async def delete_webhook(emu: Emulator, request: Request) -> Response:
    webhook = _webhook(emu, request)
    del emu.store.webhooks[webhook.id]
    return no_content()


def routes(emu: Emulator) -> list[Route]:
    return [
        route(emu, "/webhooks", GET=list_webhooks, POST=create_webhook),
        route(
            emu,
            "/webhooks/{webhook_id}",
            GET=get_webhook,
            PATCH=update_webhook,
            DELETE=delete_webhook,
        ),
    ]
