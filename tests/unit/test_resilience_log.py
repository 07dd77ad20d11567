"""At INFO, one line per retry, rate-limit pause and token renewal, and nothing else."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import time
from dataclasses import replace
from datetime import datetime, timezone

import httpx
import pytest

from impcentral import InternalServerError
from impcentral._pacing import RatePacer

from .conftest import FakeApi, error, jsonapi, product, product_doc, tokens_body

URL = "https://api.test/v5/products/p1"


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "impcentral"]


def test_each_retry_is_one_info_line(fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="impcentral")
    fake.on("GET", "/products/p1", [error(503, "Unavailable"), error(502, "Bad"), product_doc()])
    with fake.sync_api(max_retries=2) as api:
        api._policy = replace(api._policy, initial_delay=0.01)
        api.products.get("p1")
    lines = _lines(caplog)
    assert len(lines) == 2, lines
    assert lines[0].startswith(f"GET {URL} answered HTTP 503: retry 1 of 2 in 0.0")
    assert lines[1].startswith(f"GET {URL} answered HTTP 502: retry 2 of 2 in 0.0")
    assert all(r.levelno == logging.INFO for r in caplog.records)


def test_a_connection_failure_retry_is_logged(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="impcentral")
    answers = iter([httpx.ConnectError("refused"), product_doc()])

    def answer(request: httpx.Request) -> httpx.Response:
        outcome = next(answers)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    fake.on("GET", "/products/p1", answer)
    with fake.sync_api(max_retries=1) as api:
        api._policy = replace(api._policy, initial_delay=0.01)
        api.products.get("p1")
    assert _lines(caplog)[0].startswith(f"GET {URL} failed (ConnectError): retry 1 of 1 in ")


def test_an_exhausted_retry_budget_logs_the_retries_then_raises(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="impcentral")
    fake.on("GET", "/products/p1", error(500, "Broken"))
    with fake.sync_api(max_retries=1) as api:
        api._policy = replace(api._policy, initial_delay=0.01)
        with pytest.raises(InternalServerError):
            api.products.get("p1")
    assert [line.split(": ")[1][:9] for line in _lines(caplog)] == ["retry 1 o"]


def test_a_rate_limit_pause_is_logged_once_per_window(
    fake: FakeApi, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    caplog.set_level(logging.INFO, logger="impcentral")
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    fake.on(
        "GET",
        "/products/p1",
        jsonapi({"data": product("p1", "p")}, 200, {"X-RateLimit-Limit": "2"}),
    )
    with fake.sync_api() as api:
        api._pacer = RatePacer(lambda: 100.0)  # time stands still: two sends per window
        for _ in range(6):
            api.products.get("p1")
    pauses = [line for line in _lines(caplog) if line.startswith("rate limit:")]
    assert pauses == [
        f"rate limit: GET {URL} and the requests behind it wait 1.03 s",
        f"rate limit: GET {URL} and the requests behind it wait 2.05 s",
    ]


def test_token_renewals_are_logged_without_the_tokens(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="impcentral")
    fake.on("POST", "/auth/token", [tokens_body("first-token"), tokens_body("second-token")])
    fake.on("GET", "/products/p1", [error(401, "Unauthorized"), product_doc()])

    async def main() -> None:
        async with fake.async_api(access_token=None) as api:
            api.auth.tokens = replace(api.auth.tokens, login_key="the-login-key")
            await api.products.get("p1")

    asyncio.run(main())
    lines = _lines(caplog)
    assert len(lines) == 2, lines
    assert lines[0].startswith("access token renewed with the login key (first use), valid until")
    assert lines[1].startswith(
        "access token renewed with the login key (a request was refused with HTTP 401)"
    )
    for secret in ("first-token", "second-token", "the-login-key"):
        assert secret not in caplog.text


def test_an_expiring_token_renewal_says_so(fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="impcentral")
    fake.on("POST", "/auth/token", tokens_body("new-token", refresh="r2"))
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api() as api:
        now = datetime.now(timezone.utc)
        api.auth.tokens = replace(api.auth.tokens, refresh_token="r1", expires_at=now)
        api.products.get("p1")
    lines = _lines(caplog)
    assert len(lines) == 1, lines
    assert lines[0].startswith(
        "access token renewed with the refresh token (the token was about to expire)"
    )
    assert "new-token" not in caplog.text and "r1" not in caplog.text


def test_nothing_at_info_when_nothing_went_wrong(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="impcentral")
    fake.on(
        "GET", "/products", jsonapi({"data": [product("p1")], "links": {"self": "/v5/products"}})
    )
    with fake.sync_api() as api:
        api.products.list()
    assert _lines(caplog) == []


def test_a_debug_client_shows_its_retries_whatever_the_level(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="impcentral")
    caplog.handler.setLevel(logging.DEBUG)
    fake.on("GET", "/products/p1", [error(503, "Unavailable"), product_doc()])
    with fake.sync_api(debug=True) as api:
        api._policy = replace(api._policy, initial_delay=0.01)
        api.products.get("p1")
    infos = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(infos) == 1 and "answered HTTP 503: retry 1 of 2" in infos[0]


def test_impcentral_log_info_turns_on_the_info_lines(tmp_path: object) -> None:
    script = (
        "import httpx\n"
        "from impcentral import ImpCentralApi\n"
        "answers = [httpx.Response(503), httpx.Response(204)]\n"
        "def answer(request):\n"
        "    return answers.pop(0)\n"
        "client = httpx.Client(transport=httpx.MockTransport(answer))\n"
        "api = ImpCentralApi('https://api.test/v5', access_token='s3cr3t-token',\n"
        "                    http_client=client)\n"
        "api.products.delete('p1')\n"
    )
    env = {**os.environ, "IMPCENTRAL_LOG": "info"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1, lines
    assert (
        "impcentral] DELETE https://api.test/v5/products/p1 answered HTTP 503: retry 1 of 2"
        in lines[0]
    )


def test_a_refused_renewal_is_named_in_the_retry_line(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="impcentral")
    fake.on("POST", "/auth/token", [error(503, "Unavailable"), tokens_body("fresh")])
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api(access_token=None) as api:
        api._policy = replace(api._policy, initial_delay=0.01)
        api.auth.tokens = replace(api.auth.tokens, login_key="the-login-key")
        api.products.get("p1")
    lines = _lines(caplog)
    assert lines[0].startswith(
        f"GET {URL} its token renewal answered HTTP 503: retry 1 of 2 in 0.0"
    ), lines
    assert lines[1].startswith("access token renewed with the login key (first use)")
    assert len(lines) == 2
