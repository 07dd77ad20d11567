"""Unit checks of the SDK changes this suite led to (the load and expiry tests show their effect).

- Rate-limit pacing (``impcentral._pacing``): the client sends up to ``X-RateLimit-Limit`` requests
  per one-second window and holds the next until the window has closed; a 429 holds every send
  until its window resets.
- The async client has at most ``MAX_IN_FLIGHT`` calls in httpx's pool at once.
- Token renewal ahead of expiry is capped at a quarter of the token's lifetime (a 2 s token used
  to be renewed before every request, the 60 s margin being longer than its life).
"""

from __future__ import annotations

import asyncio
import time
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi, RateLimitError, _auth
from impcentral._client import MAX_IN_FLIGHT
from impcentral._pacing import DEFAULT_LIMIT, WINDOW_MARGIN, WINDOW_SECONDS, RatePacer

BASE = "https://api.test/v5"


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


WINDOW = WINDOW_SECONDS + WINDOW_MARGIN  # a window, as the pacer counts it


def ok(limit: str | None = "40") -> httpx.Response:
    return httpx.Response(200, headers={} if limit is None else {"X-RateLimit-Limit": limit})


def test_a_window_takes_the_limit_at_once_and_the_next_send_opens_the_next() -> None:
    pacer = RatePacer(Clock())
    waits = [pacer.reserve() for _ in range(100)]
    assert waits == pytest.approx([0.0] * 40 + [WINDOW] * 40 + [2 * WINDOW] * 20)


def test_a_window_opens_with_the_first_send_after_the_last_one_closed() -> None:
    clock = Clock()
    pacer = RatePacer(clock)
    for _ in range(40):
        pacer.reserve()
    clock.now += 0.5
    assert pacer.reserve() == pytest.approx(WINDOW - 0.5)
    clock.now += 5
    assert [pacer.reserve() for _ in range(40)] == [0.0] * 40


def test_the_stated_limit_is_kept() -> None:
    pacer = RatePacer(Clock())
    pacer.observe(ok("10"))
    assert pacer.limit == 10
    assert [pacer.reserve() for _ in range(11)] == pytest.approx([0.0] * 10 + [WINDOW])


def test_a_service_that_states_no_limit_is_not_paced_and_a_proxy_error_changes_nothing() -> None:
    pacer = RatePacer(Clock())
    pacer.observe(httpx.Response(502))  # from a proxy: no headers, no verdict
    assert pacer.limit == DEFAULT_LIMIT
    pacer.observe(ok(None))
    assert pacer.limit is None
    assert [pacer.reserve() for _ in range(100)] == [0.0] * 100


def test_a_429_holds_every_send_until_the_window_resets() -> None:
    clock = Clock()
    pacer = RatePacer(clock)
    pacer.observe(limited("40", "1"))  # before any send: a window the pacer never saw
    assert [pacer.reserve() for _ in range(41)] == pytest.approx([1.0] * 40 + [1.0 + WINDOW])
    clock.now += 1.0 + WINDOW + 0.1  # inside the window of that 41st send
    pacer.observe(limited("40", "1"))
    assert pacer.reserve() == pytest.approx(1.0)


def test_a_huge_reset_holds_sends_for_one_window_at_most() -> None:
    pacer = RatePacer(Clock())
    pacer.observe(limited("40", "3600"))
    assert pacer.reserve() == pytest.approx(1.0)


def test_a_429_leaves_the_sends_booked_in_later_windows_as_they_are() -> None:
    clock = Clock()
    pacer = RatePacer(clock)
    for _ in range(100):
        pacer.reserve()
    clock.now += 0.1
    pacer.observe(limited())
    assert pacer.reserve() == pytest.approx(2 * WINDOW - 0.1)


@pytest.mark.parametrize("headers", [{}, {"X-RateLimit-Limit": "0"}, {"X-RateLimit-Limit": "x"}])
def test_a_429_without_a_usable_limit_keeps_the_limit_known(headers: dict[str, str]) -> None:
    pacer = RatePacer(Clock())
    pacer.observe(httpx.Response(429, headers=headers))
    assert pacer.limit == DEFAULT_LIMIT and pacer.reserve() == pytest.approx(1.0)


def test_the_sync_client_sleeps_for_its_slot(monkeypatch: pytest.MonkeyPatch) -> None:
    slept: list[float] = []
    statuses = iter([429, 200, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        return limited() if next(statuses) == 429 else ok()

    client = httpx.Client(transport=httpx.MockTransport(handler))
    api = ImpCentralApi(BASE, access_token="t", max_retries=0, http_client=client)
    api._pacer = RatePacer(Clock())
    monkeypatch.setattr(time, "sleep", slept.append)
    with pytest.raises(RateLimitError):
        api._request("GET", "/devices")
    for _ in range(2):
        api._request("GET", "/devices")
    assert slept == pytest.approx([1.0, 1.0])


async def test_the_async_client_caps_calls_in_its_pool() -> None:
    """An SDK-owned async client has at most ``MAX_IN_FLIGHT`` calls in its pool at once; an
    application's client keeps its own limits."""
    active = peak = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal active, peak
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.01)
        active -= 1
        return httpx.Response(200)

    calls = MAX_IN_FLIGHT + 10
    own = AsyncImpCentralApi(BASE, access_token="t")
    await own._http.aclose()
    own._http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    await asyncio.gather(*(own._request("GET", "/devices") for _ in range(calls)))
    assert peak == MAX_IN_FLIGHT
    peak = 0
    theirs = AsyncImpCentralApi(
        BASE,
        access_token="t",
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )
    await asyncio.gather(*(theirs._request("GET", "/devices") for _ in range(calls)))
    assert peak == calls


async def test_views_share_the_connections_and_the_pacing() -> None:
    """One rate limit per token: ``with_options`` views pace with their client."""
    for api in (ImpCentralApi(BASE), AsyncImpCentralApi(BASE)):
        view = api.with_options(timeout=1)
        assert view._pacer is api._pacer and view._http is api._http
        if isinstance(api, ImpCentralApi):
            api.close()
        else:
            await api.aclose()


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
