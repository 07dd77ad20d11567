"""One deadline for a whole response, not only for each read.

httpx's timeouts bound each network operation: a server that sends a byte every few seconds
(slow-loris), or an endless body, keeps a request going forever. Every attempt therefore gets a
deadline of its ``connect`` plus ``read`` timeouts, counted from its start: waiting for the
status line and headers or reading the body past it raises ``httpx.ReadTimeout`` (retried like
any timeout, then ``APITimeoutError``).

The async client cancels the wait at the deadline. The blocking client cannot interrupt a
blocked socket read, so its own connections (``_network``) cut each socket operation's timeout to
what is left of the deadline in :data:`ATTEMPT_DEADLINE`, which is set around sending an
attempt and around each read of its body. An application's own ``httpx.Client`` has httpx's
connections, which never look at that: there the blocking client bounds the body between
chunks, and the wait for headers only by the per-read timeout.

Event streams are left alone: they are meant to stay open, and the log-stream consumer watches
them itself.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar

import anyio
import httpx

EXPIRED = "The response took longer than the timeout allows"

#: The deadline (``time.monotonic()``) of the blocking attempt running in this context, if any.
ATTEMPT_DEADLINE: ContextVar[float | None] = ContextVar("impcentral_attempt_deadline", default=None)
_EVENT_STREAM = "impcentral.event_stream"


def is_event_stream(request: httpx.Request) -> bool:
    """Whether ``request`` asks for an event stream. Several layers ask on every attempt, and
    reading a header from httpx is not cheap, so the answer is kept in the request's extensions.
    """
    known: bool | None = request.extensions.get(_EVENT_STREAM)
    if known is None:
        known = "text/event-stream" in request.headers.get("accept", "")
        request.extensions[_EVENT_STREAM] = known
    return known


def deadline_of(request: httpx.Request) -> float | None:
    """When an attempt of ``request`` starting now must be complete, or ``None`` (no limit)."""
    if is_event_stream(request):
        return None
    timeout = request.extensions.get("timeout") or {}
    connect, read = timeout.get("connect"), timeout.get("read")
    if connect is None or read is None:
        return None
    return time.monotonic() + float(connect) + float(read)


def expired(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout(EXPIRED, request=request)


class DeadlineStream(httpx.SyncByteStream):
    """A blocking response body read under its attempt's deadline: each read runs with
    :data:`ATTEMPT_DEADLINE` set, and a chunk that arrives after the deadline ends it."""

    def __init__(
        self, inner: httpx.SyncByteStream, request: httpx.Request, deadline: float
    ) -> None:
        self._inner = inner
        self._request = request
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        chunks = iter(self._inner)
        while True:
            token = ATTEMPT_DEADLINE.set(self._deadline)
            try:
                chunk = next(chunks, None)
            finally:
                ATTEMPT_DEADLINE.reset(token)
            if chunk is None:
                return
            if time.monotonic() > self._deadline:
                raise expired(self._request)
            yield chunk

    def close(self) -> None:
        self._inner.close()


class AsyncDeadlineStream(httpx.AsyncByteStream):
    def __init__(
        self, inner: httpx.AsyncByteStream, request: httpx.Request, deadline: float
    ) -> None:
        self._inner = inner
        self._request = request
        self._deadline = deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        iterator = self._inner.__aiter__()
        while True:
            remaining = self._deadline - time.monotonic()
            if remaining <= 0:
                raise expired(self._request)
            with anyio.move_on_after(remaining) as scope:
                try:
                    chunk = await iterator.__anext__()
                except StopAsyncIteration:
                    return
            if scope.cancelled_caught:
                raise expired(self._request)
            yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


def bounded(response: httpx.Response, request: httpx.Request, deadline: float | None) -> None:
    """Make reading ``response``'s body (from a blocking client) respect ``deadline``."""
    stream = response.stream
    # A body already in memory (httpx.ByteStream) needs no deadline.
    streaming = not isinstance(stream, httpx.ByteStream)
    if deadline is not None and streaming and isinstance(stream, httpx.SyncByteStream):
        response.stream = DeadlineStream(stream, request, deadline)


def async_bounded(response: httpx.Response, request: httpx.Request, deadline: float | None) -> None:
    """Make reading ``response``'s body (from an async client) respect ``deadline``."""
    stream = response.stream
    streaming = not isinstance(stream, httpx.ByteStream)
    if deadline is not None and streaming and isinstance(stream, httpx.AsyncByteStream):
        response.stream = AsyncDeadlineStream(stream, request, deadline)
