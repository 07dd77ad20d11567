"""Pacing to the service's rate limit: a policy, no I/O (the clients' request loop sleeps).

impCentral allows ``X-RateLimit-Limit`` requests (40) per one-second window and token, answers 429
beyond it, and says when the window resets only in whole seconds (``X-RateLimit-Reset: 1``). A
client that just retries each refused request after that wait loses the rest of every window it
exhausts: with 50 threads and a 40/s limit, a window's 40 requests take ~0.1-0.3 s, then
everyone sleeps a full second. So once the service has answered 429, the client spaces its
requests evenly, a little under the advertised limit, starting when the exhausted window resets.
A client that never reaches the limit is never slowed down; one that does loses no call and keeps
within ~5 % of the limit.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import httpx

# Sends are spaced this much wider than the advertised limit, so that network jitter does not
# squeeze one request too many into a server window.
PACING_MARGIN = 0.05
# The service's rate-limit window; its reset time is never longer than this.
WINDOW_SECONDS = 1.0


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
