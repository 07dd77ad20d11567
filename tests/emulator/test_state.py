"""The emulator's timestamps: impCentral's ISO form, to the millisecond datetime would print."""

from __future__ import annotations

import random
from datetime import datetime, timezone

from impcentral.emulator.state import iso


def expected(ts: float) -> str:
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def test_iso_matches_datetime_across_milliseconds_seconds_and_rounding() -> None:
    """Stamps many to a millisecond (so the last text is reused), then jumps back and forth,
    and values a hair under the next millisecond or second, which round up."""
    rng = random.Random(7)
    ts = 1_790_000_000.0
    stamps = []
    for _ in range(5000):
        ts += rng.choice((0.0, 0.00001, 0.0003, 0.0011))
        stamps.append(ts)
    stamps += [rng.uniform(0, 2e9) for _ in range(2000)]
    stamps += [1_790_000_000.9999996, 1_790_000_000.0019996, 1_790_000_000.0004999, 0.0]
    for value in stamps:
        assert iso(value) == expected(value), value
