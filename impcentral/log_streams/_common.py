"""What the sync and async facades share: argument checks, request shapes, handler routing."""

from __future__ import annotations

import contextlib
import logging
import socket
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx

from .. import _validation as check
from .._exceptions import (
    APIResponseValidationError,
    ImpCentralError,
    InvalidDataError,
    api_error_from_response,
)
from ._events import (
    FORMAT_JSON,
    FORMAT_TEXT,
    LogMessage,
    LogStreamEvent,
    StateChange,
    UnparsedEvent,
)

logger = logging.getLogger("impcentral.log_streams")

FORMATS = (FORMAT_TEXT, FORMAT_JSON)
EVENT_STREAM = "text/event-stream"


class LogStreamHandlerError(ImpCentralError):
    """A handler raised while processing `event`; the original exception is `__cause__`.

    The stream carries on: one bad line must not stop the logs.
    """

    def __init__(self, handler: str, event: LogStreamEvent) -> None:
        super().__init__(f"{handler} raised while handling a log stream event")
        self.handler = handler
        self.event = event


class LogStreamClosed(ImpCentralError):
    """`receive()` on a stream that was closed: no more events will come."""

    def __init__(self) -> None:
        super().__init__("The log stream is closed")


class UnexpectedEventError(ImpCentralError):
    """The server sent an event the SDK could not read; `event` keeps it whole."""

    def __init__(self, event: UnparsedEvent) -> None:
        super().__init__(f"Unexpected log stream event: {event.reason}")
        self.event = event


# --- argument checks (messages as in the Node client) -------------------------------------------


def require_id(value: object, name: str) -> str:
    check.non_empty(value, name)
    if not isinstance(value, str):
        raise InvalidDataError(f'Wrong "{name}" parameter value: "{value}"')
    check.path_segment(value, name)
    return value


def check_create(message_handler: object, fmt: object) -> None:
    check.non_empty(message_handler, "messageHandler")
    if not callable(message_handler):
        raise InvalidDataError('Wrong "messageHandler" parameter value: a callable is required')
    check_format(fmt)


def check_format(fmt: object) -> None:
    check.one_of(fmt, FORMATS, "format")


def incorrect_id(log_stream_id: object) -> InvalidDataError:
    return InvalidDataError(f'Incorrect LogStream id: "{log_stream_id}"')


# --- request shapes ---------------------------------------------------------------------------


def stream_path(stream_id: str) -> str:
    return f"logstream/{quote(stream_id, safe='')}"


def device_path(stream_id: str, device_id: str) -> str:
    return f"logstream/{quote(stream_id, safe='')}/{quote(device_id, safe='')}"


def stream_headers(last_event_id: str | None) -> dict[str, str]:
    headers = {"Accept": EVENT_STREAM, "Cache-Control": "no-cache"}
    if last_event_id is not None:
        headers["Last-Event-ID"] = last_event_id
    return headers


def stream_timeout(client_timeout: httpx.Timeout, idle_timeout: float) -> httpx.Timeout:
    """The client's timeouts, with a read timeout that only backs up the idle watchdog."""
    return httpx.Timeout(
        connect=client_timeout.connect,
        read=2 * idle_timeout + 5,
        write=client_timeout.write,
        pool=client_timeout.pool,
    )


def created_stream_id(response: httpx.Response) -> str:
    """The id in a `POST /logstream` answer."""
    try:
        stream_id = response.json()["data"]["id"]
    except (ValueError, KeyError, TypeError):
        stream_id = None
    if not isinstance(stream_id, str) or not stream_id:
        raise APIResponseValidationError(
            "The log stream was created without an id",
            status_code=response.status_code,
            body=response.text,
        )
    return stream_id


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


def cut(response: httpx.Response) -> None:
    """Make a read blocked on `response` return at once, from any thread or task.

    Closing a socket does not wake a thread blocked reading it; shutting it down does, and it
    works the same under asyncio. A transport that exposes no socket is left to the read
    timeout, which backs up the watchdog.
    """
    network_stream = response.extensions.get("network_stream")
    sock = network_stream.get_extra_info("socket") if network_stream is not None else None
    # A plain socket, or asyncio's / trio's wrapper of one: all can shut down.
    shutdown = getattr(sock, "shutdown", None)
    if shutdown is None:
        logger.debug("log stream: this transport's connection cannot be cut; waiting for it")
        return
    with contextlib.suppress(OSError):  # already down
        shutdown(socket.SHUT_RDWR)


# --- handlers ---------------------------------------------------------------------------------

# Handlers may return anything; on the async side an awaitable result is awaited.
MessageHandler = Callable[[LogMessage], object]
StateChangeHandler = Callable[[StateChange], object]
ErrorHandler = Callable[[BaseException], object]


class Handlers:
    """The parity API's callbacks, and where each event goes."""

    __slots__ = ("error", "message", "state_change")

    def __init__(
        self,
        message: MessageHandler,
        state_change: StateChangeHandler | None,
        error: ErrorHandler | None,
    ) -> None:
        self.message = message
        self.state_change = state_change
        self.error = error

    def route(self, event: LogStreamEvent) -> tuple[str, Callable[[Any], object] | None, Any]:
        """(handler name, handler, argument) for one event."""
        if isinstance(event, LogMessage):
            return "message_handler", self.message, event
        if isinstance(event, StateChange):
            return "state_change_handler", self.state_change, event
        return "error_handler", self.error, UnexpectedEventError(event)

    def report(self, error: BaseException) -> object:
        """Give `error` to the error handler (or the log); returns what the handler returned."""
        if self.error is None:
            logger.error("log stream: %s", error, exc_info=error)
            return None
        try:
            return self.error(error)
        except Exception:
            logger.exception("log stream: error_handler raised")
            return None
