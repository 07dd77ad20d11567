"""``ImpCentralApi`` and ``AsyncImpCentralApi``: one surface, a blocking and an awaitable edge.

The path of a call, file by file (``api.products.get("p1")``)::

    resources/products.py   ProductsRequests.get checks its argument and describes the call:
                            an Operation (generated request description, result type)
    resources/_base.py      sync_method / async_method hand it to the client's _send
    _operation.py           Operation.request(): method, path, query, JSON body
    _client.py (here)       _request: builds the httpx.Request, then the loop of attempts:
                            pacing wait (_pacing.RatePacer), httpx send with the token auth
                            (_auth.TokenAuth: bearer, renewal, replay after a 401), the body
                            read, the retry decision (_retry.RetryPolicy) and the debug log
                            (_logging: INFO lines for retries, pauses and renewals); the
                            rate-limit headers seen (_response.RateLimitState); a non-2xx
                            answer or an httpx error becomes the SDK's typed error; _finish
                            parses the body (Operation.result), or _send_raw wraps the response
                            in a RawResponse (api.with_raw_response, resources/_base.py)

What the arguments leave out comes from the environment (``_config``: ``IMPCENTRAL_API_ENDPOINT``,
``IMPCENTRAL_ACCESS_TOKEN``, ``IMPCENTRAL_LOGIN_KEY``).

Below httpx's ``send``, the SDK's own transport (``_transport``: httpcore's pools, each attempt
within one deadline) unless the application passed its own ``http_client``. Each SDK client has
one httpx client; its ``with_options`` views share it.

Internal hooks for ``impcentral.log_streams`` (and other in-package code):
``api._send(operation)`` runs an :class:`Operation` and returns its typed result;
``api._request(method, path, **options)`` runs a call and returns its ``httpx.Response``, read,
raising typed errors; with ``stream=True`` it makes one attempt (an event stream: no retries, no
deadline) and returns the response unread and whatever its status, for the caller to read,
check (``_exceptions.api_error_from_response``) and close. Both send the client's auth. The
options are ``httpx.Client.build_request``'s (``params``, ``headers``, ``json``, ``timeout``,
``extensions``); ``api._timeout`` is the client's ``httpx.Timeout``.
"""

from __future__ import annotations

import contextlib
import copy
import os
import ssl
import time
from abc import ABC
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, cast

import anyio
import httpx

from . import _config as config
from ._auth import TokenAuth, Tokens, TokenStore
from ._constants import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    JSONAPI_MEDIA_TYPE,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    ClientClosedError,
    ImpCentralError,
    api_error_from_response,
    connection_error,
)
from ._lazy import BuiltOnFirstUse, built, forget_built
from ._logging import RequestLog, redact_url
from ._operation import Body, Operation
from ._pacing import RatePacer
from ._pagination import AsyncReadAhead, Pages, ReadAhead, abandon
from ._response import RateLimit, RateLimitState, RawResponse
from ._retry import RetryPolicy
from ._version import __version__

if TYPE_CHECKING:
    from .log_streams import AsyncLogStreams, LogStreams
    from .resources._base import AsyncWithRawResponse, WithRawResponse
    from .resources.accounts import AccountsResource, AsyncAccountsResource
    from .resources.auth import AsyncAuthResource, AuthResource
    from .resources.deployments import AsyncDeploymentsResource, DeploymentsResource
    from .resources.device_groups import AsyncDeviceGroupsResource, DeviceGroupsResource
    from .resources.devices import AsyncDevicesResource, DevicesResource
    from .resources.products import AsyncProductsResource, ProductsResource
    from .resources.webhooks import AsyncWebhooksResource, WebhooksResource

