"""Per-token request rate limit in fixed one-second windows, as the service's headers suggest."""

from __future__ import annotations

import math


class RateLimiter:
    """``limit`` requests per second per key; ``limit == 0`` turns limiting (and headers) off."""

    _MAX_KEYS = 10_000

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._windows: dict[str, list[float]] = {}

    def hit(self, key: str, now: float) -> tuple[bool, int, int]:
        """Count a request: ``(allowed, remaining, seconds until the window resets)``."""
        window = self._windows.get(key)
        if window is None or now >= window[0] + 1.0:
            if window is None and len(self._windows) >= self._MAX_KEYS:
                self._prune(now)
            window = [now, 0.0]
            self._windows[key] = window
        reset = max(1, math.ceil(window[0] + 1.0 - now))
        if window[1] >= self.limit:
            return False, 0, reset
        window[1] += 1
        return True, self.limit - int(window[1]), reset

    def _prune(self, now: float) -> None:
        self._windows = {k: w for k, w in self._windows.items() if now < w[0] + 1.0}
