"""``ImpCentralApi`` and ``AsyncImpCentralApi``: one surface, a blocking and an awaitable edge.

Both clients build the same stack, once per instance (nothing is process-wide); the resources
(``api.products``...) and ``api.log_streams`` are built, and their modules imported, when first
used::

    resource method -> Operation (validated arguments, generated request description, result)
      -> HttpClient (Accept, timeout, typed errors) -> TokenAuth (bearer, refresh, replay)
      -> RetryTransport (backoff, debug log) -> PacedTransport (rate-limit pacing)
      -> ClientTransport (connection pool, proxies)

Internal hooks for ``impcentral.log_streams`` (and other in-package code):
``api._http`` / ``api._async_http`` is the httpx client with auth, retries and logging (it raises
typed errors except for ``stream=True`` requests, never retries ``Accept: text/event-stream``);
``api._send(operation)`` runs an :class:`Operation`;
``impcentral._exceptions.api_error_from_response`` maps a response.
"""

from __future__ import annotations

import copy
import os
import ssl
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterator
from dataclasses import replace
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from ._auth import TokenAuth, Tokens, TokenStore
from ._constants import DEFAULT_API_ENDPOINT, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._http import (
    AsyncClientTransport,
    AsyncHttpClient,
    ClientTransport,
    HttpClient,
    default_headers,
)
from ._lazy import BuiltOnFirstUse, built, forget_built
from ._logging import RequestLog
from ._operation import Body, Operation
from ._pacing import ASYNC_MAX_IN_FLIGHT, AsyncPacedTransport, PacedTransport, RatePacer
from ._pagination import AsyncReadAhead, Pages, ReadAhead, abandon
from ._retry import AsyncRetryTransport, RetryPolicy, RetryTransport

if TYPE_CHECKING:
    from .log_streams import AsyncLogStreams, LogStreams
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