T = TypeVar("T")
_Api = TypeVar("_Api", bound="_BaseApi")
# Requests to these paths log in or exchange a credential: no bearer token, and a 401 is final.
_AUTH_PATHS = ("/auth", "/auth/token")
_HEADERS = {"Accept": JSONAPI_MEDIA_TYPE, "User-Agent": f"impcentral-python/{__version__}"}
# Calls an SDK-owned async client has in its pool at once, each for its whole exchange (head
# and body): httpcore checks every waiting request against every connection whenever one
# changes state, so 500 tasks queued there cost ~50 ms of CPU per request where waiting on a
# semaphore costs nothing. Event streams do not take a place.
MAX_IN_FLIGHT = 20


class _BaseApi(ABC):
    """Configuration, token state and the decisions of the request loop, shared by both
    clients; the I/O (sending, reading, sleeping) lives in the subclasses."""

    _http: httpx.Client | httpx.AsyncClient

    def __init__(
        self,
        api_endpoint: str | None,
        *,
        access_token: str | None,
        token_store: TokenStore | None,
        max_retries: int,
        timeout: float | httpx.Timeout,
        debug: bool,
        owns_client: bool,
    ) -> None:
        self._api_endpoint = config.api_endpoint(api_endpoint)
        self._base = self._api_endpoint.rstrip("/")
        self._base_url = httpx.URL(self._base)
        tokens = token_store.load() if token_store is not None else None
        if tokens is None and not access_token:
            tokens = config.environment_tokens()
        tokens = tokens or Tokens()
        if access_token and access_token != tokens.access_token:
            tokens = replace(tokens, access_token=access_token, expires_at=None)
        self._log = RequestLog(debug=debug, secrets=lambda: self._auth.secrets())
        self._auth = TokenAuth(
            tokens,
            refresh_request=self._refresh_request,
            auth_urls=frozenset(self._url(path) for path in _AUTH_PATHS),
            store=token_store,
            scrub=self._log.scrub,
            log=self._log,
        )
        self._policy = RetryPolicy(max_retries=max_retries)
        self._pacer = RatePacer()
        self._rate_limit = RateLimitState()
        self._closed = False
        self._root = self  # the client a with_options view was made from: closing it closes all
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._owns_client = owns_client

    @property
    def api_endpoint(self) -> str:
        """The base URL of the API: the argument, else ``IMPCENTRAL_API_ENDPOINT``, else
        ``https://api.electricimp.com/v5``."""
        return self._api_endpoint

    @property
    def rate_limit(self) -> RateLimit:
        """The ``X-RateLimit-*`` headers of the last response that had them (``limit``,
        ``remaining``, ``reset``; all ``None`` until then). Shared with ``with_options`` views."""
        return self._rate_limit.current

    @property
    def debug(self) -> bool:
        """Whether this client logs every request and response (redacted) at DEBUG level, and
        its retries, rate-limit pauses and token renewals at INFO, whatever the logger's level."""
        return self._log.debug

    @debug.setter
    def debug(self, value: bool) -> None:
        self._log.debug = value

    def with_options(
        self: _Api,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
    ) -> _Api:
        """A view of this client with other retry or timeout settings, e.g. for one call:
        ``api.with_options(timeout=5).devices.get(device_id)``. It shares the tokens, the
        connections, the rate-limit pacing and the debug switch; closing it leaves the original
        open, closing the original closes it."""
        clone = copy.copy(self)
        if max_retries is not None:
            clone._policy = replace(self._policy, max_retries=max_retries)
        if timeout is not None:
            clone._timeout = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        clone._owns_client = False
        clone._root = self._root
        forget_built(clone)
        return clone

    def _url(self, path: str) -> str:
        """A ``/path`` (or ``path``) under the endpoint; an absolute URL (a page link) as it is."""
        if "://" in path:
            return path
        return self._base + path if path.startswith("/") else f"{self._base}/{path}"

    def _check_open(self) -> None:
        if self._closed or self._root._closed or self._http.is_closed:
            raise ClientClosedError(
                f"This {type(self).__name__} is closed (close() or the end of its `with` "
                "block); make a new client"
            )

    def _build(self, method: str, url: str, **options: Any) -> httpx.Request:
        headers = options.pop("headers", None)
        options.setdefault("timeout", self._timeout)
        return self._http.build_request(
            method,
            self._url(url),
            headers={**_HEADERS, **headers} if headers else _HEADERS,
            **options,
        )

    def _refresh_request(self, tokens: Tokens) -> httpx.Request:
        """``POST /auth/token`` for the credential that renews the access token."""
        from impcentral_generated.api.auth import create_access_token
        from impcentral_generated.models import LoginKeyTokenRequest, RefreshTokenRequest

        body: RefreshTokenRequest | LoginKeyTokenRequest = (
            RefreshTokenRequest(token=tokens.refresh_token)
            if tokens.refresh_token
            else LoginKeyTokenRequest(key=tokens.login_key or "")
        )
        return self._build(**Operation(create_access_token, kwargs={"body": body}).request())

    def _counted(self, request: httpx.Request) -> bool:
        """Whether ``request`` counts in the token's rate-limit windows: a login or token
        exchange carries no token, so neither waits for a place nor teaches the pacer."""
        return not self._auth.is_auth_call(request)

    def _slot(self, request: httpx.Request, counted: bool) -> float:
        """Seconds ``request`` waits for its place under the rate limit (logged)."""
        if not counted:
            return 0.0
        pause = self._pacer.reserve()
        if pause:
            self._log.pause(request, pause)
        return pause

    def _decide(
        self,
        request: httpx.Request,
        outcome: httpx.Response | httpx.HTTPError,
        retries: int,
        started: float,
        counted: bool,
    ) -> float | None:
        """After an attempt: seconds to wait before the next, or ``None`` when ``outcome`` (a
        response) is the answer. An error that is not retried is raised as the SDK's error."""
        elapsed = time.monotonic() - started
        if isinstance(outcome, httpx.HTTPError):
            self._log.failure(request, outcome, elapsed)
            delay = self._policy.delay_after_error(request, outcome, retries)
            if delay is None:
                raise _sdk_error(outcome) from outcome
            reason = f"failed ({type(outcome).__name__})"
        else:
            if counted:
                self._pacer.observe(outcome)
            self._rate_limit.observe(outcome)
            self._log.response(outcome.request, outcome, elapsed)
            delay = self._policy.delay_after_response(request, outcome, retries)
            if delay is None:
                return None
            # A renewal answered 429 or 5xx ends the auth flow with its answer (_auth).
            renewal = "its token renewal " if outcome.request is not request else ""
            reason = f"{renewal}answered HTTP {outcome.status_code}"
        self._log.retry(request, reason, delay, retries + 1, self._policy.max_retries)
        return delay

    def _answer(self, response: httpx.Response, stream: bool) -> httpx.Response:
        """The final response: an error status raised as the SDK's error (unless streamed)."""
        if stream:
            return response
        if not response.is_success:
            raise api_error_from_response(response, self._log.scrub)
        # Drop the spent network stream: it and the response refer to each other, so the
        # response (and its body) would wait for the cyclic garbage collector, and list_all
        # would hold however many pages the collector has not reached yet.
        response.stream = httpx.ByteStream(response.content)
        return response

    def _raw(self, operation: Operation[T], response: httpx.Response) -> RawResponse[T]:
        raw = RawResponse(response, lambda: self._finish(operation, response))
        if operation.remember is not None:
            raw.parse()  # a login's tokens are kept at once, as by the ordinary call
        return raw

    def _finish(self, operation: Operation[T], response: httpx.Response) -> T:
        if operation.remember is None:
            return operation.result(response.status_code, response.content)
        body = operation.read(response.status_code, response.content)
        result = cast(T, body.typed())
        operation.remember(self._auth, body.document)  # the tokens, straight from the JSON
        return result

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_endpoint={self._api_endpoint!r})"


