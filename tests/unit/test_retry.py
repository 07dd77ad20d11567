"""The retry matrix: which statuses, errors and methods retry, how long it waits, how often."""

from __future__ import annotations

import asyncio
import email.utils
import time

import anyio
import httpx
import pytest

from impcentral import (
    APIConnectionError,
    AsyncImpCentralApi,
    ImpCentralApi,
    ImpCentralApiError,
    InternalServerError,
    RateLimitError,
)
from impcentral._pacing import RatePacer
from impcentral._retry import RetryPolicy

from .conftest import BASE, FakeApi, error, product_doc

METHODS = ["GET", "PUT", "DELETE", "PATCH", "POST"]
IDEMPOTENT = {"GET", "PUT", "DELETE"}


class Script:
    """A transport body: answers from a list (the last repeating), counting attempts."""

    def __init__(self, *answers: int | httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.attempts = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.attempts += 1
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if isinstance(answer, int):
            return httpx.Response(answer)
        return answer


def send(
    script: Script,
    method: str = "GET",
    *,
    max_retries: int = 2,
    headers: dict[str, str] | None = None,
) -> tuple[int | None, list[float]]:
    """One call through a client's request loop: the final status (None: a connection error)
    and the waits between attempts."""
    waits: list[float] = []
    now = [100.0]  # the pacer's clock, moved on by the waits

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        now[0] += seconds

    client = httpx.Client(transport=httpx.MockTransport(script))
    api = ImpCentralApi(BASE, access_token="t", max_retries=max_retries, http_client=client)
    api._pacer = RatePacer(lambda: now[0])
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(time, "sleep", sleep)
        try:
            response = api._request(method, "/products", headers=headers, content=b"{}")
        except ImpCentralApiError as error:
            return error.status_code, waits
        except APIConnectionError:
            return None, waits
    return response.status_code, waits


async def asend(script: Script, method: str = "GET", max_retries: int = 2) -> int | None:
    client = httpx.AsyncClient(transport=httpx.MockTransport(script))
    api = AsyncImpCentralApi(BASE, access_token="t", max_retries=max_retries, http_client=client)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(anyio, "sleep", _no_wait)
        try:
            return (await api._request(method, "/products")).status_code
        except ImpCentralApiError as error:
            return error.status_code
        except APIConnectionError:
            return None


async def _no_wait(seconds: float) -> None:
    return None


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("status", [408, 500, 502, 503, 504, 520])
def test_server_errors_retry_only_idempotent_methods(method: str, status: int) -> None:
    script = Script(status, 200)
    final, _ = send(script, method)
    if method in IDEMPOTENT:
        assert (final, script.attempts) == (200, 2)
    else:
        assert (final, script.attempts) == (status, 1)


@pytest.mark.parametrize("method", METHODS)
def test_429_retries_every_method(method: str) -> None:
    script = Script(429, 429, 201)
    assert send(script, method)[0] == 201
    assert script.attempts == 3


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 200, 204])
def test_final_statuses_are_not_retried(method: str, status: int) -> None:
    script = Script(status, 200)
    assert send(script, method)[0] == status
    assert script.attempts == 1


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(
    "failure",
    [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("busy")],
)
def test_failures_before_sending_retry_every_method(method: str, failure: Exception) -> None:
    script = Script(failure, 200)
    assert send(script, method)[0] == 200
    assert script.attempts == 2


@pytest.mark.parametrize("method", METHODS)
@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadTimeout("slow"),
        httpx.ReadError("reset"),
        httpx.WriteError("broken"),
        httpx.RemoteProtocolError("closed"),
    ],
)
def test_failures_after_sending_retry_only_idempotent(method: str, failure: Exception) -> None:
    script = Script(failure, 200)
    final, _ = send(script, method)
    if method in IDEMPOTENT:
        assert (final, script.attempts) == (200, 2)
    else:
        assert (final, script.attempts) == (None, 1)


def test_gives_up_after_max_retries() -> None:
    script = Script(503)
    final, waits = send(script, max_retries=3)
    assert (final, script.attempts, len(waits)) == (503, 4, 3)
    script = Script(httpx.ConnectError("refused"))
    assert send(script, max_retries=1)[0] is None
    assert script.attempts == 2


def test_max_retries_zero_sends_once() -> None:
    script = Script(503, 200)
    assert send(script, max_retries=0)[0] == 503
    assert script.attempts == 1


def test_event_stream_requests_are_never_retried() -> None:
    script = Script(503, 200)
    assert send(script, headers={"Accept": "text/event-stream"})[0] == 503
    assert script.attempts == 1


@pytest.mark.parametrize("retries", range(8))
def test_backoff_is_exponential_with_bounded_jitter(retries: int) -> None:
    policy = RetryPolicy()
    ceiling = min(0.5 * 2**retries, 8.0)
    delays = [policy.backoff(retries) for _ in range(200)]
    assert all(0.75 * ceiling <= d <= ceiling for d in delays)
    assert len(set(delays)) > 1  # jittered


def test_waits_grow_between_attempts() -> None:
    _, waits = send(Script(500), max_retries=3)
    assert len(waits) == 3
    assert 0.375 <= waits[0] <= 0.5 and 0.75 <= waits[1] <= 1.0 and 1.5 <= waits[2] <= 2.0


