"""The SDK's own HTTP/1.1 connections and their pools, blocking and async twins: ``_http11``
reads and writes through httpcore's network streams (``_network``'s deadline-bound sockets for
the blocking client, ``_async_network``'s for the async one).

httpcore's pool re-examines every connection it holds several times per request; these pools
look only at the idle connections of the request's origin, the most recently used first. The
number of connections follows the requests in flight: the async client caps those
(``_pacing.ASYNC_MAX_IN_FLIGHT``), the blocking one has one per calling thread; a streamed log
holds its connection while it is open.
"""

from __future__ import annotations

import functools
import ssl
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator

import httpcore

from ._http11 import (
    LAST_CHUNK,
    Headers,
    ResponseReader,
    chunk,
    request_framing,
    request_head,
)

# A read asks for _READ bytes, and twice as many as the last read after one that filled its
# buffer (more was waiting: a log stream's flood, a large page), up to _MAX_READ; so a busy
# connection wakes its reader fewer times. Reads start small because CPython allocates a read's
# whole buffer first, and one beyond 128 KiB costs a mmap and a munmap. _MAX_READ keeps what a
# log stream's reader decodes at once (about 2,000 lines) well under half its default buffer,
# the level at which it waits for the consumer.
_READ = 64 * 1024
_MAX_READ = 256 * 1024
_Key = tuple[bytes, bytes, int]


def _next_read(size: int, received: int) -> int:
    """The size of the read after one of `size` bytes that received `received`."""
    return min(size * 2, _MAX_READ) if received == size else _READ


class _KeepAlive:
    """A connection between requests, for both twins: idle until when, or not reusable; and
    the size of its next read."""

    def __init__(
        self, stream: httpcore.NetworkStream | httpcore.AsyncNetworkStream, keepalive_expiry: float
    ) -> None:
        self._keepalive_expiry = keepalive_expiry
        self._idle_until: float | None = None  # None while a request is on it, or once closed
        self._closed = False
        self._is_readable = functools.partial(stream.get_extra_info, "is_readable")
        self._read = _READ

    def is_idle(self) -> bool:
        return self._idle_until is not None

    def has_expired(self) -> bool:
        """Idle past the keep-alive expiry, or closed (or written to) by the server meanwhile."""
        if self._idle_until is None:
            return True
        return time.monotonic() > self._idle_until or bool(self._is_readable())

    def done(self, reusable: bool) -> None:
        """Its response was read to the end: idle again, if the response allows it."""
        if reusable and not self._closed:
            self._idle_until = time.monotonic() + self._keepalive_expiry


class Connection(_KeepAlive):
    """One connection, one request at a time; idle between them until it expires or the server
    closes it."""

    def __init__(self, stream: httpcore.NetworkStream, keepalive_expiry: float) -> None:
        super().__init__(stream, keepalive_expiry)
        self._stream = stream

    def close(self) -> None:
        self._idle_until = None
        if not self._closed:
            self._closed = True
            self._stream.close()

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        self._idle_until = None
        timeouts = request.extensions.get("timeout", {})
        write, read = timeouts.get("write"), timeouts.get("read")
        chunked, closing = request_framing(request.headers)
        pending = request_head(request.method, request.url.target, request.headers)
        for part in request.stream:  # type: ignore[union-attr]
            if part:  # the head goes out with the first part of the body
                self._stream.write(pending + (chunk(part) if chunked else part), write)
                pending = b""
        if pending or chunked:
            self._stream.write(pending + LAST_CHUNK if chunked else pending, write)
        trace = request.extensions.get("trace")
        if trace is not None:  # httpcore's event for the moment a list walk waits for
            trace("http11.send_request_body.complete", {"request": request})
        reader = ResponseReader(request.method, closing=closing)
        while (head := reader.head()) is None:
            if not self.receive(reader, read):
                raise httpcore.RemoteProtocolError("Server disconnected without a response")
        return _response(head, Body(self, reader, read), self._stream)

    def receive(self, reader: ResponseReader, timeout: float | None) -> bool:
        """Hand ``reader`` what arrives next; False at the server's end of file."""
        size = self._read
        data = self._stream.read(size, timeout)
        self._read = _next_read(size, len(data))
        if data:
            reader.feed(data)
        return bool(data)


