"""Spec drift on purpose (``--drift``): JSON responses that deviate from the OpenAPI description.

A contract run (``python -m impcentral.contract``) must notice when the service stops matching
the description. With drift on, every ``/v5`` JSON document is rewritten on its way out, the
way a changed service would answer:

- a product's ``created_at`` is an empty string, not a timestamp;
- a device group's ``type`` is a subtype the description does not know;
- a device's ``mac_address`` is sent as ``macAddress``.

Everything else (statuses, headers, error documents, log streams) is left as it was. A drifting
emulator also starts with one product and one development device group (:func:`seed`), so that a
read-only run, which creates nothing, meets every deviation.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

if TYPE_CHECKING:
    from impcentral.emulator.state import Store

UNKNOWN_DEVICE_GROUP_TYPE = "experimental_devicegroup"
_JSON_MEDIA_TYPES = (b"application/json", b"application/vnd.api+json")


def seed(store: Store, now: float) -> None:
    """A product and a development device group owned by the account, to be read drifted."""
    from impcentral.emulator.state import DeviceGroup, Product

    owner = store.account.id
    product = Product(store.ids.uuid(), "drift", "", owner, owner, now, now)
    store.products[product.id] = product
    group = DeviceGroup(
        store.ids.uuid(), "development_devicegroup", "drift", "", product.id, owner, owner, now, now
    )
    store.devicegroups[group.id] = group


def drift_resource(resource: Any) -> None:
    """Apply the three deviations to one JSON:API resource object, in place."""
    if not isinstance(resource, dict):
        return
    kind = resource.get("type")
    attributes = resource.get("attributes")
    if kind == "product" and isinstance(attributes, dict) and "created_at" in attributes:
        attributes["created_at"] = ""
    elif isinstance(kind, str) and kind.endswith("_devicegroup"):
        resource["type"] = UNKNOWN_DEVICE_GROUP_TYPE
    elif kind == "device" and isinstance(attributes, dict) and "mac_address" in attributes:
        attributes["macAddress"] = attributes.pop("mac_address")


def drift_document(body: bytes) -> bytes:
    """The document with its primary data drifted; bodies that are not JSON:API pass unchanged."""
    try:
        doc = json.loads(body)
    except ValueError:
        return body
    data = doc.get("data") if isinstance(doc, dict) else None
    for resource in data if isinstance(data, list) else [data]:
        drift_resource(resource)
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


def _is_json(start: Message) -> bool:
    for name, value in start.get("headers", ()):
        if name.lower() == b"content-type":
            return bytes(value).split(b";", 1)[0].strip().lower() in _JSON_MEDIA_TYPES
    return False


class DriftMiddleware:
    """Buffers JSON responses of ``app`` and sends them drifted; streams pass through untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        chunks: list[bytes] = []

        async def send_drifted(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start" and _is_json(message):
                start = message
                return
            if message["type"] != "http.response.body" or start is None:
                await send(message)
                return
            chunks.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            body = drift_document(b"".join(chunks))
            headers = [
                (k, v) for k, v in start.get("headers", ()) if k.lower() != b"content-length"
            ]
            headers.append((b"content-length", str(len(body)).encode()))
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": body})

        await self.app(scope, receive, send_drifted)


def with_drift(app: ASGIApp, enabled: bool) -> ASGIApp:
    """``app`` wrapped in :class:`DriftMiddleware` when ``enabled``, else ``app`` itself."""
    return DriftMiddleware(app) if enabled else app