def _sdk_error(error: httpx.HTTPError) -> ImpCentralError:
    """The SDK's error for any failure httpx raises while sending or reading."""
    if isinstance(error, httpx.TransportError):
        return connection_error(error)
    try:
        request: httpx.Request | None = error.request
    except RuntimeError:
        request = None
    where = f" ({request.method} {redact_url(str(request.url))})" if request is not None else ""
    if isinstance(error, httpx.DecodingError):
        message = f"The response body could not be decoded{where}: {error}"
        return APIResponseValidationError(message, status_code=None, body=None)
    return APIConnectionError(f"Request error{where}: {error}", request=request)


def _tls(verify: ssl.SSLContext | str | bool) -> ssl.SSLContext | bool:
    """``verify`` for httpx: a CA bundle (file or directory) becomes a verifying SSL context,
    as httpx 0.28 deprecates passing the path itself."""
    if isinstance(verify, str):
        if os.path.isdir(verify):
            return ssl.create_default_context(capath=verify)
        return ssl.create_default_context(cafile=verify)
    return verify


class ImpCentralApi(_BaseApi):
    """The impCentral API v5, blocking calls.

    ``api_endpoint``: base URL (Private impCloud); else ``IMPCENTRAL_API_ENDPOINT``; else
    ``https://api.electricimp.com/v5``. It must be an absolute http(s) URL
    (:class:`InvalidDataError` otherwise). ``access_token``: a token saved earlier; or log in
    with ``api.auth``. ``token_store``: loads tokens now and saves every new one. Given neither
    (or a store with nothing saved), the credentials are ``IMPCENTRAL_ACCESS_TOKEN`` and/or
    ``IMPCENTRAL_LOGIN_KEY``: a login key is exchanged for an access token by the first call
    and renews it like one given to ``api.auth.get_access_token``. ``max_retries`` /
    ``timeout``: see :meth:`with_options`. ``http_client``: your own ``httpx.Client`` for
    proxies, certificates or connection limits (left open by :meth:`close`); otherwise
    ``verify`` sets TLS verification. ``debug``: log every request and response of this client
    (DEBUG), and its retries, rate-limit pauses and token renewals (INFO).
    """

    auth: BuiltOnFirstUse[AuthResource] = BuiltOnFirstUse(".resources.auth:AuthResource")
    accounts: BuiltOnFirstUse[AccountsResource] = BuiltOnFirstUse(
        ".resources.accounts:AccountsResource"
    )
    products: BuiltOnFirstUse[ProductsResource] = BuiltOnFirstUse(
        ".resources.products:ProductsResource"
    )
    device_groups: BuiltOnFirstUse[DeviceGroupsResource] = BuiltOnFirstUse(
        ".resources.device_groups:DeviceGroupsResource"
    )
    devices: BuiltOnFirstUse[DevicesResource] = BuiltOnFirstUse(
        ".resources.devices:DevicesResource"
    )
    deployments: BuiltOnFirstUse[DeploymentsResource] = BuiltOnFirstUse(
        ".resources.deployments:DeploymentsResource"
    )
    webhooks: BuiltOnFirstUse[WebhooksResource] = BuiltOnFirstUse(
        ".resources.webhooks:WebhooksResource"
    )
    log_streams: BuiltOnFirstUse[LogStreams] = BuiltOnFirstUse(".log_streams:LogStreams")

    def __init__(
        self,
        api_endpoint: str | None = None,
        *,
        access_token: str | None = None,
        token_store: TokenStore | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        verify: ssl.SSLContext | str | bool = True,
        debug: bool = False,
    ) -> None:
        super().__init__(
            api_endpoint,
            access_token=access_token,
            token_store=token_store,
            max_retries=max_retries,
            timeout=timeout,
            debug=debug,
            owns_client=http_client is None,
        )
        if http_client is None:
            from ._transport import Transport  # imports httpcore, as httpx's transport does

            http_client = httpx.Client(transport=Transport(_tls(verify)))
        self._http: httpx.Client = http_client

    def _send(self, operation: Operation[T]) -> T:
        return self._finish(operation, self._request(**operation.request()))

    def _send_raw(self, operation: Operation[T]) -> RawResponse[T]:
        return self._raw(operation, self._request(**operation.request()))

    @property
    def with_raw_response(self) -> WithRawResponse:
        """``api.with_raw_response.products.get(product_id)``: the call's
        :class:`~impcentral.RawResponse` (``status_code``, ``headers``, ``http_request``, and
        ``parse()`` for what ``api.products.get`` returns). Every method has one, but the
        ``list_all`` iterators."""
        from .resources._base import WithRawResponse

        return WithRawResponse(self)

    def _request(
        self, method: str, url: str, *, stream: bool = False, **options: Any
    ) -> httpx.Response:
        self._check_open()
        request = self._build(method, url, **options)
        counted = self._counted(request)
        retries = 0
        while True:
            pause = self._slot(request, counted)
            if pause:
                time.sleep(pause)
            started = time.monotonic()
            outcome: httpx.Response | httpx.HTTPError
            try:
                outcome = self._http.send(request, auth=self._auth, stream=True)
                if not stream:
                    _read(outcome)  # a body cut short is retried like a dropped connection
            except httpx.HTTPError as error:
                outcome = error
            delay = self._decide(request, outcome, retries, started, counted)
            if delay is None:
                return self._answer(cast(httpx.Response, outcome), stream)
            if isinstance(outcome, httpx.Response):
                outcome.close()
            retries += 1
            time.sleep(delay)

    def _read(self, operation: Operation[Any], extensions: dict[str, Any] | None = None) -> Body:
        response = self._request(**operation.request(), extensions=extensions)
        return operation.read(response.status_code, response.content)

    def _iterate(self, pages: Pages[Any, T]) -> Iterator[T]:
        body = self._read(pages.first)
        reader = ReadAhead(self._read)
        while True:
            following = pages.next_page(body.document, self._base_url)
            ahead = None if following is None else reader.start(following)
            try:
                yield from pages.fresh_items(body.typed())
            except BaseException:
                if ahead is not None:
                    abandon(ahead)
                raise
            if ahead is None:
                pages.end()
                return
            body = ahead.result()

    def close(self) -> None:
        """Close the log streams and connections (not an ``http_client`` you passed in)."""
        log_streams: LogStreams | None = built(self, "log_streams")
        if log_streams is not None:
            log_streams.close_all()
        self._closed = True
        if self._owns_client:
            self._http.close()

    def __enter__(self) -> ImpCentralApi:
        self._check_open()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class AsyncImpCentralApi(_BaseApi):
    """The impCentral API v5 for asyncio: every call is a coroutine, every ``list_all`` an
    async iterator. Arguments as for :class:`ImpCentralApi` (``http_client`` is an
    ``httpx.AsyncClient``)."""

    auth: BuiltOnFirstUse[AsyncAuthResource] = BuiltOnFirstUse(".resources.auth:AsyncAuthResource")
    accounts: BuiltOnFirstUse[AsyncAccountsResource] = BuiltOnFirstUse(
        ".resources.accounts:AsyncAccountsResource"
    )
    products: BuiltOnFirstUse[AsyncProductsResource] = BuiltOnFirstUse(
        ".resources.products:AsyncProductsResource"
    )
    device_groups: BuiltOnFirstUse[AsyncDeviceGroupsResource] = BuiltOnFirstUse(
        ".resources.device_groups:AsyncDeviceGroupsResource"
    )
    devices: BuiltOnFirstUse[AsyncDevicesResource] = BuiltOnFirstUse(
        ".resources.devices:AsyncDevicesResource"
    )
    deployments: BuiltOnFirstUse[AsyncDeploymentsResource] = BuiltOnFirstUse(
        ".resources.deployments:AsyncDeploymentsResource"
    )
    webhooks: BuiltOnFirstUse[AsyncWebhooksResource] = BuiltOnFirstUse(
        ".resources.webhooks:AsyncWebhooksResource"
    )
    log_streams: BuiltOnFirstUse[AsyncLogStreams] = BuiltOnFirstUse(".log_streams:AsyncLogStreams")

    def __init__(
        self,
        api_endpoint: str | None = None,
        *,
        access_token: str | None = None,
        token_store: TokenStore | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        verify: ssl.SSLContext | str | bool = True,
        debug: bool = False,
    ) -> None:
        super().__init__(
            api_endpoint,
            access_token=access_token,
            token_store=token_store,
            max_retries=max_retries,
            timeout=timeout,
            debug=debug,
            owns_client=http_client is None,
        )
        # An application's client keeps the limits it was given.
        self._gate: contextlib.AbstractAsyncContextManager[Any] = _OPEN
        if http_client is None:
            from ._transport import AsyncTransport  # imports httpcore, as httpx's transport does

            http_client = httpx.AsyncClient(transport=AsyncTransport(_tls(verify)))
            self._gate = anyio.Semaphore(MAX_IN_FLIGHT)
        self._http: httpx.AsyncClient = http_client

    async def _send(self, operation: Operation[T]) -> T:
        return self._finish(operation, await self._request(**operation.request()))

    async def _send_raw(self, operation: Operation[T]) -> RawResponse[T]:
        return self._raw(operation, await self._request(**operation.request()))

    @property
    def with_raw_response(self) -> AsyncWithRawResponse:
        """``await api.with_raw_response.products.get(product_id)``: as for
        :attr:`ImpCentralApi.with_raw_response`."""
        from .resources._base import AsyncWithRawResponse

        return AsyncWithRawResponse(self)

    async def _request(
        self, method: str, url: str, *, stream: bool = False, **options: Any
    ) -> httpx.Response:
        self._check_open()
        request = self._build(method, url, **options)
        gate = _OPEN if stream else self._gate
        counted = self._counted(request)
        retries = 0
        while True:
            # The place in a window is taken inside the gate: only the calls about to be sent
            # book one, so a 429 or a stated limit still reaches those queued behind them.
            async with gate:
                pause = self._slot(request, counted)
                if pause:
                    await anyio.sleep(pause)
                started = time.monotonic()
                outcome: httpx.Response | httpx.HTTPError
                try:
                    outcome = await self._http.send(request, auth=self._auth, stream=True)
                    if not stream:
                        await _aread(outcome)
                except httpx.HTTPError as error:
                    outcome = error
            delay = self._decide(request, outcome, retries, started, counted)
            if delay is None:
                return self._answer(cast(httpx.Response, outcome), stream)
            if isinstance(outcome, httpx.Response):
                await outcome.aclose()
            retries += 1
            await anyio.sleep(delay)

    async def _read(
        self, operation: Operation[Any], extensions: dict[str, Any] | None = None
    ) -> Body:
        response = await self._request(**operation.request(), extensions=extensions)
        return operation.read(response.status_code, response.content)

    async def _iterate(self, pages: Pages[Any, T]) -> AsyncIterator[T]:
        body = await self._read(pages.first)
        reader = AsyncReadAhead(self._read)
        while True:
            following = pages.next_page(body.document, self._base_url)
            ahead = None if following is None else await reader.start(following)
            try:
                for item in pages.fresh_items(body.typed()):
                    yield item
            except BaseException:
                if ahead is not None:
                    abandon(ahead)
                raise
            if ahead is None:
                pages.end()
                return
            body = await ahead

    async def aclose(self) -> None:
        """Close the log streams and connections (not an ``http_client`` you passed in)."""
        log_streams: AsyncLogStreams | None = built(self, "log_streams")
        if log_streams is not None:
            await log_streams.close_all()
        self._closed = True
        if self._owns_client:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncImpCentralApi:
        self._check_open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()


def _read(response: httpx.Response) -> None:
    """Read the whole body inside the loop, so that a connection lost halfway through it (or a
    deadline passed while reading) is one more failed attempt."""
    try:
        response.read()
    except BaseException:
        response.close()
        raise


async def _aread(response: httpx.Response) -> None:
    try:
        await response.aread()
    except BaseException:
        await response.aclose()
        raise


_OPEN = contextlib.nullcontext()
