"""The blocking client's own connections: no socket operation outlasts the attempt's deadline.

httpcore hands every socket operation (connect, TLS handshake, each write, each read) the
timeout of that one operation; a server trickling its status line and headers a byte at a time
meets each of them and holds the call for as long as it trickles. The network backend cuts each
operation's timeout down to what is left of the current attempt's deadline
(``_deadline.ATTEMPT_DEADLINE``), so an attempt ends with ``httpx.ReadTimeout`` (or the connect
or write twin) once its deadline passes, wherever it was waiting.

:class:`DeadlineTransport` is httpx's transport over these connections, pooled by the SDK's own
pool (``_connections``). Imported when a blocking client builds its connections, like httpcore
is by httpx.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from ._connections import ConnectionPool
from ._deadline import ATTEMPT_DEADLINE, EXPIRED

# The SDK's own pools keep idle connections for keepalive_expiry. Through a proxy, httpcore's
# pool takes httpx's default limits, except that every connection may be kept alive: httpcore
# 1.0 closes idle connections whenever the pool holds more than max_keepalive_connections of any
# kind, also one it has just handed to a waiting thread, whose request then fails ("Bad file
# descriptor") or waits out its timeout on a closed socket (encode/httpcore#1110). With the two
# limits equal no connection is ever surplus.
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)


def clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` cut down to the time left before the current attempt's deadline; ``error``
    if none is left."""
    deadline = ATTEMPT_DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise error(EXPIRED)
    return remaining if timeout is None or timeout > remaining else timeout


class DeadlineNetworkStream(httpcore.NetworkStream):
    """A connection whose reads and writes end by the current attempt's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return DeadlineNetworkStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's blocking backend, its connections wrapped in :class:`DeadlineNetworkStream`."""

    def __init__(self, inner: httpcore.NetworkBackend | None = None) -> None:
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        stream = self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return DeadlineNetworkStream(stream)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = clamp(timeout, httpcore.ConnectTimeout)
        return DeadlineNetworkStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class DeadlineTransport(httpx.HTTPTransport):
    """``httpx.HTTPTransport`` (request building, exception mapping) over
    :class:`DeadlineBackend` connections: the SDK's own pool and HTTP/1.1 (``_connections``)
    when direct, httpx's proxy pool (with every connection allowed to stay alive, ``LIMITS``)
    otherwise."""

    def __init__(self, verify: ssl.SSLContext | bool, proxy: httpx.Proxy | None = None) -> None:
        super().__init__(verify=verify, proxy=proxy, limits=LIMITS)
        # httpx passes no backend through; its pool (direct, HTTP or SOCKS proxy) opens every
        # connection with this attribute, so setting it before the first request is enough.
        pool: Any = self._pool
        ssl_context = getattr(pool, "_ssl_context", None)
        if not isinstance(getattr(pool, "_network_backend", None), httpcore.NetworkBackend):
            raise RuntimeError("this httpcore version keeps its network backend elsewhere")
        if ssl_context is None:
            raise RuntimeError("this httpcore version keeps its TLS settings elsewhere")
        if proxy is None:
            keepalive = LIMITS.keepalive_expiry or 0.0
            self._pool = ConnectionPool(ssl_context, DeadlineBackend(), keepalive)  # type: ignore[assignment]
        else:
            pool._network_backend = DeadlineBackend()