class _BaseApi(ABC):
    """Configuration and token state shared by both clients; I/O lives in the subclasses."""

    def __init__(
        self,
        api_endpoint: str | None,
        *,
        access_token: str | None,
        token_store: TokenStore | None,
        max_retries: int,
        timeout: float | httpx.Timeout,
        debug: bool,
    ) -> None:
        self._api_endpoint = api_endpoint or DEFAULT_API_ENDPOINT
        self._base_url = httpx.URL(self._api_endpoint.rstrip("/"))
        tokens = (token_store.load() if token_store is not None else None) or Tokens()
        if access_token and access_token != tokens.access_token:
            tokens = replace(tokens, access_token=access_token, expires_at=None)
        self._log = RequestLog(debug=debug, secrets=lambda: self._auth.secrets())
        self._auth = TokenAuth(
            tokens,
            refresh_request=self._refresh_request,
            auth_urls=frozenset(self._url(path) for path in _AUTH_PATHS),
            store=token_store,
            scrub=self._log.scrub,
        )
        self._policy = RetryPolicy(max_retries=max_retries)
        self._timeout = timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
        self._owns_pool = True

    @property
    def api_endpoint(self) -> str:
        """The base URL of the API, ``https://api.electricimp.com/v5`` unless given."""
        return self._api_endpoint

    @property
    def debug(self) -> bool:
        """Whether this client logs every request and response (redacted) at DEBUG level."""
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
        connection pool and the debug switch; closing it leaves the original open."""
        clone = copy.copy(self)
        if max_retries is not None:
            clone._policy = replace(self._policy, max_retries=max_retries)
        if timeout is not None:
            clone._timeout = (
                timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)
            )
        clone._owns_pool = False
        forget_built(clone)
        clone._connect()
        return clone

    @abstractmethod
    def _connect(self) -> None:
        """Build the HTTP client on top of the shared state."""

    @abstractmethod
    def _build_request(self, **kwargs: Any) -> httpx.Request:
        """A request with this client's base URL, headers and timeout (not yet authorized)."""

    def _url(self, path: str) -> str:
        base_path = self._base_url.raw_path.rstrip(b"/")
        return str(self._base_url.copy_with(raw_path=base_path + path.encode()))

    def _refresh_request(self, tokens: Tokens) -> httpx.Request:
        """``POST /auth/token`` for the credential that renews the access token."""
        from impcentral_generated.api.auth import create_access_token
        from impcentral_generated.models import LoginKeyTokenRequest, RefreshTokenRequest

        body: RefreshTokenRequest | LoginKeyTokenRequest = (
            RefreshTokenRequest(token=tokens.refresh_token)
            if tokens.refresh_token
            else LoginKeyTokenRequest(key=tokens.login_key or "")
        )
        # The generated request description, sent from inside the auth flow.
        return self._build_request(**create_access_token.request_kwargs(body=body))

    def _finish(self, operation: Operation[T], response: httpx.Response) -> T:
        result = operation.result(response.status_code, response.content)
        if operation.remember is not None:
            operation.remember(self._auth, result)
        return result

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_endpoint={self._api_endpoint!r})"


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

    ``api_endpoint``: base URL (Private impCloud), default ``https://api.electricimp.com/v5``.
    ``access_token``: a token saved earlier; or log in with ``api.auth``. ``token_store``:
    loads tokens now and saves every new one. ``max_retries`` / ``timeout``: see
    :meth:`with_options`. ``http_client``: your own ``httpx.Client`` for proxies, certificates or
    connection limits (left open by :meth:`close`); otherwise ``verify`` sets TLS verification.
    ``debug``: log every request and response of this client.
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
        )
        pool = ClientTransport(
            http_client or ClientTransport.sdk_client(_tls(verify)), owns_client=http_client is None
        )
        self._pool = PacedTransport(pool, RatePacer())
        self._connect()

    def _connect(self) -> None:
        transport = RetryTransport(self._pool, self._policy, self._log, owns_inner=self._owns_pool)
        self._http = HttpClient(
            base_url=self._base_url,
            headers=default_headers(),
            timeout=self._timeout,
            auth=self._auth,
            transport=transport,
            scrub=self._log.scrub,
        )

    def _build_request(self, **kwargs: Any) -> httpx.Request:
        return self._http.build_request(**kwargs)

    def _send(self, operation: Operation[T]) -> T:
        return self._finish(operation, self._http.request(**operation.request()))

    def _read(self, operation: Operation[Any], extensions: dict[str, Any] | None = None) -> Body:
        response = self._http.request(**operation.request(), extensions=extensions)
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
        self._http.close()

    def __enter__(self) -> ImpCentralApi:
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
        )
        pool = AsyncClientTransport(
            http_client or AsyncClientTransport.sdk_client(_tls(verify)),
            owns_client=http_client is None,
        )
        # Our own client's pool gets at most a few requests at a time (see _pacing); an
        # application's client keeps the limits it was given.
        in_flight = ASYNC_MAX_IN_FLIGHT if http_client is None else None
        self._pool = AsyncPacedTransport(pool, RatePacer(), max_in_flight=in_flight)
        self._connect()

    def _connect(self) -> None:
        transport = AsyncRetryTransport(
            self._pool, self._policy, self._log, owns_inner=self._owns_pool
        )
        self._async_http = AsyncHttpClient(
            base_url=self._base_url,
            headers=default_headers(),
            timeout=self._timeout,
            auth=self._auth,
            transport=transport,
            scrub=self._log.scrub,
        )

    def _build_request(self, **kwargs: Any) -> httpx.Request:
        return self._async_http.build_request(**kwargs)

    async def _send(self, operation: Operation[T]) -> T:
        return self._finish(operation, await self._async_http.request(**operation.request()))

    async def _read(
        self, operation: Operation[Any], extensions: dict[str, Any] | None = None
    ) -> Body:
        response = await self._async_http.request(**operation.request(), extensions=extensions)
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
        await self._async_http.aclose()

    async def __aenter__(self) -> AsyncImpCentralApi:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()
