"""The requests of a log stream, described like every other call, and the one hook into the client.

Creating a stream and adding or removing a device are `Operation`s of the generated modules, run
by the client's `_send` as resource methods are. The event stream, `GET /logstream/{id}` (left
out of the generated code: it is no JSON call), is an `Operation` too; `send_stream` /
`asend_stream` send it, and are the only code of the log streams that knows how the client
sends a streaming request.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar
from urllib.parse import quote

import httpx
from impcentral_generated.api.log_streams import (
    add_device_to_log_stream,
    create_log_stream,
    remove_device_from_log_stream,
)
from impcentral_generated.models import LogStreamDocument

from .._exceptions import APIResponseValidationError, api_error_from_response
from .._operation import Operation, call

T = TypeVar("T")

EVENT_STREAM = "text/event-stream"

# POST /logstream: the new stream's document.
CREATE: Operation[LogStreamDocument] = call(create_log_stream)


def subscribe(stream_id: str, device_id: str) -> Operation[None]:
    """PUT /logstream/{stream_id}/{device_id}."""
    return call(add_device_to_log_stream, stream_id, device_id)


def unsubscribe(stream_id: str, device_id: str) -> Operation[None]:
    """DELETE /logstream/{stream_id}/{device_id}."""
    return call(remove_device_from_log_stream, stream_id, device_id)


def created_id(document: LogStreamDocument) -> str:
    """The id of a created stream; a stream without one cannot be opened."""
    stream_id = document.data.id
    if not isinstance(stream_id, str) or not stream_id:
        raise APIResponseValidationError(
            "The log stream was created without an id", status_code=None, body=None
        )
    return stream_id


class _GetLogStream:
    """`GET /logstream/{log_stream_id}`, shaped as a generated operation module."""

    @staticmethod
    def request_kwargs(
        log_stream_id: str, *, format: str, last_event_id: str | None = None
    ) -> dict[str, Any]:
        headers = {"Accept": EVENT_STREAM, "Cache-Control": "no-cache"}
        if last_event_id is not None:
            headers["Last-Event-ID"] = last_event_id
        return {
            "method": "get",
            "url": f"/logstream/{quote(log_stream_id, safe='')}",
            "params": {"format": format},
            "headers": headers,
        }

    @staticmethod
    def parse(document: Any) -> None:
        """The events are read from the open stream, never as one document."""


_GET_LOG_STREAM = _GetLogStream()


def event_stream(stream_id: str, fmt: str, last_event_id: str | None) -> Operation[None]:
    """The event stream of `stream_id`, resumed after `last_event_id` if there is one."""
    return Operation(_GET_LOG_STREAM, (stream_id,), {"format": fmt, "last_event_id": last_event_id})


def check_stream_response(response: httpx.Response) -> None:
    """Raise unless `response` is an open event stream (the body of an error must be read)."""
    if not response.is_success:
        raise api_error_from_response(response)
    content_type = response.headers.get("content-type", "")
    if not content_type.startswith(EVENT_STREAM):
        raise APIResponseValidationError(
            f"Expected an event stream, got {content_type or 'no content type'!r}",
            status_code=response.status_code,
            body=None,
        )


# --- the hook into the client -------------------------------------------------------------------


class SyncApi(Protocol):
    """What a stream needs of `ImpCentralApi`."""

    _timeout: httpx.Timeout

    def _send(self, operation: Operation[T]) -> T: ...

    def _request(
        self, method: str, url: str, *, stream: bool = False, **options: Any
    ) -> httpx.Response: ...


class AsyncApi(Protocol):
    """What a stream needs of `AsyncImpCentralApi`."""

    _timeout: httpx.Timeout

    async def _send(self, operation: Operation[T]) -> T: ...

    async def _request(
        self, method: str, url: str, *, stream: bool = False, **options: Any
    ) -> httpx.Response: ...


def _timeout(client: httpx.Timeout, read: float) -> httpx.Timeout:
    return httpx.Timeout(connect=client.connect, read=read, write=client.write, pool=client.pool)


def send_stream(api: SyncApi, operation: Operation[None], read_timeout: float) -> httpx.Response:
    """Send `operation` through the client (auth, typed transport errors) with its body left to
    stream; the response comes back whatever its status."""
    timeout = _timeout(api._timeout, read_timeout)
    return api._request(**operation.request(), stream=True, timeout=timeout)


async def asend_stream(
    api: AsyncApi, operation: Operation[None], read_timeout: float
) -> httpx.Response:
    """`send_stream` for `AsyncImpCentralApi`."""
    timeout = _timeout(api._timeout, read_timeout)
    return await api._request(**operation.request(), stream=True, timeout=timeout)