def headered(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, headers=headers)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"Retry-After": "3"}, 3.0),
        ({"Retry-After": "0"}, 0.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"X-RateLimit-Reset": "2"}, 2.0),
        ({"Retry-After": "4", "X-RateLimit-Reset": "1"}, 4.0),
        ({"X-RateLimit-Reset": "-3"}, 0.0),
    ],
)
def test_server_requested_waits_are_honoured(headers: dict[str, str], expected: float) -> None:
    _, waits = send(Script(headered(429, **headers), 200))
    assert waits == [expected]


def test_rate_limit_reset_governs_429_answers_only() -> None:
    """After an outage every client has seen the same window reset: a 5xx backs off with
    jitter instead, so they do not all come back in the same instant."""
    _, waits = send(Script(headered(503, **{"X-RateLimit-Reset": "5"}), 200))
    assert 0.375 <= waits[0] <= 0.5
    _, waits = send(Script(headered(429, **{"X-RateLimit-Reset": "5"}), 200))
    assert waits == [5.0]


def test_retry_after_as_http_date() -> None:
    when = email.utils.formatdate(time.time() + 10, usegmt=True)
    _, waits = send(Script(headered(503, **{"Retry-After": when}), 200))
    assert 8.0 <= waits[0] <= 10.0


def test_rate_limit_reset_as_epoch_timestamp() -> None:
    reset = str(int(time.time()) + 5)
    _, waits = send(Script(headered(429, **{"X-RateLimit-Reset": reset}), 200))
    assert 3.0 <= waits[0] <= 5.0


def test_unparsable_retry_after_falls_back_to_backoff() -> None:
    _, waits = send(Script(headered(503, **{"Retry-After": "soon"}), 200))
    assert 0.375 <= waits[0] <= 0.5


def test_a_wait_beyond_the_cap_surfaces_the_error() -> None:
    script = Script(headered(429, **{"Retry-After": "3600"}), 200)
    assert send(script)[0] == 429
    assert script.attempts == 1


@pytest.mark.parametrize(
    ("answers", "method", "expected"),
    [
        ((503, 200), "GET", 200),
        ((503, 200), "POST", 503),
        ((429, 201), "POST", 201),
        ((httpx.ConnectError("refused"), 201), "POST", 201),
        ((httpx.ReadTimeout("slow"), 201), "POST", None),
        ((httpx.ReadTimeout("slow"), 200), "DELETE", 200),
    ],
)
def test_async_transport_follows_the_same_policy(
    answers: tuple[int | Exception, ...], method: str, expected: int | None
) -> None:
    assert asyncio.run(asend(Script(*answers), method)) == expected


def _no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Record the waits of clients created afterwards instead of sleeping."""
    waits: list[float] = []
    monkeypatch.setattr(time, "sleep", waits.append)
    return waits


def test_client_default_is_two_retries(fake: FakeApi, monkeypatch: pytest.MonkeyPatch) -> None:
    waits = _no_sleep(monkeypatch)
    fake.on("GET", "/products/p1", error(503, "Unavailable", "later"))
    with fake.sync_api() as api, pytest.raises(InternalServerError):
        api.products.get("p1")
    assert len(fake.requests) == 3
    assert len(waits) == 2


def test_per_client_and_per_call_retries(fake: FakeApi, monkeypatch: pytest.MonkeyPatch) -> None:
    _no_sleep(monkeypatch)
    fake.on("GET", "/products/p1", error(503, "Unavailable", "later"))
    with fake.sync_api(max_retries=4) as api:
        with pytest.raises(InternalServerError):
            api.products.get("p1")
        assert len(fake.requests) == 5
        fake.requests.clear()
        with pytest.raises(InternalServerError):
            api.with_options(max_retries=0).products.get("p1")
        assert len(fake.requests) == 1
        fake.requests.clear()
        with pytest.raises(InternalServerError):
            api.products.get("p1")  # the original keeps its own setting
        assert len(fake.requests) == 5


def test_rate_limited_create_is_retried(fake: FakeApi) -> None:
    limited = error(429, "Too Many Requests", "slow down")
    limited.headers["X-RateLimit-Reset"] = "0"
    fake.on("POST", "/products", [limited, product_doc("p2")])
    with fake.sync_api() as api:
        assert api.products.create({"name": "p"}).data.id == "p2"
    assert len(fake.calls("POST", "/products")) == 2


def test_rate_limit_error_after_retries(fake: FakeApi) -> None:
    limited = error(429, "Too Many Requests", "slow down")
    limited.headers["Retry-After"] = "0"
    fake.on("GET", "/devices", limited)
    with fake.sync_api(max_retries=1) as api, pytest.raises(RateLimitError) as raised:
        api.devices.list()
    assert raised.value.headers["retry-after"] == "0"
    assert len(fake.requests) == 2


def test_per_call_timeout(fake: FakeApi) -> None:
    seen: list[object] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return product_doc()

    fake.on("GET", "/products/p1", record)
    with fake.sync_api(timeout=30) as api:
        api.products.get("p1")
        api.with_options(timeout=httpx.Timeout(2.0, connect=1.0)).products.get("p1")
    assert seen[0] == {"connect": 30, "read": 30, "write": 30, "pool": 30}
    assert seen[1] == {"connect": 1.0, "read": 2.0, "write": 2.0, "pool": 2.0}


def test_default_timeout_is_finite(fake: FakeApi) -> None:
    seen: list[dict[str, float | None]] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return product_doc()

    fake.on("GET", "/products/p1", record)
    with fake.sync_api() as api:
        api.products.get("p1")
    assert all(value is not None for value in seen[0].values())
