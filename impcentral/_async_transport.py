"""The async client's own transport: httpx's request and response handling over a connection
pool of the SDK's, speaking HTTP/1.1 through ``_http11`` on ``_async_network``'s sockets.

httpcore's pool re-examines every connection it holds several times per request, and h11 runs
each message through a general state machine; with twenty requests in flight the two cost
about as much as the requests did. Requests through a proxy keep httpx's proxy pool (on the
same sockets).
"""

from __future__ import annotations

import functools
import ssl
from typing import Any

import httpcore
import httpx

from ._async_network import AsyncioBackend
from ._http11 import Http11Connection, ResponseBody
from ._network import LIMITS


class ConnectionPool:
    """Idle connections by origin, the most recently used first: a request takes one that is
    still good or opens a new one, and its connection returns when the response is closed.

    A request looks only at its origin's idle connections. The number of connections follows
    the number of requests in flight, which the SDK's own client caps
    (``_pacing.ASYNC_MAX_IN_FLIGHT``; a streamed log holds its connection while it is open).
    """

    def __init__(self, ssl_context: ssl.SSLContext, backend: httpcore.AsyncNetworkBackend) -> None:
        ssl_context.set_alpn_protocols(["http/1.1"])
        self._ssl_context = ssl_context
        self._backend = backend
        self._idle: dict[_Key, list[Http11Connection]] = {}
        self._busy: set[Http11Connection] = set()

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        key = _key(request.url.origin)
        connection = await self._reuse(key) or await self._connect(request)
        self._busy.add(connection)
        try:
            response = await connection.handle_async_request(request)
        except BaseException:
            self._busy.discard(connection)
            await connection.aclose()
            raise
        assert isinstance(response.stream, ResponseBody)
        response.stream.on_close = functools.partial(self._release, connection, key)
        return response

    async def _reuse(self, key: _Key) -> Http11Connection | None:
        idle = self._idle.get(key)
        while idle:
            connection = idle.pop()
            if not connection.has_expired():
                return connection
            await connection.aclose()
        return None

    async def _connect(self, request: httpcore.Request) -> Http11Connection:
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
        return Http11Connection(stream, LIMITS.keepalive_expiry or 0.0)

    async def _release(self, connection: Http11Connection, key: _Key) -> None:
        """Back to the idle list when its response was read to the end (else it is closed)."""
        self._busy.discard(connection)
        if connection.is_idle():
            self._idle.setdefault(key, []).append(connection)

    async def aclose(self) -> None:
        connections = [*self._busy, *(c for idle in self._idle.values() for c in idle)]
        self._busy.clear()
        self._idle.clear()
        for connection in connections:
            await connection.aclose()

    async def __aenter__(self) -> ConnectionPool:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class AsyncioTransport(httpx.AsyncHTTPTransport):
    """``httpx.AsyncHTTPTransport`` (request building, exception mapping) whose connections
    come from an :class:`AsyncioBackend`: pooled by :class:`ConnectionPool` when direct, by
    httpx's proxy pool otherwise."""

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
            self._pool = ConnectionPool(ssl_context, backend)  # type: ignore[assignment]
        else:
            pool._network_backend = backend


_Key = tuple[bytes, bytes, int]


def _key(origin: httpcore.Origin) -> _Key:
    """What identifies an origin (httpcore's ``Origin`` compares equal but does not hash)."""
    return (origin.scheme, origin.host, origin.port)
