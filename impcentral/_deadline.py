"""One deadline for a whole response, not only for each read.

httpx's timeouts bound each network operation: a server that sends a byte every few seconds
(slow-loris), or an endless body, keeps a request going forever. Every attempt therefore gets a
deadline of its ``connect`` plus ``read`` timeouts, counted from its start: reading the body past
it raises ``httpx.ReadTimeout`` (retried like any timeout, then ``APITimeoutError``). The async
client also bounds the wait for the status line and headers; the blocking client can only check
between body chunks. Event streams are left alone: they are meant to stay open, and the
log-stream consumer watches them itself.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator

import anyio
import httpx


def deadline_of(request: httpx.Request) -> float | None:
    """When an attempt of ``request`` starting now must be complete, or ``None`` (no limit)."""
    if "text/event-stream" in request.headers.get("accept", ""):
        return None
    timeout = request.extensions.get("timeout") or {}
    connect, read = timeout.get("connect"), timeout.get("read")
    if connect is None or read is None:
        return None
    return time.monotonic() + float(connect) + float(read)


def expired(request: httpx.Request) -> httpx.ReadTimeout:
    return httpx.ReadTimeout("The response took longer than the timeout allows", request=request)


class DeadlineStream(httpx.SyncByteStream):
    def __init__(
        self, inner: httpx.SyncByteStream, request: httpx.Request, deadline: float
    ) -> None:
        self._inner = inner
        self._request = request
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
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
