"""When a failed attempt is sent again, and after how long: a policy, no I/O.

What is retried: connection failures and timeouts (also while reading the body), HTTP 408, 429
and 5xx. Idempotent methods are retried on all of them; a POST only on 429 (the service refused
it before doing anything) or when the connection failed before the request was sent, so a retry
never creates a product twice. Event-stream requests are never retried here: the log-stream
consumer owns its reconnect loop.

How long: what the server asks for in ``Retry-After``; on a 429, ``X-RateLimit-Reset`` (when the
rate window resets); otherwise exponential backoff with jitter, so that clients failed by the
same outage do not all come back in the same instant.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime

import httpx

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
# Failures after which the request may or may not have reached the server.
_RETRYABLE_ERRORS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)
# Failures that happen before any byte of the request is sent.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# A reset time larger than this is an absolute epoch timestamp rather than a number of seconds.
_EPOCH_THRESHOLD = 1_000_000_000


def is_event_stream(request: httpx.Request) -> bool:
    """Whether ``request`` asks for an event stream (a log stream)."""
    return "text/event-stream" in request.headers.get("accept", "")


@dataclass(frozen=True)
class RetryPolicy:
    """When to retry and how long to wait; used by the request loop of both clients."""

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
        wait = server_requested_wait(response)
        if wait is None:
            return self.backoff(retries)
        return wait if wait <= self.max_server_wait else None

    def delay_after_error(
        self, request: httpx.Request, error: httpx.HTTPError, retries: int
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


def server_requested_wait(response: httpx.Response) -> float | None:
    """Seconds the server asked us to wait: ``Retry-After`` (seconds or date); for a 429, else
    ``X-RateLimit-Reset`` (seconds until the window resets, or an epoch timestamp)."""
    headers = response.headers
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
    if response.status_code != 429:
        return None
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
