"""Retries with exponential backoff, as httpx transports (one policy, a sync and an async edge).

What is retried: connection failures and timeouts (also while reading the body, which is read
here), HTTP 408, 429 and 5xx. Idempotent methods are retried on all of them; a POST only on 429
(the service refused it before doing anything) or when the connection failed before the request
was sent, so a retry never creates a product twice.
Waits honour ``Retry-After`` and ``X-RateLimit-Reset``. Event-stream requests are never retried
here: the log-stream consumer owns its reconnect loop.

Being a transport, this sees every attempt, so it also writes the per-attempt debug log.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import anyio
import httpx

from ._deadline import is_event_stream
from ._logging import RequestLog

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures after which the request may or may not have reached the server.
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Failures that happen before any byte of the request is sent.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# A reset time larger than this is an absolute epoch timestamp rather than a number of seconds.
_EPOCH_THRESHOLD = 1_000_000_000


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait; shared by the sync and async transports."""

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    # A server asking for a longer wait than this gets its error surfaced instead.
    max_server_wait: float = 60.0

    def delay_after_response(
        self, request: httpx.Request, response: httpx.Response, retries: int
    ) -> float | None:
        """Seconds to wait before another attempt, or ``None`` to hand ``response`` back."""
        status = response.status_code
        if not (status in (408, 429) or status >= 500):  # the usual case first: nothing to retry
            return None
        if retries >= self.max_retries or is_event_stream(request):
            return None
        if status != 429 and request.method not in IDEMPOTENT_METHODS:
            return None
        wait = server_requested_wait(response.headers)
        if wait is None:
            return self.backoff(retries)
        return wait if wait <= self.max_server_wait else None

    def delay_after_error(
        self, request: httpx.Request, error: httpx.TransportError, retries: int
    ) -> float | None:
        """Seconds to wait before another attempt, or ``None`` to let ``error`` propagate."""
        if retries >= self.max_retries or is_event_stream(request):
            return None
        if isinstance(error, _NOT_SENT_ERRORS):
            return self.backoff(retries)
        if isinstance(error, _RETRYABLE_ERRORS) and request.method in IDEMPOTENT_METHODS:
            return self.backoff(retries)
        return None

    def backoff(self, retries: int) -> float:
        """``min(initial * 2**retries, max)`` less up to 25 % jitter, so clients spread out."""
        delay = min(self.initial_delay * 2.0**retries, self.max_delay)
        return delay * (1 - 0.25 * random.random())


def server_requested_wait(headers: httpx.Headers) -> float | None:
    """Seconds the server asked us to wait: ``Retry-After`` (seconds or date), else
    ``X-RateLimit-Reset`` (seconds until the window resets, or an epoch timestamp)."""
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        seconds = _number(retry_after)
        if seconds is None:
            try:
                seconds = parsedate_to_datetime(retry_after).timestamp() - time.time()
            except (TypeError, ValueError):
                seconds = None
        if seconds is not None:
            return max(seconds, 0.0)
    reset = _number(headers.get("x-ratelimit-reset"))
    if reset is not None:
        if reset > _EPOCH_THRESHOLD:
            reset -= time.time()
        return max(reset, 0.0)
    return None


def _number(value: str | None) -> float | None:
    if value is None:
        return None
    try:
        return float(value.strip())
    except ValueError:
        return None


def _read(response: httpx.Response) -> None:
    """Read the whole body here, inside the retry loop, so that a connection lost halfway
    through it (or a deadline passed while reading) is one more failed attempt."""
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


class RetryTransport(httpx.BaseTransport):
    """Sends through ``inner``, retrying per ``policy`` and logging every attempt."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        log: RequestLog,
        *,
        owns_inner: bool = True,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._log = log
        self._owns_inner = owns_inner
        self._sleep = sleep or time.sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retries = 0
        while True:
            self._log.request(request)
            started = time.monotonic()
            try:
                response = self._inner.handle_request(request)
                if not is_event_stream(request):
                    _read(response)  # a body cut short is retried like a dropped connection
            except httpx.TransportError as error:
                self._log.failure(request, error, time.monotonic() - started)
                delay = self._policy.delay_after_error(request, error, retries)
                if delay is None:
                    raise
                reason = type(error).__name__
            else:
                delay = self._policy.delay_after_response(request, response, retries)
                if delay is None:
                    self._log.response(request, response, time.monotonic() - started)
                    return response
                response.close()
                self._log.response(request, response, time.monotonic() - started)
                reason = f"HTTP {response.status_code}"
            retries += 1
            self._log.retry(request, reason, delay, retries)
            self._sleep(delay)

    def close(self) -> None:
        if self._owns_inner:
            self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`RetryTransport`: same policy, same log, awaitable sleeps."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        log: RequestLog,
        *,
        owns_inner: bool = True,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        self._inner = inner
        self._policy = policy
        self._log = log
        self._owns_inner = owns_inner
        self._sleep = sleep or anyio.sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retries = 0
        while True:
            self._log.request(request)
            started = time.monotonic()
            try:
                response = await self._inner.handle_async_request(request)
                if not is_event_stream(request):
                    await _aread(response)
            except httpx.TransportError as error:
                self._log.failure(request, error, time.monotonic() - started)
                delay = self._policy.delay_after_error(request, error, retries)
                if delay is None:
                    raise
                reason = type(error).__name__
            else:
                delay = self._policy.delay_after_response(request, response, retries)
                if delay is None:
                    self._log.response(request, response, time.monotonic() - started)
                    return response
                await response.aclose()
                self._log.response(request, response, time.monotonic() - started)
                reason = f"HTTP {response.status_code}"
            retries += 1
            self._log.retry(request, reason, delay, retries)
            await self._sleep(delay)

    async def aclose(self) -> None:
        if self._owns_inner:
            await self._inner.aclose()
