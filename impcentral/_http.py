"""The httpx clients the SDK hands to the generated code (and to the log-stream consumer).

They carry the ``Accept`` header, timeout, token auth and retry transport, and raise the SDK's
typed errors: any non-2xx response becomes an :class:`ImpCentralApiError` subclass and any
transport failure an :class:`APIConnectionError` / :class:`APITimeoutError`. Raising here, after
the auth flow had its chance to renew a token, means the generated parsers only ever see
successes, whatever the error body looks like (HTML from a proxy, a 499 or 520 status).

Streaming requests (``client.stream(...)``) get their response back whatever its status; the
caller reads the body and maps it with :func:`api_error_from_response`.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._constants import JSONAPI_MEDIA_TYPE
from ._exceptions import api_error_from_response, connection_error
from ._version import __version__

_Transport = TypeVar("_Transport", httpx.BaseTransport, httpx.AsyncBaseTransport)

_USER_AGENT = f"impcentral-python/{__version__}"


def default_headers() -> dict[str, str]:
    return {"Accept": JSONAPI_MEDIA_TYPE, "User-Agent": _USER_AGENT}


class _SetCookiesOnly(httpx.Cookies):
    """A client's cookies, which only look at the responses that set one.

    httpx hands every response to the standard library's cookie jar, at about the cost of
    building the request; the service sets no cookies (a proxy or load balancer in front of it
    may, and those are kept as before).
    """

    def extract_cookies(self, response: httpx.Response) -> None:
        if any(key.lower() in _SET_COOKIE for key, _ in response.headers.raw):
            super().extract_cookies(response)


_SET_COOKIE = frozenset({b"set-cookie", b"set-cookie2"})


class HttpClient(httpx.Client):
    """``httpx.Client`` raising the SDK's errors; ``scrub`` keeps secrets out of messages."""

    def __init__(self, *, scrub: Callable[[str], str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cookies = _SetCookiesOnly(self.cookies.jar)  # what httpx's .cookies returns
        self._absolute = _Absolute()
        self._scrub = scrub

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, self._absolute(self.base_url, url), **kwargs)

    def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            response = super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        if not kwargs.get("stream"):
            if not response.is_success:
                raise api_error_from_response(response, self._scrub)
            _release_stream(response)
        return response


class AsyncHttpClient(httpx.AsyncClient):
    """The async twin of :class:`HttpClient`."""

    def __init__(self, *, scrub: Callable[[str], str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._cookies = _SetCookiesOnly(self.cookies.jar)  # what httpx's .cookies returns
        self._absolute = _Absolute()
        self._scrub = scrub

    def build_request(self, method: str, url: httpx.URL | str, **kwargs: Any) -> httpx.Request:
        return super().build_request(method, self._absolute(self.base_url, url), **kwargs)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        try:
            response = await super().send(request, **kwargs)
        except httpx.TransportError as exc:
            raise connection_error(exc) from exc
        if not kwargs.get("stream"):
            if not response.is_success:
                raise api_error_from_response(response, self._scrub)
            _release_stream(response)
        return response


class ClientTransport(httpx.BaseTransport):
    """Sends through a plain ``httpx.Client``: the application's own (its proxies, certificates,
    limits; left open on close) or :meth:`sdk_client`, whose connections honour the attempt's
    ``ATTEMPT_DEADLINE`` while connecting, sending and waiting for the headers."""

    def __init__(self, client: httpx.Client, *, owns_client: bool) -> None:
        self._client = client
        self._owns_client = owns_client

    @staticmethod
    def sdk_client(verify: ssl.SSLContext | bool) -> httpx.Client:
        """The client used when the application brings none: the SDK's own connections, pool and
        HTTP/1.1 (``_connections``), which end each attempt at its deadline (``_network``)."""
        from ._network import DeadlineTransport  # imports httpcore, as httpx's transport does

        return httpx.Client(**_own_transports(DeadlineTransport, verify))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        transport = _direct_transport(self._client, request.url)
        if transport is not None:
            response: httpx.Response = transport.handle_request(request)
            return response
        return self._client.send(request, stream=True)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()


class AsyncClientTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`ClientTransport`."""

    def __init__(self, client: httpx.AsyncClient, *, owns_client: bool) -> None:
        self._client = client
        self._owns_client = owns_client

    @staticmethod
    def sdk_client(verify: ssl.SSLContext | bool) -> httpx.AsyncClient:
        """The client used when the application brings none: the SDK's own connections on
        asyncio (``_async_network``), pool and HTTP/1.1 (``_connections``)."""
        from ._async_network import AsyncioTransport  # imports httpcore, as httpx does

        return httpx.AsyncClient(**_own_transports(AsyncioTransport, verify))

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        transport = _direct_transport(self._client, request.url)
        if transport is not None:
            response: httpx.Response = await transport.handle_async_request(request)
            return response
        return await self._client.send(request, stream=True)

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()


def _own_transports(
    transport: Callable[[ssl.SSLContext | bool, httpx.Proxy | None], _Transport],
    verify: ssl.SSLContext | bool,
) -> dict[str, Any]:
    """A client's ``transport`` and ``mounts``, built by ``transport``, honouring
    ``HTTP(S)_PROXY``, ``ALL_PROXY`` and ``NO_PROXY`` exactly as httpx's default client does."""
    from httpx._utils import get_environment_proxies  # httpx's own reading of them

    proxies = get_environment_proxies()
    return {
        "transport": transport(verify, None),
        "mounts": {
            pattern: None if url is None else transport(verify, httpx.Proxy(url))
            for pattern, url in proxies.items()
        },
    }


def _release_stream(response: httpx.Response) -> None:
    """Replace the spent network stream of a response that has been read in full.

    httpx's stream wrapper and the response refer to each other, so every response (and its
    body) would wait for the cyclic garbage collector; without the cycle it is freed as soon as
    it is dropped, and ``list_all`` keeps one page in memory rather than however many pages the
    collector has not reached yet.
    """
    response.stream = httpx.ByteStream(response.content)


class _Absolute:
    """A ``/path`` (what the generated code passes) joined to the base URL as one string.

    httpx would parse the relative URL and then the merged copy; one parse of the whole URL
    gives the same request (the base URL always ends in ``/``) for a tenth less client-side
    cost. Anything else, ``//host`` included, is left to httpx. The base URL's text is kept
    while the client has the same base URL: writing an httpx URL out costs a URL join's worth.
    """

    def __init__(self) -> None:
        self._base: tuple[httpx.URL | None, str] = (None, "")

    def __call__(self, base_url: httpx.URL, url: httpx.URL | str) -> httpx.URL | str:
        if isinstance(url, str) and url.startswith("/") and not url.startswith("//"):
            known, base = self._base
            if known is not base_url:
                base = str(base_url)
                self._base = (base_url, base)
            if base.endswith("/"):
                return base + url[1:]
        return url


def _direct_transport(client: httpx.Client | httpx.AsyncClient, url: httpx.URL) -> Any:
    """The transport ``client`` would send ``url`` through, when sending via ``client`` adds
    nothing: no event hooks, no auth of its own, not closed. Otherwise None (use ``send``).

    A second full ``Client.send`` per request (auth, redirects, hooks, cookies, all of which
    the SDK's own client has just done) was a fifth of the SDK's client-side cost. The
    application's proxies, certificates and limits live in the transports, so they still apply.
    """
    hooks = client.event_hooks
    if client.is_closed or client.auth is not None or hooks["request"] or hooks["response"]:
        return None
    pick = getattr(client, "_transport_for_url", None)  # private in httpx; fall back if gone
    return pick(url) if pick is not None else None
