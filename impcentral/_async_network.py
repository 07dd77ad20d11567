"""The async client's sockets on asyncio, driven by the event loop's protocol callbacks.

A connection pool asks each idle connection whether the server has closed it, every time it
hands one out; through anyio that question builds the stream's attribute table and polls the
socket. :class:`AsyncioStream` knows the answer from what it has already been handed, and its
reads and writes skip anyio's per-operation cancel scopes (the attempt deadline of ``_pacing``
still cancels them, as asyncio's own cancellation).

Under another event loop (trio), with socket options, or over a Unix socket, the original
backend opens the connection. :class:`AsyncioTransport` is httpx's transport over these
connections, pooled by the SDK's own pool (``_connections``).
"""

from __future__ import annotations

import asyncio
import ssl
from collections import deque
from collections.abc import Iterable
from typing import Any, TypeVar

import httpcore
import httpx
import sniffio

from ._connections import AsyncConnectionPool
from ._network import LIMITS

_T = TypeVar("_T")

#: Bytes a connection buffers before it stops reading from the socket (a slow stream consumer).
_HIGH_WATER = 256 * 1024


class _Connection(asyncio.Protocol):
    """The event loop's side of one connection: received bytes, end of file, write pauses."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.chunks: deque[bytes] = deque()
        self.buffered = 0
        self.eof = False
        self.error: Exception | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.drained: asyncio.Future[None] | None = None
        self.paused_reading = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.chunks.append(data)
        self.buffered += len(data)
        if self.buffered > _HIGH_WATER and self.transport is not None:
            self.transport.pause_reading()
            self.paused_reading = True
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.error = exc
        self._wake()
        if self.drained is not None and not self.drained.done():
            self.drained.set_result(None)

    def pause_writing(self) -> None:
        self.drained = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        drained, self.drained = self.drained, None
        if drained is not None and not drained.done():
            drained.set_result(None)

    def take(self, max_bytes: int) -> bytes:
        chunk = self.chunks.popleft()
        if len(chunk) > max_bytes:
            chunk, rest = chunk[:max_bytes], chunk[max_bytes:]
            self.chunks.appendleft(rest)
        self.buffered -= len(chunk)
        if self.paused_reading and self.buffered <= _HIGH_WATER // 4:
            self.paused_reading = False
            if self.transport is not None:
                self.transport.resume_reading()
        return chunk

    def _wake(self) -> None:
        waiter, self.waiter = self.waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


class AsyncioStream(httpcore.AsyncNetworkStream):
    """One connection as httpcore reads and writes it."""

    def __init__(
        self, transport: asyncio.Transport, connection: _Connection, *, tls: bool = False
    ) -> None:
        self._transport = transport
        self._connection = connection
        self._tls = tls

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        connection = self._connection
        while not connection.chunks:
            if connection.eof:
                if connection.error is not None:
                    raise httpcore.ReadError(str(connection.error)) from connection.error
                return b""
            connection.waiter = asyncio.get_running_loop().create_future()
            await _within(connection.waiter, timeout, httpcore.ReadTimeout)
        return connection.take(max_bytes)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        if self._transport.is_closing():
            raise httpcore.WriteError("the connection is closed")
        self._transport.write(buffer)
        drained = self._connection.drained
        if drained is not None:
            await _within(asyncio.shield(drained), timeout, httpcore.WriteTimeout)

    async def aclose(self) -> None:
        # No TLS close_notify exchange (as httpcore's anyio streams): the loop must not be
        # left waiting on a peer that has gone.
        if self._tls:
            self._transport.abort()
        else:
            self._transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        handshake = loop.start_tls(
            self._transport, self._connection, ssl_context, server_hostname=server_hostname
        )
        try:
            transport = await asyncio.wait_for(handshake, timeout)
        except asyncio.TimeoutError as exc:
            self._transport.abort()
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except (OSError, ssl.SSLError) as exc:
            self._transport.abort()
            raise httpcore.ConnectError(str(exc)) from exc
        if transport is None:  # the loop closed the connection meanwhile
            raise httpcore.ConnectError("the connection closed during the TLS handshake")
        assert isinstance(transport, asyncio.Transport)
        self._connection.transport = transport
        return AsyncioStream(transport, self._connection, tls=True)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            connection = self._connection
            return bool(connection.chunks) or connection.eof
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        return None


class AsyncioBackend(httpcore.AsyncNetworkBackend):
    """Opens :class:`AsyncioStream` connections on asyncio; ``fallback`` opens the rest."""

    def __init__(self, fallback: httpcore.AsyncNetworkBackend) -> None:
        self._fallback = fallback

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if socket_options or sniffio.current_async_library() != "asyncio":
            return await self._fallback.connect_tcp(
                host, port, timeout, local_address, socket_options
            )
        loop = asyncio.get_running_loop()
        connecting = loop.create_connection(
            _Connection, host, port, local_addr=(local_address, 0) if local_address else None
        )
        try:
            transport, connection = await asyncio.wait_for(connecting, timeout)
        except asyncio.TimeoutError as exc:
            raise httpcore.ConnectTimeout(str(exc)) from exc
        except OSError as exc:
            raise httpcore.ConnectError(str(exc)) from exc
        assert isinstance(transport, asyncio.Transport)
        return AsyncioStream(transport, connection)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return await self._fallback.connect_unix_socket(path, timeout, socket_options)

    async def sleep(self, seconds: float) -> None:
        await self._fallback.sleep(seconds)


class AsyncioTransport(httpx.AsyncHTTPTransport):
    """``httpx.AsyncHTTPTransport`` (request building, exception mapping) over
    :class:`AsyncioBackend` connections: the SDK's own pool and HTTP/1.1 (``_connections``)
    when direct, httpx's proxy pool otherwise."""

    def __init__(self, verify: ssl.SSLContext | bool, proxy: httpx.Proxy | None = None) -> None:
        super().__init__(verify=verify, proxy=proxy, limits=LIMITS)
        # httpx passes no backend through; its pool opens every connection with this attribute.
        pool: Any = self._pool
        fallback = getattr(pool, "_network_backend", None)
        ssl_context = getattr(pool, "_ssl_context", None)
        if not isinstance(fallback, httpcore.AsyncNetworkBackend) or ssl_context is None:
            raise RuntimeError("this httpcore version keeps its settings elsewhere")
        backend = AsyncioBackend(fallback)
        if proxy is None:
            keepalive = LIMITS.keepalive_expiry or 0.0
            self._pool = AsyncConnectionPool(ssl_context, backend, keepalive)  # type: ignore[assignment]
        else:
            pool._network_backend = backend


async def _within(waiter: asyncio.Future[_T], timeout: float | None, error: type[Exception]) -> _T:
    """``await waiter``, raising ``error`` once ``timeout`` seconds have passed."""
    if timeout is None:
        return await waiter
    expiry = asyncio.get_running_loop().call_later(timeout, _expire, waiter)
    try:
        return await waiter
    except asyncio.TimeoutError as exc:
        raise error("timed out") from exc
    finally:
        expiry.cancel()


def _expire(waiter: asyncio.Future[Any]) -> None:
    if not waiter.done():
        waiter.set_exception(asyncio.TimeoutError())
