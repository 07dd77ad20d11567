"""Logins store tokens; the client renews them before expiry and after a 401, exactly once."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from impcentral import (
    APIResponseValidationError,
    AuthenticationError,
    NotFoundError,
    Tokens,
    TwoFactorRequiredError,
)
from impcentral._pacing import RatePacer

from .conftest import BASE, FakeApi, error, product_doc, tokens_body

SOON = datetime.now(timezone.utc) + timedelta(seconds=30)
LATER = datetime.now(timezone.utc) + timedelta(hours=1)
PAST = datetime.now(timezone.utc) - timedelta(minutes=5)


def bearer(request: httpx.Request) -> str | None:
    value: str | None = request.headers.get("Authorization")
    return value


def body(request: httpx.Request) -> object:
    return json.loads(request.content)


class MemoryStore:
    def __init__(self, tokens: Tokens | None = None) -> None:
        self.saved: list[Tokens] = []
        self.initial = tokens

    def load(self) -> Tokens | None:
        return self.initial

    def save(self, tokens: Tokens) -> None:
        self.saved.append(tokens)


def test_login_stores_tokens_and_later_calls_use_them(fake: FakeApi) -> None:
    fake.on("POST", "/auth", tokens_body("access-1", "refresh-1", expires_in=3600))
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api(access_token=None) as api:
        result = api.auth.login("me@example.com", "pw")
        assert result.access_token == "access-1"
        assert result.to_dict()["refresh_token"] == "refresh-1"
        assert api.auth.access_token == "access-1"
        tokens = api.auth.tokens
        assert tokens.refresh_token == "refresh-1" and tokens.login_key is None
        assert tokens.expires_at is not None
        assert tokens.expires_at - datetime.now(timezone.utc) > timedelta(minutes=59)
        api.products.get("p1")
    login, get = fake.requests
    assert bearer(login) is None
    assert login.headers["Content-Type"] == "application/json"
    assert body(login) == {"id": "me@example.com", "password": "pw"}
    assert bearer(get) == "Bearer access-1"


def test_two_factor_login(fake: FakeApi) -> None:
    fake.on(
        "POST",
        "/auth",
        [
            error(
                403, "Multi-Factor Required", "OTP needed", code="PX200", meta={"login_token": "lt"}
            ),
            tokens_body("access-2", "refresh-2"),
        ],
    )
    with fake.sync_api(access_token=None) as api:
        with pytest.raises(TwoFactorRequiredError) as raised:
            api.auth.login("me", "pw")
        assert raised.value.login_token == "lt"
        api.auth.login_with_otp("123456", raised.value.login_token)
        assert api.auth.tokens.refresh_token == "refresh-2"
    otp = fake.requests[1]
    assert otp.headers["X-Electricimp-OTP-Token"] == "123456"
    assert body(otp) == {"login_token": "lt"}


def test_login_key_exchange_keeps_the_key_for_renewal(fake: FakeApi) -> None:
    fake.on("POST", "/auth/token", tokens_body("access-3"))
    with fake.sync_api(access_token=None) as api:
        api.auth.get_access_token("key-1")
        assert api.auth.tokens.login_key == "key-1"
        assert api.auth.tokens.refresh_token is None
    assert body(fake.requests[0]) == {"key": "key-1"}


def test_refresh_access_token_uses_the_kept_refresh_token(fake: FakeApi) -> None:
    fake.on("POST", "/auth", tokens_body("a1", "r1"))
    fake.on("POST", "/auth/token", tokens_body("a2"))
    with fake.sync_api(access_token=None) as api:
        api.auth.login("me", "pw")
        api.auth.refresh_access_token()
        assert api.auth.access_token == "a2"
        assert api.auth.tokens.refresh_token == "r1"  # not returned again, so kept
        api.auth.refresh_access_token("r9")
        assert api.auth.tokens.refresh_token == "r9"
    assert [body(r) for r in fake.calls("POST", "/auth/token")] == [
        {"token": "r1"},
        {"token": "r9"},
    ]


def test_access_token_can_be_read_and_written(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api(access_token="first") as api:
        assert api.auth.access_token == "first"
        api.auth.access_token = "second"
        api.products.get("p1")
    assert bearer(fake.requests[0]) == "Bearer second"


def test_proactive_refresh_shortly_before_expiry(fake: FakeApi) -> None:
    fake.on("POST", "/auth/token", tokens_body("fresh"))
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api(access_token=None) as api:
        api.auth.tokens = Tokens("stale", SOON, refresh_token="r1")
        api.products.get("p1")
        api.products.get("p1")
    refresh, first, second = fake.requests
    assert refresh.url.path == "/v5/auth/token" and bearer(refresh) is None
    assert body(refresh) == {"token": "r1"}
    assert bearer(first) == bearer(second) == "Bearer fresh"


def test_no_refresh_while_the_token_is_valid(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api(access_token=None) as api:
        api.auth.tokens = Tokens("valid", LATER, refresh_token="r1")
        api.products.get("p1")
    assert [r.url.path for r in fake.requests] == ["/v5/products/p1"]


def test_missing_access_token_is_fetched_with_the_login_key(fake: FakeApi) -> None:
    fake.on("POST", "/auth/token", tokens_body("from-key"))
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api(access_token=None) as api:
        api.auth.tokens = Tokens(login_key="key-2")
        api.products.get("p1")
    assert body(fake.requests[0]) == {"key": "key-2"}
    assert bearer(fake.requests[1]) == "Bearer from-key"


def _expiring_server(fake: FakeApi, valid: str = "new") -> None:
    """Accept only the ``valid`` token, like a server whose old token expired early."""

    def products(request: httpx.Request) -> httpx.Response:
        if bearer(request) != f"Bearer {valid}":
            return error(401, "Unauthorized", "token expired")
        return product_doc("p1", status=201 if request.method == "POST" else 200)

    fake.on("GET", "/products/p1", products)
    fake.on("POST", "/products", products)


def test_reactive_refresh_replays_once_with_the_same_body(fake: FakeApi) -> None:
    _expiring_server(fake)
    fake.on("POST", "/auth/token", tokens_body("new"))
    with fake.sync_api(access_token="old") as api:
        api.auth.tokens = Tokens("old", LATER, refresh_token="r1")
        assert api.products.create({"name": "n"}).data.id == "p1"
    first, refresh, replay = fake.requests
    assert bearer(first) == "Bearer old" and bearer(replay) == "Bearer new"
    assert replay.content == first.content
    assert refresh.url.path == "/v5/auth/token"


def test_second_401_is_final(fake: FakeApi) -> None:
    _expiring_server(fake, valid="never")
    fake.on("POST", "/auth/token", tokens_body("new"))
    with fake.sync_api() as api:
        api.auth.tokens = Tokens("old", LATER, refresh_token="r1")
        with pytest.raises(AuthenticationError):
            api.products.get("p1")
    assert len(fake.calls("POST", "/auth/token")) == 1
    assert len(fake.calls("GET", "/products/p1")) == 2


def test_replay_follows_tokens_renewed_by_other_calls(fake: FakeApi) -> None:
    """A request that waited long can find even the renewed token expired; when another call has
    renewed it again meanwhile, it is sent again with that token, without a renewal of its own."""
    fake.on("POST", "/auth/token", tokens_body("t1"))
    with fake.sync_api() as api:
        api.auth.tokens = Tokens("t0", LATER, refresh_token="r1")

        def products(request: httpx.Request) -> httpx.Response:
            if bearer(request) == "Bearer t1":  # expires while another call renews it to t2
                api.auth.tokens = Tokens("t2", LATER, refresh_token="r2")
            if bearer(request) != "Bearer t2":
                return error(401, "Unauthorized", "token expired")
            return product_doc("p1")

        fake.on("GET", "/products/p1", products)
        assert api.products.get("p1").data.id == "p1"
    sent = [bearer(r) for r in fake.calls("GET", "/products/p1")]
    assert sent == ["Bearer t0", "Bearer t1", "Bearer t2"]
    assert len(fake.calls("POST", "/auth/token")) == 1


def test_401_without_refresh_credentials_is_raised(fake: FakeApi) -> None:
    _expiring_server(fake)
    with fake.sync_api(access_token="old") as api, pytest.raises(AuthenticationError):
        api.products.get("p1")
    assert len(fake.requests) == 1


def test_failed_refresh_raises_its_error(fake: FakeApi) -> None:
    _expiring_server(fake)
    fake.on("POST", "/auth/token", error(404, "Not Found", "refresh token revoked"))
    with fake.sync_api() as api:
        api.auth.tokens = Tokens("old", PAST, refresh_token="r1")
        with pytest.raises(NotFoundError, match="refresh token revoked"):
            api.products.get("p1")


def test_login_401_never_triggers_a_refresh(fake: FakeApi) -> None:
    fake.on("POST", "/auth", error(401, "Invalid Credentials", "wrong password"))
    with fake.sync_api() as api:
        api.auth.tokens = Tokens("old", LATER, refresh_token="r1")
        with pytest.raises(AuthenticationError, match="wrong password"):
            api.auth.login("me", "bad")
    assert len(fake.requests) == 1


def test_token_store_restores_and_persists(fake: FakeApi) -> None:
    fake.on("POST", "/auth/token", tokens_body("renewed"))
    fake.on("POST", "/auth", tokens_body("logged-in", "r2"))
    fake.on("GET", "/products/p1", product_doc())
    store = MemoryStore(Tokens("saved", PAST, refresh_token="r1"))
    with fake.sync_api(access_token=None, token_store=store) as api:
        api.products.get("p1")
        assert [t.access_token for t in store.saved] == ["renewed"]
        assert store.saved[0].refresh_token == "r1"
        api.auth.login("me", "pw")
        api.auth.access_token = "by-hand"
    assert [t.access_token for t in store.saved] == ["renewed", "logged-in", "by-hand"]
    assert store.saved[-1].refresh_token == "r2"


def test_explicit_access_token_wins_over_the_store(fake: FakeApi) -> None:
    store = MemoryStore(Tokens("saved", PAST, refresh_token="r1"))
    with fake.sync_api(access_token="given", token_store=store) as api:
        assert api.auth.tokens == Tokens("given", None, refresh_token="r1")


def test_tokens_round_trip_and_hide_their_values() -> None:
    tokens = Tokens("a-secret", SOON, refresh_token="r-secret", login_key=None)
    assert Tokens.from_dict(json.loads(json.dumps(tokens.to_dict()))) == tokens
    assert "secret" not in repr(tokens)


def test_tokens_are_per_client(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api(access_token="one") as first, fake.sync_api(access_token="two") as second:
        first.products.get("p1")
        second.products.get("p1")
        assert first.with_options(max_retries=5).auth.access_token == "one"
    assert [bearer(r) for r in fake.requests] == ["Bearer one", "Bearer two"]


# Single flight ----------------------------------------------------------------------------


class CountingTokenEndpoint:
    """``POST /auth/token`` that takes a while, counting how often it is called."""

    def __init__(self) -> None:
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.calls += 1
        time.sleep(0.05)
        return tokens_body("new")

    async def async_call(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        await asyncio.sleep(0.05)
        return tokens_body("new")


def _run_threads(count: int, work: object) -> list[BaseException]:
    failures: list[BaseException] = []
    start = threading.Barrier(count)

    def run() -> None:
        start.wait()
        try:
            work()  # type: ignore[operator]
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


@pytest.mark.parametrize("expiry", [PAST, LATER], ids=["proactive", "reactive"])
def test_fifty_threads_cause_one_refresh(fake: FakeApi, expiry: datetime) -> None:
    endpoint = CountingTokenEndpoint()
    fake.on("POST", "/auth/token", endpoint)
    _expiring_server(fake)
    with fake.sync_api() as api:
        api.auth.tokens = Tokens("old", expiry, refresh_token="r1")
        failures = _run_threads(50, lambda: api.products.get("p1"))
    assert failures == []
    assert endpoint.calls == 1
    served = [r for r in fake.calls("GET", "/products/p1") if bearer(r) == "Bearer new"]
    assert len(served) == 50


@pytest.mark.parametrize("expiry", [PAST, LATER], ids=["proactive", "reactive"])
def test_fifty_tasks_cause_one_refresh(fake: FakeApi, expiry: datetime) -> None:
    endpoint = CountingTokenEndpoint()
    fake.on("POST", "/auth/token", endpoint.async_call)
    _expiring_server(fake)

    async def main() -> None:
        async with fake.async_api() as api:
            api.auth.tokens = Tokens("old", expiry, refresh_token="r1")
            results = await asyncio.gather(*(api.products.get("p1") for _ in range(50)))
            assert {r.data.id for r in results} == {"p1"}

    asyncio.run(main())
    assert endpoint.calls == 1


def test_auth_urls_follow_the_endpoint_path(fake: FakeApi) -> None:
    """Only ``<endpoint>/auth`` and ``<endpoint>/auth/token`` go without a bearer token."""
    fake.on("GET", "/auth/other", product_doc())
    with fake.sync_api(access_token="t") as api:
        api._request("GET", "/auth/other")
    assert bearer(fake.requests[0]) == "Bearer t"
    assert str(fake.requests[0].url) == BASE + "/auth/other"


def test_a_renewal_refused_for_now_is_retried_with_the_call(
    fake: FakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 429 or 5xx from ``POST /auth/token`` is retried like the call's own answer would be."""
    waits: list[float] = []
    now = [100.0]  # the pacer's clock, moved on by the waits

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    monkeypatch.setattr(time, "sleep", sleep)
    limited = error(429, "Too Many Requests", "slow down")
    limited.headers["X-RateLimit-Reset"] = "1"
    fake.on("POST", "/auth/token", [limited, error(503), tokens_body("new")])
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api() as api:
        api._pacer = RatePacer(lambda: now[0])
        api.auth.tokens = Tokens("old", PAST, refresh_token="r1")
        assert api.products.get("p1").data.id == "p1"
    assert len(fake.calls("POST", "/auth/token")) == 3
    assert waits[0] == 1.0 and len(waits) == 2
    assert [bearer(r) for r in fake.calls("GET", "/products/p1")] == ["Bearer new"]


def test_unreadable_token_response(fake: FakeApi) -> None:
    fake.on("POST", "/auth/token", httpx.Response(200, json={"token_type": "bearer"}))
    with fake.sync_api() as api:
        api.auth.tokens = Tokens("old", PAST, refresh_token="r1")
        with pytest.raises(APIResponseValidationError, match="no access_token"):
            api.products.get("p1")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01-02T03:04:05.678Z", datetime(2026, 1, 2, 3, 4, 5, 678000, timezone.utc)),
        ("2026-01-02T05:04:05+02:00", datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)),
        ("2026-01-02T03:04:05", datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)),
        ("2026-01-01T24:00:00Z", datetime(2026, 1, 2, tzinfo=timezone.utc)),  # dateutil only
        ("soon", None),
        ("", None),
        (3600, None),
    ],
)
def test_expiry_forms(text: object, expected: datetime | None) -> None:
    assert Tokens.from_dict({"expires_at": text}).expires_at == expected
