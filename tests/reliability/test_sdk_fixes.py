"""Unit checks of the SDK changes this suite led to (the load and expiry tests show their effect).

- Rate-limit pacing (``impcentral._pacing``): after the first 429 the client spaces its requests
  a little under ``X-RateLimit-Limit``, starting when the exhausted window resets.
- The async client hands at most ``ASYNC_MAX_IN_FLIGHT`` requests to httpx's pool at once.
- Token renewal ahead of expiry is capped at a quarter of the token's lifetime (a 2 s token used
  to be renewed before every request, the 60 s margin being longer than its life).
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi, _auth
from impcentral._pacing import (
    ASYNC_MAX_IN_FLIGHT,
    PACING_MARGIN,
    AsyncPacedTransport,
    PacedTransport,
    RatePacer,
)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def limited(limit: str = "40", reset: str = "1") -> httpx.Response:
    return httpx.Response(
        429,
        headers={
            "X-RateLimit-Limit": limit,
            "X-RateLimit-Remaining": "0",
            "X-RateLimit-Reset": reset,
        },
    )


def test_no_pacing_before_the_service_refuses_a_request() -> None:
    pacer = RatePacer(Clock())
    pacer.observe(httpx.Response(200, headers={"X-RateLimit-Limit": "40"}))
    assert [pacer.reserve() for _ in range(100)] == [0.0] * 100


def test_a_429_holds_sends_until_the_window_resets_then_spaces_them() -> None:
    clock = Clock()
    pacer = RatePacer(clock)
    pacer.observe(limited("40", "1"))
    interval = (1 + PACING_MARGIN) / 40
    assert pacer.interval == pytest.approx(interval)
    waits = [pacer.reserve() for _ in range(4)]
    assert waits == pytest.approx([1.0, 1.0 + interval, 1.0 + 2 * interval, 1.0 + 3 * interval])
    # 40 sends fit in slightly more than one second, never 41 in one.
    clock.now += 10
    first = pacer.reserve()
    sends = [first] + [pacer.reserve() for _ in range(40)]
    assert first == 0.0 and sends[40] > 1.0


def test_later_429s_update_the_limit_without_stopping_everyone() -> None:
    clock = Clock()
    pacer = RatePacer(clock)
    pacer.observe(limited("40"))
    clock.now += 5
    pacer.observe(limited("10"))
    assert pacer.interval == pytest.approx((1 + PACING_MARGIN) / 10)
    assert pacer.reserve() == 0.0  # no new hold: the first window was waited out already


@pytest.mark.parametrize(
    "headers", [{}, {"X-RateLimit-Limit": "0"}, {"X-RateLimit-Limit": "forty"}]
)
def test_a_429_without_a_usable_limit_leaves_pacing_to_the_retries(
    headers: dict[str, str],
) -> None:
    pacer = RatePacer(Clock())
    pacer.observe(httpx.Response(429, headers=headers))
    assert pacer.interval == 0.0 and pacer.reserve() == 0.0


def test_a_huge_reset_holds_sends_for_one_window_at_most() -> None:
    pacer = RatePacer(Clock())
    pacer.observe(limited("40", "3600"))
    assert pacer.reserve() == pytest.approx(1.0)


def test_the_sync_transport_sleeps_for_its_slot() -> None:
    clock = Clock()
    slept: list[float] = []
    statuses = iter([429, 200, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        status = next(statuses)
        return limited() if status == 429 else httpx.Response(200)

    transport = PacedTransport(httpx.MockTransport(handler), RatePacer(clock), sleep=slept.append)
    for _ in range(3):
        transport.handle_request(httpx.Request("GET", "https://api.test/v5/devices"))
    assert slept == pytest.approx([1.0, 1.0 + (1 + PACING_MARGIN) / 40])


async def test_the_async_transport_caps_requests_in_the_pool() -> None:
    active = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
        return httpx.Response(200)

    transport = AsyncPacedTransport(httpx.MockTransport(handler), RatePacer(), max_in_flight=3)
    request = httpx.Request("GET", "https://api.test/v5/devices")
    await asyncio.gather(*(transport.handle_async_request(request) for _ in range(30)))
    assert peak == 3


async def test_clients_are_built_with_pacing_and_the_async_cap() -> None:
    sync_api = ImpCentralApi("https://api.test/v5")
    async_api = AsyncImpCentralApi("https://api.test/v5")
    own_client = httpx.AsyncClient()
    theirs = AsyncImpCentralApi("https://api.test/v5", http_client=own_client)
    try:
        assert isinstance(sync_api._pool, PacedTransport)
        assert isinstance(async_api._pool, AsyncPacedTransport)
        assert async_api._pool._gate is not None
        assert async_api._pool._gate.value == ASYNC_MAX_IN_FLIGHT
        assert theirs._pool._gate is None  # an application's client keeps its own limits
        # with_options views share the pacer (one rate limit per token).
        assert async_api.with_options(timeout=1)._pool is async_api._pool
    finally:
        sync_api.close()
        await async_api.aclose()
        await theirs.aclose()
        await own_client.aclose()


def _auth_with_token(expires_in: float, now: datetime) -> _auth.TokenAuth:
    auth = _auth.TokenAuth(
        _auth.Tokens(),
        refresh_request=lambda tokens: httpx.Request("POST", "https://api.test/v5/auth/token"),
        auth_urls=frozenset(),
    )
    auth.accept({"access_token": "t" * 20, "expires_in": expires_in, "refresh_token": "r" * 20})
    return auth


@pytest.mark.parametrize(
    ("expires_in", "renew_after"), [(2.0, 1.5), (3600.0, 3540.0), (100.0, 75.0)]
)
def test_renewal_margin_is_capped_by_the_token_lifetime(
    monkeypatch: pytest.MonkeyPatch, expires_in: float, renew_after: float
) -> None:
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    monkeypatch.setattr(_auth, "_utc_now", lambda: start)
    auth = _auth_with_token(expires_in, start)
    assert not auth._is_stale()
    monkeypatch.setattr(_auth, "_utc_now", lambda: start + timedelta(seconds=renew_after - 0.01))
    assert not auth._is_stale()
    monkeypatch.setattr(_auth, "_utc_now", lambda: start + timedelta(seconds=renew_after))
    assert auth._is_stale()


def test_a_token_set_by_hand_gets_the_full_margin_again(monkeypatch: pytest.MonkeyPatch) -> None:
    start = datetime(2025, 1, 1, tzinfo=timezone.utc)
    monkeypatch.setattr(_auth, "_utc_now", lambda: start)
    auth = _auth_with_token(2.0, start)
    auth.tokens = _auth.Tokens("a" * 20, start + timedelta(seconds=90), "r" * 20)
    monkeypatch.setattr(_auth, "_utc_now", lambda: start + timedelta(seconds=31))
    assert auth._is_stale()  # 60 s before expiry, as before