class _BodyEnd:
    """Where a response body is, for both twins: the connection is idle again (if allowed)
    once the body has been read to its end, and only then."""

    def __init__(self, connection: _KeepAlive, reader: ResponseReader) -> None:
        self._reader = reader
        self._keep_alive = connection
        self._ended = self._closed = False
        if reader.complete:
            self._end()

    def _end(self) -> None:
        if not self._ended:
            self._ended = True
            self._keep_alive.done(self._reader.reusable)


class Body(_BodyEnd):
    """A response body, read as its framing delimits it; closing it before its end closes the
    connection. ``on_close`` runs after (the pool takes the connection back)."""

    def __init__(
        self, connection: Connection, reader: ResponseReader, timeout: float | None
    ) -> None:
        super().__init__(connection, reader)
        self._connection = connection
        self._timeout = timeout
        self.on_close: Callable[[], None] | None = None

    def __iter__(self) -> Iterator[bytes]:
        reader = self._reader
        while True:
            yield from reader.parts()
            if reader.complete:
                break
            if not self._connection.receive(reader, self._timeout):
                reader.end_of_file()
        self._end()

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            if not self._connection.is_idle():
                self._connection.close()
            if self.on_close is not None:
                self.on_close()


class ConnectionPool:
    """Idle connections by origin: a request takes one that is still good or opens one, and
    its connection comes back when its response is closed. Safe to share between threads."""

    def __init__(
        self, ssl_context: ssl.SSLContext, backend: httpcore.NetworkBackend, keepalive: float
    ) -> None:
        ssl_context.set_alpn_protocols(["http/1.1"])
        self._ssl_context = ssl_context
        self._backend = backend
        self._keepalive = keepalive
        self._lock = threading.Lock()
        self._idle: dict[_Key, list[Connection]] = {}
        self._busy: set[Connection] = set()

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        key = _key(request.url.origin)
        connection = self._reuse(key) or self._connect(request)
        with self._lock:
            self._busy.add(connection)
        try:
            response = connection.handle_request(request)
        except BaseException:
            self._release(connection, key)
            connection.close()
            raise
        assert isinstance(response.stream, Body)
        response.stream.on_close = functools.partial(self._release, connection, key)
        return response

    def _reuse(self, key: _Key) -> Connection | None:
        while True:
            with self._lock:
                idle = self._idle.get(key)
                if not idle:
                    return None
                connection = idle.pop()
            if not connection.has_expired():
                return connection
            connection.close()

    def _connect(self, request: httpcore.Request) -> Connection:
        origin = request.url.origin
        host = origin.host.decode("ascii")
        timeout = request.extensions.get("timeout", {}).get("connect")
        stream = self._backend.connect_tcp(host, origin.port, timeout)
        if origin.scheme == b"https":
            hostname = request.extensions.get("sni_hostname") or host
            try:
                stream = stream.start_tls(self._ssl_context, hostname, timeout)
            except BaseException:
                stream.close()
                raise
        return Connection(stream, self._keepalive)

    def _release(self, connection: Connection, key: _Key) -> None:
        """Back to the idle list if its response was read to the end (else it is closed)."""
        with self._lock:
            self._busy.discard(connection)
            if connection.is_idle():
                self._idle.setdefault(key, []).append(connection)

    def close(self) -> None:
        with self._lock:
            connections = [*self._busy, *(c for idle in self._idle.values() for c in idle)]
            self._busy.clear()
            self._idle.clear()
        for connection in connections:
            connection.close()

    def __enter__(self) -> ConnectionPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncConnection(_KeepAlive):
    """The async twin of :class:`Connection`."""

    def __init__(self, stream: httpcore.AsyncNetworkStream, keepalive_expiry: float) -> None:
        super().__init__(stream, keepalive_expiry)
        self._stream = stream

    async def aclose(self) -> None:
        self._idle_until = None
        if not self._closed:
            self._closed = True
            await self._stream.aclose()

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        self._idle_until = None
        timeouts = request.extensions.get("timeout", {})
        write, read = timeouts.get("write"), timeouts.get("read")
        chunked, closing = request_framing(request.headers)
        pending = request_head(request.method, request.url.target, request.headers)
        async for part in request.stream:  # type: ignore[union-attr]
            if part:
                await self._stream.write(pending + (chunk(part) if chunked else part), write)
                pending = b""
        if pending or chunked:
            await self._stream.write(pending + LAST_CHUNK if chunked else pending, write)
        trace = request.extensions.get("trace")
        if trace is not None:
            await trace("http11.send_request_body.complete", {"request": request})
        reader = ResponseReader(request.method, closing=closing)
        while (head := reader.head()) is None:
            if not await self.receive(reader, read):
                raise httpcore.RemoteProtocolError("Server disconnected without a response")
        return _response(head, AsyncBody(self, reader, read), self._stream)

    async def receive(self, reader: ResponseReader, timeout: float | None) -> bool:
        size = self._read
        data = await self._stream.read(size, timeout)
        self._read = _next_read(size, len(data))
        if data:
            reader.feed(data)
        return bool(data)


