"""The blocking client's own connections: no socket operation outlasts the attempt's deadline.

httpcore hands every socket operation (connect, TLS handshake, each write, each read) the
timeout of that one operation; a server trickling its status line and headers a byte at a time
meets each of them and holds the call for as long as it trickles. The network backend cuts each
operation's timeout down to what is left of the current attempt's deadline
(``_deadline.ATTEMPT_DEADLINE``), so an attempt ends with ``httpx.ReadTimeout`` (or the connect
or write twin) once its deadline passes, wherever it was waiting.

httpx's own transport takes no network backend, so :class:`DeadlineTransport` is a small one
over httpcore's pools (direct, HTTP proxy, SOCKS proxy) that does what httpx's does: same
connection limit, same TLS context, same exceptions. Imported when a blocking client builds its
connections, like httpcore is by httpx.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable, Iterator
from typing import Any, NoReturn

import httpcore
import httpx

from ._deadline import ATTEMPT_DEADLINE, EXPIRED

# httpx's default limits, except that every connection may be kept alive. httpcore 1.0 closes
# idle connections whenever the pool holds more than max_keepalive_connections of any kind, also
# one it has just handed to a waiting thread: that thread's request then fails ("Bad file
# descriptor") or waits out its timeout on a closed socket (encode/httpcore#1110). With the two
# limits equal no connection is ever surplus; idle ones still close after keepalive_expiry.
_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100, keepalive_expiry=5.0)


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


# httpcore's exceptions and the httpx ones they stand for, the most specific first.
_HTTPX_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)
_HTTPCORE_ERRORS = tuple(core for core, _ in _HTTPX_ERRORS)


def _raise_httpx_error(error: Exception, request: httpx.Request) -> NoReturn:
    for core, mapped in _HTTPX_ERRORS:
        if isinstance(error, core):
            raise mapped(str(error), request=request) from error
    raise error


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes], request: httpx.Request) -> None:
        self._inner = inner
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        try:
            yield from self._inner
        except _HTTPCORE_ERRORS as error:
            _raise_httpx_error(error, self._request)

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


class DeadlineTransport(httpx.BaseTransport):
    """``httpx.HTTPTransport`` over a :class:`DeadlineBackend`: HTTP/1.1, at most 100
    connections, ``verify`` as httpx reads it, and optionally through ``proxy``."""

    def __init__(self, verify: ssl.SSLContext | bool, proxy: httpx.Proxy | None = None) -> None:
        context = httpx.create_ssl_context(verify=verify)
        options: dict[str, Any] = {
            "ssl_context": context,
            "max_connections": _LIMITS.max_connections,
            "max_keepalive_connections": _LIMITS.max_keepalive_connections,
            "keepalive_expiry": _LIMITS.keepalive_expiry,
            "network_backend": DeadlineBackend(),
        }
        self._pool: httpcore.ConnectionPool
        if proxy is None:
            self._pool = httpcore.ConnectionPool(**options)
        elif proxy.url.scheme in ("http", "https"):
            self._pool = httpcore.HTTPProxy(
                proxy_url=_core_url(proxy.url),
                proxy_auth=proxy.raw_auth,
                proxy_headers=proxy.headers.raw,
                proxy_ssl_context=proxy.ssl_context,
                **options,
            )
        else:  # socks5 or socks5h, the only other schemes httpx.Proxy accepts
            self._pool = httpcore.SOCKSProxy(
                proxy_url=_core_url(proxy.url), proxy_auth=proxy.raw_auth, **options
            )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_request = httpcore.Request(
            method=request.method,
            url=_core_url(request.url),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        try:
            response = self._pool.handle_request(core_request)
        except _HTTPCORE_ERRORS as error:
            _raise_httpx_error(error, request)
        body = response.stream
        assert isinstance(body, Iterable)  # a blocking pool answers with a blocking stream
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_ResponseStream(body, request),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


def _core_url(url: httpx.URL) -> httpcore.URL:
    return httpcore.URL(
        scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
    )
