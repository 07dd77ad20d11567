"""Log-stream routes: create, the SSE stream itself, and device subscriptions."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from impcentral.emulator.auth import authenticate
from impcentral.emulator.errors import INVALID_PARAMETER, ApiError, not_found
from impcentral.emulator.jsonapi import api_base, document, no_content
from impcentral.emulator.logstreams import LogStream, serve_stream
from impcentral.emulator.resources.records import owned, owned_device
from impcentral.emulator.routing import route
from impcentral.emulator.state import Device

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

FORMATS = ("text", "json")


def render_stream(stream: LogStream, base: str) -> dict[str, Any]:
    url = f"{base}/logstream/{stream.id}"
    return {
        "type": "logstream",
        "id": stream.id,
        "links": {"self": url},
        "attributes": {"url": url},
    }


async def create_log_stream(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    stream = emu.hub.create(emu.store.ids.uuid(), account.id)
    return document({"data": render_stream(stream, api_base(request))})


def _subscription(emu: Emulator, request: Request) -> tuple[LogStream, Device]:
    """The caller's stream and device named in the URL."""
    account = authenticate(emu, request)
    stream = owned(emu.hub.streams, request.path_params["log_stream_id"], account, "log stream")
    return stream, owned_device(emu.store, request.path_params["device_id"], account)


async def add_device_to_log_stream(emu: Emulator, request: Request) -> Response:
    stream, device = _subscription(emu, request)
    emu.hub.subscribe(stream, device.id)
    return no_content()


async def remove_device_from_log_stream(emu: Emulator, request: Request) -> Response:
    stream, device = _subscription(emu, request)
    if not emu.hub.unsubscribe(stream, device.id):
        raise not_found("device subscription", request.path_params["device_id"])
    return no_content()


def routes(emu: Emulator) -> list[Route]:
    return [
        route(emu, "/logstream", POST=create_log_stream),
        Route("/logstream/{log_stream_id}", StreamEndpoint(emu), methods=["GET"]),
        route(
            emu,
            "/logstream/{log_stream_id}/{device_id}",
            PUT=add_device_to_log_stream,
            DELETE=remove_device_from_log_stream,
        ),
    ]


class StreamEndpoint:
    """``GET /logstream/{id}``: no Authorization needed, the stream URL is the capability."""

    def __init__(self, emu: Emulator) -> None:
        self.emu = emu

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        request = Request(scope, receive)
        stream = self.emu.hub.streams.get(request.path_params["log_stream_id"])
        fmt = request.query_params.get("format", "text")
        if stream is None:
            error: ApiError = not_found("log stream", request.path_params["log_stream_id"])
        elif fmt not in FORMATS:
            error = ApiError(
                400, INVALID_PARAMETER, "'format' must be text or json.", title="Invalid Parameter"
            )
        else:
            await serve_stream(
                stream,
                fmt,
                self.emu.config.keepalive_interval,
                lambda: self.emu.faults,
                scope,
                receive,
                send,
            )
            return
        response = document(error.document(), status=error.status)
        await response(scope, receive, send)