class AsyncBody(_BodyEnd):
    """The async twin of :class:`Body`."""

    def __init__(
        self, connection: AsyncConnection, reader: ResponseReader, timeout: float | None
    ) -> None:
        super().__init__(connection, reader)
        self._connection = connection
        self._timeout = timeout
        self.on_close: Callable[[], Awaitable[None]] | None = None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        reader = self._reader
        while True:
            for part in reader.parts():
                yield part
            if reader.complete:
                break
            if not await self._connection.receive(reader, self._timeout):
                reader.end_of_file()
        self._end()

    async def aclose(self) -> None:
        if not self._closed:
            self._closed = True
            if not self._connection.is_idle():
                await self._connection.aclose()
            if self.on_close is not None:
                await self.on_close()


class AsyncConnectionPool:
    """The async twin of :class:`ConnectionPool`, for one event loop."""

    def __init__(
        self, ssl_context: ssl.SSLContext, backend: httpcore.AsyncNetworkBackend, keepalive: float
    ) -> None:
        ssl_context.set_alpn_protocols(["http/1.1"])
        self._ssl_context = ssl_context
        self._backend = backend
        self._keepalive = keepalive
        self._idle: dict[_Key, list[AsyncConnection]] = {}
        self._busy: set[AsyncConnection] = set()

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        key = _key(request.url.origin)
        connection = await self._reuse(key) or await self._connect(request)
        self._busy.add(connection)
        try:
            response = await connection.handle_async_request(request)
        except BaseException:
            await self._release(connection, key)
            await connection.aclose()
            raise
        assert isinstance(response.stream, AsyncBody)
        response.stream.on_close = functools.partial(self._release, connection, key)
        return response

    async def _reuse(self, key: _Key) -> AsyncConnection | None:
        idle = self._idle.get(key)
        while idle:
            connection = idle.pop()
            if not connection.has_expired():
                return connection
            await connection.aclose()
        return None

    async def _connect(self, request: httpcore.Request) -> AsyncConnection:
        origin = request.url.origin
        host = origin.host.decode("ascii")
        timeout = request.extensions.get("timeout", {}).get("connect")
        stream = await self._backend.connect_tcp(host, origin.port, timeout)
        if origin.scheme == b"https":
            hostname = request.extensions.get("sni_hostname") or host
            try:
                stream = await stream.start_tls(self._ssl_context, hostname, timeout)
            except BaseException:
                await stream.aclose()
                raise
        return AsyncConnection(stream, self._keepalive)

    async def _release(self, connection: AsyncConnection, key: _Key) -> None:
        self._busy.discard(connection)
        if connection.is_idle():
            self._idle.setdefault(key, []).append(connection)

    async def aclose(self) -> None:
        connections = [*self._busy, *(c for idle in self._idle.values() for c in idle)]
        self._busy.clear()
        self._idle.clear()
        for connection in connections:
            await connection.aclose()

    async def __aenter__(self) -> AsyncConnectionPool:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _key(origin: httpcore.Origin) -> _Key:
    """What identifies an origin (httpcore's ``Origin`` compares equal but does not hash)."""
    return (origin.scheme, origin.host, origin.port)


def _response(
    head: tuple[int, bytes, bytes, Headers], body: Body | AsyncBody, stream: object
) -> httpcore.Response:
    status, reason, version, headers = head
    return httpcore.Response(
        status,
        headers=headers,
        content=body,
        extensions={"http_version": version, "reason_phrase": reason, "network_stream": stream},
    )
