"""Admin routes, outside /v5 and never faulted, for test drivers in other processes:

GET   /_emulator/faults     current fault settings as JSON
PUT   /_emulator/faults     replace them: a JSON object, fields left out go back to off
PATCH /_emulator/faults     change only the fields given
      fields: latency (seconds), error_rate (0..1), error_statuses ([500, 502, 503]),
              drop_rate (0..1), sse_cut_after (events or null), sse_silence (bool)
POST  /_emulator/logstreams/{id}/close   close a log stream server-side (client gets "closed")
POST  /_emulator/devices/{device}/logs   make a device (id, MAC or agent id) log a line:
      {"msg": "...", "type": "server.log", "count": 1}, all optional
POST  /_emulator/devices/{device}/flood  202 at once, then the device logs "count" lines (up to
      10,000,000) as fast as its streams take them, pausing while a connected stream is behind:
      {"msg": "...", "type": "server.log", "count": 100000}; for throughput benchmarks
POST  /_emulator/reset      back to the start-up state: same seed, same ids, no streams, no faults
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from impcentral.emulator.config import Faults
from impcentral.emulator.errors import INVALID_ATTRIBUTE, bad_request, not_found
from impcentral.emulator.jsonapi import document, read_json
from impcentral.emulator.logstreams import MAX_PENDING_EVENTS
from impcentral.emulator.routing import route
from impcentral.emulator.state import Device

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

_JSON = "application/json"
MAX_EMIT_COUNT = 100_000
MAX_FLOOD_COUNT = 10_000_000
_FLOOD_BATCH = 1000


async def _object(request: Request) -> dict[str, Any]:
    body = await read_json(request, required=False, any_media_type=True)
    if body is None:
        return {}
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.")
    return body


#: Running floods, held so that they are not garbage-collected.
_floods: set[asyncio.Task[None]] = set()


def _faults_response(emu: Emulator) -> Response:
    return document(emu.faults.to_json(), media_type=_JSON)


def _apply(emu: Emulator, base: Faults, changes: dict[str, Any]) -> Response:
    try:
        emu.faults = base.updated(changes)
    except ValueError as exc:
        raise bad_request(str(exc), INVALID_ATTRIBUTE, "Invalid Fault") from None
    return _faults_response(emu)


async def get_faults(emu: Emulator, request: Request) -> Response:
    return _faults_response(emu)


async def put_faults(emu: Emulator, request: Request) -> Response:
    return _apply(emu, Faults(), await _object(request))


async def patch_faults(emu: Emulator, request: Request) -> Response:
    return _apply(emu, emu.faults, await _object(request))


async def close_log_stream(emu: Emulator, request: Request) -> Response:
    stream = emu.hub.streams.get(request.path_params["log_stream_id"])
    if stream is None:
        raise not_found("log stream", request.path_params["log_stream_id"])
    emu.hub.close(stream)
    return Response(status_code=204)


async def _log_request(
    emu: Emulator, request: Request, max_count: int
) -> tuple[Device, str, str, int]:
    ident = request.path_params["device_id"]
    device = emu.store.find_device(ident)
    if device is None:
        raise not_found("device", ident)
    body = await _object(request)
    msg = body.get("msg", body.get("message", "Hello from the emulator"))
    log_type = body.get("type", "server.log")
    count = body.get("count", 1)
    if not isinstance(msg, str) or not isinstance(log_type, str) or not log_type:
        raise bad_request("'msg' and 'type' must be strings.")
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= max_count:
        raise bad_request(f"'count' must be an integer from 1 to {max_count}.")
    return device, msg, log_type, count


async def emit_logs(emu: Emulator, request: Request) -> Response:
    device, msg, log_type, count = await _log_request(emu, request, MAX_EMIT_COUNT)
    entry = emu.simulator.emit(device, log_type, msg, count)
    return document(
        {"device_id": device.id, "emitted": count, "last_ts": entry.ts}, media_type=_JSON
    )


async def _flood(emu: Emulator, device: Device, msg: str, log_type: str, count: int) -> None:
    """Emit in batches; wait while a stream that has a reader holds half a buffer already
    (a stream nobody reads just drops its oldest events, as always)."""
    while count > 0:
        streams = emu.hub.by_device.get(device.id, {}).values()
        if any(
            s.connection is not None and len(s.pending) > MAX_PENDING_EVENTS // 2 for s in streams
        ):
            await asyncio.sleep(0.001)
            continue
        batch = min(count, _FLOOD_BATCH)
        emu.simulator.emit(device, log_type, msg, batch)
        count -= batch
        await asyncio.sleep(0)


async def start_flood(emu: Emulator, request: Request) -> Response:
    device, msg, log_type, count = await _log_request(emu, request, MAX_FLOOD_COUNT)
    task = asyncio.ensure_future(_flood(emu, device, msg, log_type, count))
    _floods.add(task)
    task.add_done_callback(_floods.discard)
    return document({"device_id": device.id, "count": count}, status=202, media_type=_JSON)


async def reset_emulator(emu: Emulator, request: Request) -> Response:
    emu.reset()
    return Response(status_code=204)


def routes(emu: Emulator) -> list[Route]:
    return [
        route(emu, "/_emulator/faults", GET=get_faults, PUT=put_faults, PATCH=patch_faults),
        route(emu, "/_emulator/logstreams/{log_stream_id}/close", POST=close_log_stream),
        route(emu, "/_emulator/devices/{device_id}/logs", POST=emit_logs),
        route(emu, "/_emulator/devices/{device_id}/flood", POST=start_flood),
        route(emu, "/_emulator/reset", POST=reset_emulator),
    ]
