"""Pacing to the service's rate limit: a policy, no I/O (the clients' request loop sleeps).

impCentral allows ``X-RateLimit-Limit`` requests (40) per token in fixed one-second windows: a
window opens with the first request after the previous one closed, and a request beyond the limit
is answered 429 with ``X-RateLimit-Reset`` in whole seconds. The pacer keeps its own count of that
window: up to the limit, sends leave at once; the next one waits until the window has closed (plus
a margin for network jitter) and opens the next window. A fleet task thus sends a burst per
window, as the service allows, instead of losing calls to 429s or spreading them thinner than the
limit. The limit is the documented 40 until a response says otherwise; a service that sends no
limit is not paced. A 429 all the same (another client on the same token) holds every send until
the window it reports has reset. Only the stated limit is read from a successful answer: its
``X-RateLimit-Remaining`` may be about an earlier window than the sends the pacer has booked.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable

import httpx

from ._retry import server_requested_wait

# The service's rate-limit window.
WINDOW_SECONDS = 1.0
# A window is taken to close this much later than the client's clock says, so that a request of
# the next window never reaches the service inside the previous one.
WINDOW_MARGIN = 0.025
# The documented limit, assumed until a response states one.
DEFAULT_LIMIT = 40


class RatePacer:
    """Shared by every request of one client (its ``with_options`` views included)."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._limit: int | None = DEFAULT_LIMIT  # None: the service states no limit
        self._opened = -math.inf  # when the current window's first send left
        self._sent = 0  # sends in the current window

    @property
    def limit(self) -> int | None:
        """Requests per window this pacer keeps to; None when the service states no limit."""
        return self._limit

    def reserve(self) -> float:
        """Take the next send slot: the seconds to wait before sending."""
        with self._lock:
            if self._limit is None:
                return 0.0
            now = self._clock()
            slot = max(now, self._opened)  # sends may be booked into a window not yet open
            if slot >= self._opened + WINDOW_SECONDS + WINDOW_MARGIN:
                self._opened, self._sent = slot, 0
            elif self._sent >= self._limit:
                slot = self._opened + WINDOW_SECONDS + WINDOW_MARGIN
                self._opened, self._sent = slot, 0
            self._sent += 1
            return slot - now

    def observe(self, response: httpx.Response) -> None:
        """Learn the limit from each answer; a 429 holds every send until its window resets."""
        limit = _positive_int(response.headers.get("x-ratelimit-limit"))
        with self._lock:
            if limit is not None or response.is_success:  # a proxy's error states nothing
                self._limit = limit
            if response.status_code != 429 or self._limit is None:
                return
            # The service counted sends the pacer did not (another client on the token): its
            # window is full until the wait it asks for. Sends booked in later windows stay.
            now = self._clock()
            if self._opened > now:
                return
            wait = server_requested_wait(response)
            until = now + min(WINDOW_SECONDS if wait is None else wait, WINDOW_SECONDS)
            self._opened = until - WINDOW_SECONDS - WINDOW_MARGIN
            self._sent = self._limit


def _positive_int(value: str | None) -> int | None:
    try:
        number = int((value or "").strip())
    except ValueError:
        return None
    return number if number > 0 else None
