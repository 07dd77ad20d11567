"""The SDK's own httpx transports: httpcore's connection pools, each attempt held to a deadline.

httpx's timeouts bound each network operation, so a server that trickles its status line,
headers or body a byte at a time (slow-loris), or sends an endless body, would hold a call for
as long as it trickles. Every attempt therefore also gets one deadline, its ``connect`` plus
``read`` timeouts counted from its start; past it, the attempt ends with ``httpx.ReadTimeout``
(retried like any timeout, then ``APITimeoutError``). Event streams have none: they are meant to
stay open, and the log-stream consumer watches them itself.

- The blocking transport cannot interrupt a blocked socket read, so its pool's network backend
  (httpcore's public ``network_backend`` argument) cuts each socket operation's timeout to what
  is left of the deadline of the attempt running in this context (:data:`_DEADLINE`).
- The async transport cancels the wait for the head, and each wait for a body chunk, at the
  deadline; its connections stop sending a request once the server has answered it
  (:class:`EarlyAnswerStream`).

Proxies come from ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY`` and ``NO_PROXY``, as the
standard library reads them. The request and response mapping follows ``httpx.HTTPTransport``
through public names only. An application that passes its own ``http_client`` keeps its own
transports (and httpx's per-operation timeouts).
"""

from __future__ import annotations

import ssl
import time
import urllib.request
from collections.abc import AsyncIterator, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import anyio
import httpcore
import httpx

from ._retry import is_event_stream

EXPIRED = "The response took longer than the timeout allows"
#: The pool's limit: one connection per calling thread, or per open log stream, up to this.
#: Keep-alive may keep them all: httpcore 1.0 closes idle connections beyond the keep-alive
#: limit even when it has just handed one to a waiting request (encode/httpcore#1110).
MAX_CONNECTIONS = 100
KEEPALIVE_EXPIRY = 5.0

_DEADLINE: ContextVar[float | None] = ContextVar("impcentral_attempt_deadline", default=None)


def deadline_of(request: httpx.Request) -> float | None:
    """When an attempt of ``request`` starting now must be complete, or ``None`` (no limit)."""
    if is_event_stream(request):
        return None
    timeout = request.extensions.get("timeout") or {}
    connect, read = timeout.get("connect"), timeout.get("read")
    if connect is None or read is None:
        return None
    return time.monotonic() + float(connect) + float(read)


