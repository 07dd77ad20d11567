"""The one ``requests`` session every contract request goes through: paced under the rate limit.

impCentral allows a number of requests per second per token (40 on the public service) and
answers 429 beyond. A contract run must never be the reason for a 429 on someone's account, so
requests leave at most ``rate`` a second; an exhausted ``X-RateLimit-Remaining`` holds the next
request until ``X-RateLimit-Reset``; a 429 that still happens is waited out (``Retry-After``, else
``X-RateLimit-Reset``) and the request sent again, so checks only ever see real answers.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

DEFAULT_RATE = 40.0
#: Longest pause for one 429 or one exhausted window; the service's window is one second.
MAX_PAUSE = 60.0
#: 429s in a row after which the last one is handed to the checks.
MAX_RATE_LIMITED_RETRIES = 5


def pause_from(headers: Mapping[str, str]) -> float | None:
    """Seconds to wait from ``Retry-After`` or ``X-RateLimit-Reset`` (seconds until reset)."""
    for name in ("Retry-After", "X-RateLimit-Reset"):
        value = headers.get(name)
        if value is None:
            continue
        try:
            seconds = float(value)
        except ValueError:
            continue
        return min(max(seconds, 0.0), MAX_PAUSE)
    return None


class PacedSession(requests.Session):
    """A ``requests.Session`` that spaces requests ``1/rate`` apart and honours rate-limit answers.

    ``sent`` counts requests on the wire; ``rate_limited`` counts 429 answers waited out.
    ``on_send`` is called after each request (progress display).
    """

    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        *,
        on_send: Callable[[], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        if rate <= 0:
            raise ValueError("rate must be > 0")
        self.interval = 1.0 / rate
        self.sent = 0
        self.rate_limited = 0
        self._on_send = on_send
        self._sleep = sleep
        self._clock = clock
        self._next_slot = 0.0
        self._lock = threading.Lock()

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
        retries = 0
        while True:
            self._wait_for_slot()
            response = super().request(method, url, *args, **kwargs)
            self.sent += 1
            if self._on_send is not None:
                self._on_send()
            pause = pause_from(response.headers)
            if response.status_code != 429 or retries == MAX_RATE_LIMITED_RETRIES:
                if pause is not None and response.headers.get("X-RateLimit-Remaining") == "0":
                    self._hold(pause)
                return response
            retries += 1
            self.rate_limited += 1
            response.close()
            self._hold(1.0 if pause is None else pause)

    def _wait_for_slot(self) -> None:
        with self._lock:
            now = self._clock()
            slot = max(now, self._next_slot)
            self._next_slot = slot + self.interval
        if slot > now:
            self._sleep(slot - now)

    def _hold(self, seconds: float) -> None:
        """No request leaves before ``seconds`` from now."""
        with self._lock:
            self._next_slot = max(self._next_slot, self._clock() + seconds)
