"""Bearer authentication that keeps itself valid, as one ``httpx.Auth`` for sync and async clients.

After a password/OTP login the client holds the refresh token; after a login-key exchange it holds
the key. With either it renews the access token shortly before ``expires_at`` (proactive) and
after a 401 (reactive, then the request is replayed). Renewal is single-flight: however many
threads or tasks find the token stale at the same time, one ``POST /auth/token`` is sent and the
others wait for its result. A :class:`TokenStore` sees every change, so applications can persist
tokens and start the next process where this one stopped.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from typing import Any, Protocol

import anyio
import httpx

from ._exceptions import APIResponseValidationError, InvalidDataError, api_error_from_response
from ._logging import RequestLog

# Renew this long before the advertised expiry, so a request never leaves with a dying token.
REFRESH_MARGIN = timedelta(seconds=60)
# ... or this share of the token's lifetime when that is shorter: a 2-second token renewed 60 s
# early would be renewed before every request.
REFRESH_MARGIN_SHARE = 0.25
NO_TOKEN_MESSAGE = "Library initialization failed: access_token is not set"
# A 401 is answered by renewing the token, at most once per call, or by sending again with the
# token another call renewed meanwhile: a request that waited long (behind the rate-limit pacing,
# in retry backoff) can outlive a renewed token too. This bounds the sends after the first.
MAX_REPLAYS = 3


@dataclass(frozen=True, repr=False)
class Tokens:
    """The credentials of one client. ``repr`` shows which are present, never their values."""

    access_token: str | None = None
    expires_at: datetime | None = None
    refresh_token: str | None = None
    login_key: str | None = None

    @property
    def can_refresh(self) -> bool:
        return bool(self.refresh_token or self.login_key)

    def to_dict(self) -> dict[str, str | None]:
        """A JSON-ready form, for token stores."""
        return {
            "access_token": self.access_token,
            "expires_at": self.expires_at.isoformat() if self.expires_at else None,
            "refresh_token": self.refresh_token,
            "login_key": self.login_key,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Tokens:
        """The inverse of :meth:`to_dict`."""
        return cls(
            access_token=data.get("access_token") or None,
            expires_at=parse_expiry(data.get("expires_at")),
            refresh_token=data.get("refresh_token") or None,
            login_key=data.get("login_key") or None,
        )

    def __repr__(self) -> str:
        def shown(value: str | None) -> str:
            return "<set>" if value else "None"

        expires = self.expires_at.isoformat() if self.expires_at else None
        return (
            f"Tokens(access_token={shown(self.access_token)}, expires_at={expires!r}, "
            f"refresh_token={shown(self.refresh_token)}, login_key={shown(self.login_key)})"
        )


class TokenStore(Protocol):
    """Where an application keeps tokens between runs (a file, a keyring, a database row)."""

    def load(self) -> Tokens | None:
        """The saved tokens, or ``None`` when there are none yet."""

    def save(self, tokens: Tokens) -> None:
        """Called after every login, refresh or explicit change of the access token."""


def parse_expiry(value: Any) -> datetime | None:
    """``expires_at`` as an aware UTC datetime (the service sends ISO 8601 with ``Z``)."""
    if isinstance(value, str) and value:
        value = _from_iso(value)
    if not isinstance(value, datetime):
        return None
    return value if value.tzinfo else value.replace(tzinfo=timezone.utc)


def _from_iso(text: str) -> datetime | None:
    from impcentral_generated.types import parse_datetime  # how the models read timestamps

    try:
        return parse_datetime(text)
    except ValueError:
        return None


def tokens_from_response(
    payload: Mapping[str, Any],
    *,
    now: datetime,
    refresh_token: str | None = None,
    login_key: str | None = None,
) -> Tokens:
    """The tokens after an auth call: the new access token plus the credential that renews it."""
    expires_at = parse_expiry(payload.get("expires_at"))
    expires_in = payload.get("expires_in")
    if expires_at is None and isinstance(expires_in, int | float):
        expires_at = now + timedelta(seconds=expires_in)
    access_token = payload.get("access_token")
    if not isinstance(access_token, str) or not access_token:
        # The body is left out of the error: it may hold a refresh token.
        raise APIResponseValidationError(
            "The impCentral API answered an auth call without an access token",
            status_code=None,
            body=None,
        )
    returned_refresh = payload.get("refresh_token")
    return Tokens(
        access_token=access_token,
        expires_at=expires_at,
        refresh_token=returned_refresh if isinstance(returned_refresh, str) else refresh_token,
        login_key=login_key,
    )


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


class TokenAuth(httpx.Auth):
    """The client's credentials and the flow that sends, renews and replays with them.

    ``refresh_request`` builds ``POST /auth/token`` for the current refresh credential (the
    client builds it from the generated operation). Requests to ``auth_urls`` (login and token
    exchange) go out untouched: they carry no bearer token and a 401 there is final.
    """

    requires_request_body = True

    def __init__(
        self,
        tokens: Tokens,
        *,
        refresh_request: Callable[[Tokens], httpx.Request],
        auth_urls: frozenset[str],
        store: TokenStore | None = None,
        scrub: Callable[[str], str] | None = None,
        log: RequestLog | None = None,
    ) -> None:
        self._tokens = tokens
        self._margin = REFRESH_MARGIN
        self._refresh_request = refresh_request
        self._auth_urls = frozenset(_place(httpx.URL(url)) for url in auth_urls)
        self._store = store
        self._scrub = scrub
        self._log = log
        self._thread_lock = threading.Lock()
        self._task_lock: anyio.Lock | None = None  # made by the first async flow

    @property
    def tokens(self) -> Tokens:
        return self._tokens

    @tokens.setter
    def tokens(self, tokens: Tokens) -> None:
        self._tokens = tokens
        self._margin = REFRESH_MARGIN  # the lifetime of a token set by hand is unknown
        if self._store is not None:
            self._store.save(tokens)

    @property
    def access_token(self) -> str | None:
        return self._tokens.access_token

    @access_token.setter
    def access_token(self, token: str | None) -> None:
        """A token set by hand has no known expiry; refresh credentials are kept."""
        self.tokens = replace(self._tokens, access_token=token or None, expires_at=None)

    def accept(
        self,
        payload: Mapping[str, Any],
        *,
        refresh_token: str | None = None,
        login_key: str | None = None,
    ) -> None:
        """Store the result of an auth call."""
        now = _utc_now()
        tokens = tokens_from_response(
            payload, now=now, refresh_token=refresh_token, login_key=login_key
        )
        self.tokens = tokens
        if tokens.expires_at is not None:
            lifetime = tokens.expires_at - now
            self._margin = max(min(REFRESH_MARGIN, lifetime * REFRESH_MARGIN_SHARE), timedelta(0))

    def secrets(self) -> tuple[str | None, ...]:
        tokens = self._tokens
        return tokens.access_token, tokens.refresh_token, tokens.login_key

    def _async_lock(self) -> anyio.Lock:
        """The async flows' lock; a blocking client never loads anyio's synchronization."""
        if self._task_lock is None:
            self._task_lock = anyio.Lock()
        return self._task_lock

    # Decisions shared by both flows -------------------------------------------------------

    def is_auth_call(self, request: httpx.Request) -> bool:
        """A login or token exchange: no bearer token, so no rate-limit window of the token."""
        return _place(request.url) in self._auth_urls

    def _is_stale(self) -> bool:
        tokens = self._tokens
        if not tokens.can_refresh:
            return False
        if not tokens.access_token:
            return True
        return tokens.expires_at is not None and _utc_now() >= tokens.expires_at - self._margin

    def _authorize(self, request: httpx.Request) -> str:
        token = self._tokens.access_token
        if not token:
            raise InvalidDataError(NO_TOKEN_MESSAGE)
        request.headers["Authorization"] = f"Bearer {token}"
        return token

    def _should_replay(self, response: httpx.Response) -> bool:
        return response.status_code == 401 and self._tokens.can_refresh

    def _renewal_request(self) -> httpx.Request:
        return self._logged(self._refresh_request(self._tokens))

    def _accept_refresh(self, response: httpx.Response, started: float, step: _Renewal) -> None:
        if self._log is not None:
            self._log.response(response.request, response, time.monotonic() - started)
        if response.status_code >= 400:
            raise api_error_from_response(response, self._scrub)
        try:
            payload = response.json()
            readable = isinstance(payload["access_token"], str) and bool(payload["access_token"])
        except (ValueError, KeyError, TypeError):
            readable = False
        if not readable:
            raise APIResponseValidationError(
                "The token response has no access_token",
                status_code=response.status_code,
                body=None,
            )
        current = self._tokens
        self.accept(payload, refresh_token=current.refresh_token, login_key=current.login_key)
        if self._log is not None:
            expires = self._tokens.expires_at
            self._log.renewal(
                "refresh token" if current.refresh_token else "login key",
                _renewal_reason(step, current),
                expires.isoformat(timespec="seconds") if expires else None,
            )

    # One flow for both clients; the drivers below only take their kind of lock -----------

    def _flow(self, request: httpx.Request) -> Generator[httpx.Request | _Renewal, Any, None]:
        """The steps of one call: requests to send (answered with their response) and
        renewals (answered with whether this flow's driver renewed the token). Every request
        is logged as it leaves, and every response the flow answers itself (the client logs
        the one it returns)."""
        if self.is_auth_call(request):
            yield self._logged(request)
            return
        if self._is_stale():
            yield _Renewal(stale=None)
        sent_with = self._authorize(request)
        started = time.monotonic()
        response = yield self._logged(request)
        renewed = False
        for _ in range(MAX_REPLAYS):
            if not self._should_replay(response):
                return
            if renewed and self._tokens.access_token == sent_with:
                return  # a token this call renewed is refused too: the 401 is final
            if self._log is not None:
                self._log.response(request, response, time.monotonic() - started)
            renewed = (yield _Renewal(stale=sent_with)) or renewed
            sent_with = self._authorize(request)
            started = time.monotonic()
            response = yield self._logged(request)

    def _logged(self, request: httpx.Request) -> httpx.Request:
        if self._log is not None:
            self._log.request(request)
        return request

    def _needs(self, renewal: _Renewal) -> bool:
        """Whether ``renewal`` is still due once its driver holds the lock: nobody renewed the
        token meanwhile."""
        if renewal.stale is None:
            return self._is_stale()
        return self._tokens.access_token == renewal.stale

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self._flow(request)
        answer: Any = None
        while True:
            try:
                step = flow.send(answer)
            except StopIteration:
                return
            if isinstance(step, httpx.Request):
                answer = yield step
                continue
            with self._thread_lock:
                answer = self._needs(step)
                if answer:
                    started = time.monotonic()
                    renewal = yield self._renewal_request()
                    renewal.read()
                    if _retried_later(renewal):
                        return
                    self._accept_refresh(renewal, started, step)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self._flow(request)
        answer: Any = None
        while True:
            try:
                step = flow.send(answer)
            except StopIteration:
                return
            if isinstance(step, httpx.Request):
                answer = yield step
                continue
            async with self._async_lock():
                answer = self._needs(step)
                if answer:
                    started = time.monotonic()
                    renewal = yield self._renewal_request()
                    await renewal.aread()
                    if _retried_later(renewal):
                        return
                    self._accept_refresh(renewal, started, step)


def _retried_later(renewal: httpx.Response) -> bool:
    """Whether a renewal's answer says to try again later (429, 5xx): the flow ends with it,
    so the client's retries wait as it asks and send the call again, renewal first."""
    return renewal.status_code == 429 or renewal.status_code >= 500


def _renewal_reason(step: _Renewal, before: Tokens) -> str:
    if step.stale is not None:
        return "a request was refused with HTTP 401"
    if not before.access_token:
        return "first use"
    return "the token was about to expire"


def _place(url: httpx.URL) -> tuple[str, str, int | None, str]:
    """Where a URL points, its query aside."""
    return url.scheme, url.host, url.port, url.path


@dataclass(frozen=True)
class _Renewal:
    """A step of the flow: renew the access token, unless another call has meanwhile;
    ``stale`` is the token a request was refused with (``None``: the token is about to expire)."""

    stale: str | None