def _clamp(timeout: float | None, error: type[Exception]) -> float | None:
    """``timeout`` cut down to the time left before this context's deadline; ``error`` if none
    is left."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise error(EXPIRED)
    return remaining if timeout is None or timeout > remaining else timeout


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose reads and writes end by the current attempt's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _clamp(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, timeout))

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's blocking backend, its connections wrapped in :class:`DeadlineStream`."""

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
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(
            self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        )

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _clamp(timeout, httpcore.ConnectTimeout)
        return DeadlineStream(self._inner.connect_unix_socket(path, timeout, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class EarlyAnswerStream(httpcore.AsyncNetworkStream):
    """An async connection that stops sending a large request body once the server answers.

    A server refusing an upload (413) may answer before reading it and reset the connection
    soon after, while the client waits for room to write; the event loop then closes the
    connection on the failed write without ever reading the answer. Stopping with
    ``WriteError`` lets httpcore read the answer, as it does after any failed write.
    """

    def __init__(self, inner: httpcore.AsyncNetworkStream) -> None:
        self._inner = inner

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._inner.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if len(buffer) <= _LARGE_WRITE:
            await self._inner.write(buffer, timeout)
            return
        answered = False

        async def watch(scope: anyio.CancelScope) -> None:
            nonlocal answered
            while not self._inner.get_extra_info("is_readable"):
                await anyio.sleep(_ANSWER_POLL)
            answered = True
            scope.cancel()

        async with anyio.create_task_group() as group:
            group.start_soon(watch, group.cancel_scope)
            await self._inner.write(buffer, timeout)
            group.cancel_scope.cancel()
        if answered:
            raise httpcore.WriteError("The server answered before the request was sent")

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        tls = await self._inner.start_tls(ssl_context, server_hostname, timeout)
        return EarlyAnswerStream(tls)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


# Writes larger than this are watched for an early answer, this often.
_LARGE_WRITE = 64 * 1024
_ANSWER_POLL = 0.05


class EarlyAnswerBackend(httpcore.AsyncNetworkBackend):
    """httpcore's anyio backend, its connections wrapped in :class:`EarlyAnswerStream`."""

    def __init__(self) -> None:
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_tcp(host, port, timeout, local_address, socket_options)
        return EarlyAnswerStream(stream)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        stream = await self._inner.connect_unix_socket(path, timeout, socket_options)
        return EarlyAnswerStream(stream)

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


# --- shared by both transports ----------------------------------------------------------------


def ssl_context(verify: ssl.SSLContext | bool) -> ssl.SSLContext:
    return verify if isinstance(verify, ssl.SSLContext) else httpx.create_ssl_context(verify=verify)


def _pool_options(verify: ssl.SSLContext | bool) -> dict[str, Any]:
    return {
        "ssl_context": ssl_context(verify),
        "max_connections": MAX_CONNECTIONS,
        "max_keepalive_connections": MAX_CONNECTIONS,
        "keepalive_expiry": KEEPALIVE_EXPIRY,
    }


def _through_proxy(url: str, kinds: tuple[type[Any], type[Any]], **options: Any) -> Any:
    """httpcore's pool (``kinds``: HTTP proxy, SOCKS proxy) for the proxy at ``url``, its
    credentials taken from the URL."""
    proxy = httpx.Proxy(url)
    target = {"proxy_url": _core_url(proxy.url), "proxy_auth": proxy.raw_auth}
    if proxy.url.scheme.startswith("socks"):  # needs socksio, as with httpx
        return kinds[1](**target, **options)
    return kinds[0](**target, proxy_headers=proxy.headers.raw, **options)


class _Proxies:
    """Which proxy, if any, a URL goes through, as the environment says (read once)."""

    def __init__(self) -> None:
        self.settings = urllib.request.getproxies()
        self.urls = {
            url for scheme, url in self.settings.items() if scheme in ("http", "https", "all")
        }

    def for_url(self, url: httpx.URL) -> str | None:
        proxy = self.settings.get(url.scheme) or self.settings.get("all") or None
        if proxy is None or urllib.request.proxy_bypass(url.host):
            return None
        return proxy


def _core_url(url: httpx.URL) -> httpcore.URL:
    return httpcore.URL(
        scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path
    )


def _core_request(request: httpx.Request) -> httpcore.Request:
    return httpcore.Request(
        method=request.method,
        url=_core_url(request.url),
        headers=request.headers.raw,
        content=request.stream,
        extensions=request.extensions,
    )


_ERRORS: dict[type[Exception], type[httpx.TransportError]] = {
    getattr(httpcore, name): getattr(httpx, name)
    for name in (
        "TimeoutException",
        "ConnectTimeout",
        "ReadTimeout",
        "WriteTimeout",
        "PoolTimeout",
        "NetworkError",
        "ConnectError",
        "ReadError",
        "WriteError",
        "ProxyError",
        "UnsupportedProtocol",
        "ProtocolError",
        "LocalProtocolError",
        "RemoteProtocolError",
    )
}


@contextmanager
def _httpx_errors(request: httpx.Request) -> Iterator[None]:
    """httpcore's exceptions as httpx's namesakes, as ``httpx.HTTPTransport`` raises them."""
    try:
        yield
    except Exception as exc:
        for kind in type(exc).__mro__:
            mapped = _ERRORS.get(kind)
            if mapped is not None:
                raise mapped(str(exc), request=request) from exc
        raise


def _response(
    core: httpcore.Response, stream: httpx.SyncByteStream | httpx.AsyncByteStream
) -> httpx.Response:
    return httpx.Response(
        core.status, headers=core.headers, stream=stream, extensions=core.extensions
    )


# --- blocking ---------------------------------------------------------------------------------


class Transport(httpx.BaseTransport):
    """The blocking client's transport: one pool for direct connections, one per proxy."""

    def __init__(self, verify: ssl.SSLContext | bool) -> None:
        options = _pool_options(verify)
        self._proxies = _Proxies()
        self._direct = httpcore.ConnectionPool(network_backend=DeadlineBackend(), **options)
        kinds = (httpcore.HTTPProxy, httpcore.SOCKSProxy)
        self._through: dict[str, httpcore.HTTPProxy | httpcore.SOCKSProxy] = {
            url: _through_proxy(url, kinds, network_backend=DeadlineBackend(), **options)
            for url in self._proxies.urls
        }

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._proxies.for_url(request.url) if self._through else None
        pool = self._direct if proxy is None else self._through[proxy]
        deadline = deadline_of(request)
        token = _DEADLINE.set(deadline)
        try:
            with _httpx_errors(request):
                core = pool.handle_request(_core_request(request))
        finally:
            _DEADLINE.reset(token)
        return _response(core, _Body(core.stream, request, deadline))  # type: ignore[arg-type]

    def close(self) -> None:
        self._direct.close()
        for pool in self._through.values():
            pool.close()


class _Body(httpx.SyncByteStream):
    """A response body read under its attempt's deadline."""

    def __init__(self, inner: Iterable[bytes], request: httpx.Request, deadline: float | None):
        self._inner = inner
        self._request = request
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        chunks = iter(self._inner)
        while True:
            token = _DEADLINE.set(self._deadline)
            try:
                with _httpx_errors(self._request):
                    chunk = next(chunks, None)
            finally:
                _DEADLINE.reset(token)
            if chunk is None:
                return
            yield chunk

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            with _httpx_errors(self._request):
                close()


# --- async ------------------------------------------------------------------------------------


class AsyncTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`Transport`: the deadline cancels the waits."""

    def __init__(self, verify: ssl.SSLContext | bool) -> None:
        options = _pool_options(verify)
        self._proxies = _Proxies()
        self._direct = httpcore.AsyncConnectionPool(network_backend=EarlyAnswerBackend(), **options)
        kinds = (httpcore.AsyncHTTPProxy, httpcore.AsyncSOCKSProxy)
        self._through: dict[str, httpcore.AsyncHTTPProxy | httpcore.AsyncSOCKSProxy] = {
            url: _through_proxy(url, kinds, network_backend=EarlyAnswerBackend(), **options)
            for url in self._proxies.urls
        }

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        proxy = self._proxies.for_url(request.url) if self._through else None
        pool = self._direct if proxy is None else self._through[proxy]
        deadline = deadline_of(request)
        with _httpx_errors(request), _until(deadline, request):
            core = await pool.handle_async_request(_core_request(request))
        return _response(core, _AsyncBody(core.stream, request, deadline))  # type: ignore[arg-type]

    async def aclose(self) -> None:
        await self._direct.aclose()
        for pool in self._through.values():
            await pool.aclose()


class _AsyncBody(httpx.AsyncByteStream):
    def __init__(
        self, inner: AsyncIterator[bytes], request: httpx.Request, deadline: float | None
    ) -> None:
        self._inner = inner
        self._request = request
        self._deadline = deadline

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunks = self._inner.__aiter__()
        while True:
            with _httpx_errors(self._request), _until(self._deadline, self._request):
                try:
                    chunk = await chunks.__anext__()
                except StopAsyncIteration:
                    return
            yield chunk

    async def aclose(self) -> None:
        aclose = getattr(self._inner, "aclose", None)
        if aclose is not None:
            with _httpx_errors(self._request):
                await aclose()


@contextmanager
def _until(deadline: float | None, request: httpx.Request) -> Iterator[None]:
    """Cancel the awaits inside at ``deadline``, raising ``httpx.ReadTimeout``."""
    if deadline is None:
        yield
        return
    with anyio.move_on_after(deadline - time.monotonic()) as scope:
        yield
    if scope.cancelled_caught:
        raise httpx.ReadTimeout(EXPIRED, request=request)
