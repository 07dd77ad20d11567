"""Pacing to the service's rate limit, and a cap on the requests handed to httpx at once.

impCentral allows ``X-RateLimit-Limit`` requests (40) per one-second window and token, answers 429
beyond it, and says when the window resets only in whole seconds (``X-RateLimit-Reset: 1``). A
client that just retries each refused request after that wait loses the rest of every window it
exhausts: with 50 threads and a 40/s limit, a window's 40 requests take ~0.1-0.3 s, then
everyone sleeps a full second. So once the service has answered 429, the client spaces its
requests evenly, a little under the advertised limit, starting when the exhausted window resets.
A client that never reaches the limit is never slowed down; one that does loses no call and keeps
within ~5 % of the limit.

The async transport also caps the requests waiting in httpx's connection pool: httpcore checks
every waiting request against every connection whenever one changes state, so 500 tasks queued
there cost ~50 ms of CPU per request (measured) where waiting on a semaphore costs nothing.

Being the layer under the retries, these transports also give each attempt its deadline
(``_deadline``).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import anyio
import httpx

from ._deadline import ATTEMPT_DEADLINE, async_bounded, bounded, deadline_of, expired

# Sends are spaced this much wider than the advertised limit, so that network jitter does not
# squeeze one request too many into a server window.
PACING_MARGIN = 0.05
# The service's rate-limit window; its reset time is never longer than this.
WINDOW_SECONDS = 1.0
# Requests an SDK-owned async client hands to its connection pool at once (httpx keeps 20
# connections alive, so more in flight would only open and close connections).
ASYNC_MAX_IN_FLIGHT = 20


class RatePacer:
    """Shared by every request of one client (its ``with_options`` views included)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._interval = 0.0  # seconds between sends; 0 until the service answers 429
        self._next = 0.0  # the earliest moment the next send may leave

    @property
    def interval(self) -> float:
        return self._interval

    def reserve(self) -> float:
        """Take the next send slot: the seconds to wait before sending."""
        if not self._interval:
            return 0.0
        with self._lock:
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + self._interval
            return slot - now

    def observe(self, response: httpx.Response) -> None:
        """Learn the limit from a 429; the first one also holds sends until its window resets."""
        if response.status_code != 429:
            return
        limit = _positive_int(response.headers.get("x-ratelimit-limit"))
        if limit is None:
            return
        reset = _seconds(response.headers.get("x-ratelimit-reset"))
        with self._lock:
            armed = bool(self._interval)
            self._interval = WINDOW_SECONDS * (1 + PACING_MARGIN) / limit
            if not armed:
                wait = WINDOW_SECONDS if reset is None else min(reset, WINDOW_SECONDS)
                self._next = max(self._next, self._clock() + wait)


def _positive_int(value: str | None) -> int | None:
    try:
        number = int((value or "").strip())
    except ValueError:
        return None
    return number if number > 0 else None


def _seconds(value: str | None) -> float | None:
    try:
        number = float((value or "").strip())
    except ValueError:
        return None
    return number if 0 <= number < 1e9 else None  # an epoch timestamp is not a window length


class PacedTransport(httpx.BaseTransport):
    """Sends through ``inner`` at the pace of ``pacer`` (every attempt, retries included)."""

    def __init__(
        self,
        inner: httpx.BaseTransport,
        pacer: RatePacer,
        *,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner = inner
        self._pacer = pacer
        self._sleep = sleep

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        delay = self._pacer.reserve()
        if delay > 0:
            self._sleep(delay)
        deadline = deadline_of(request)
        # A blocking read cannot be cancelled: the SDK's own connections read the deadline here
        # and cut each socket operation short (``_network``).
        token = ATTEMPT_DEADLINE.set(deadline)
        try:
            response = self._inner.handle_request(request)
        finally:
            ATTEMPT_DEADLINE.reset(token)
        self._pacer.observe(response)
        bounded(response, request, deadline)
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncPacedTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`PacedTransport`; with ``max_in_flight``, at most that many
    requests are in ``inner`` until their response headers arrive (streams do not hold a slot
    while their body is read)."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        pacer: RatePacer,
        *,
        max_in_flight: int | None = None,
    ) -> None:
        self._inner = inner
        self._pacer = pacer
        self._gate = anyio.Semaphore(max_in_flight) if max_in_flight else None

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._gate is None:
            return await self._send(request)
        # The slot is taken inside the gate: a task that queued before the first 429 still
        # learns the pace before it sends.
        async with self._gate:
            return await self._send(request)

    async def _send(self, request: httpx.Request) -> httpx.Response:
        delay = self._pacer.reserve()
        if delay > 0:
            await anyio.sleep(delay)
        deadline = deadline_of(request)
        if deadline is None:
            response = await self._inner.handle_async_request(request)
        else:
            with anyio.move_on_after(deadline - time.monotonic()) as scope:
                response = await self._inner.handle_async_request(request)
            if scope.cancelled_caught:
                raise expired(request)
        self._pacer.observe(response)
        async_bounded(response, request, deadline)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
