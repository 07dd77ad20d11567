"""Debug output: what a request looked like, never a secret; per client or per process."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone

import httpx
import pytest

from impcentral import DeviceGroups, ImpCentralApiError, Tokens, TwoFactorRequiredError

from .conftest import FakeApi, error, jsonapi, product_doc, tokens_body

PASSWORD = "pw-Sesame-4417"
OTP = "otp-903211"
LOGIN_TOKEN = "lt-short-lived-77"
ACCESS = "at-first-token-aaaa"
ACCESS_2 = "at-second-token-bbbb"
ACCESS_3 = "at-third-token-cccc"
REFRESH = "rt-refresh-token-dddd"
LOGIN_KEY = "7d8e6670aa285e9d"
OTHER_KEY = "0c1d2e3f40516273"
REFRESH_ID = "rtid-9f8e7d6c"
UNBOND_KEY = "unbond-5a5a5a5a"
SECRETS = [PASSWORD, OTP, LOGIN_TOKEN, ACCESS, ACCESS_2, ACCESS_3, REFRESH, LOGIN_KEY]
SECRETS += [OTHER_KEY, REFRESH_ID, UNBOND_KEY]


def login_key(key_id: str) -> dict[str, object]:
    return {
        "type": "login_key",
        "id": key_id,
        "links": {"self": f"https://api.test/v5/accounts/me/login_keys/{key_id}"},
        "attributes": {"description": "ci"},
    }


def scripted_service(fake: FakeApi) -> None:
    fake.on(
        "POST",
        "/auth",
        [
            error(
                403,
                "Multi-Factor Required",
                "use OTP",
                code="PX200",
                meta={"login_token": LOGIN_TOKEN},
            ),
            tokens_body(ACCESS, REFRESH),
        ],
    )
    fake.on("POST", "/auth/token", [tokens_body(ACCESS_2), tokens_body(ACCESS_3)])
    fake.on("POST", "/accounts/me/login_keys", jsonapi({"data": login_key(LOGIN_KEY)}, 201))
    fake.on(
        "GET",
        "/accounts/me/login_keys",
        jsonapi({"data": [login_key(LOGIN_KEY)], "links": {"self": "https://api.test/v5/x"}}),
    )
    fake.on(
        "GET",
        f"/accounts/me/login_keys/{OTHER_KEY}",
        error(404, "Not Found", f"login key {OTHER_KEY} does not exist"),
    )
    fake.on("DELETE", f"/accounts/me/login_keys/{LOGIN_KEY}", httpx.Response(204))
    fake.on(
        "GET",
        "/accounts/me/refresh_tokens",
        jsonapi({"data": [{"type": "refresh_token", "id": REFRESH_ID}]}),
    )
    fake.on("DELETE", f"/accounts/me/refresh_tokens/{REFRESH_ID}", httpx.Response(204))
    fake.on("DELETE", "/devicegroups/g1/relationships/devices", httpx.Response(204))

    def products(request: httpx.Request) -> httpx.Response:
        if request.headers["Authorization"] == f"Bearer {ACCESS_2}":
            return error(401, "Unauthorized", f"token {ACCESS_2} expired")
        return product_doc()

    fake.on("GET", "/products/p1", products)


def run_session(fake: FakeApi) -> list[Exception]:
    """Every kind of secret goes over the wire at least once."""
    raised: list[Exception] = []
    with fake.sync_api(access_token=None, max_retries=0) as api:
        try:
            api.auth.login("me@example.com", PASSWORD)
        except TwoFactorRequiredError as exc:
            raised.append(exc)
            api.auth.login_with_otp(OTP, exc.login_token or "")
        api.accounts.create_login_key(PASSWORD, {"description": "ci"})
        api.accounts.list_login_keys()
        try:
            api.accounts.get_login_key(OTHER_KEY)
        except ImpCentralApiError as exc:
            raised.append(exc)
        api.accounts.delete_login_key(LOGIN_KEY, PASSWORD)
        api.auth.get_refresh_tokens()
        api.auth.delete_refresh_token(REFRESH_ID)
        api.device_groups.remove_devices("g1", "d1", unbond_key=UNBOND_KEY)
        api.auth.tokens = Tokens(ACCESS, datetime.now(timezone.utc), refresh_token=REFRESH)
        api.products.get("p1")  # proactive refresh -> ACCESS_2 -> 401 -> reactive -> ACCESS_3
        api.auth.get_access_token(LOGIN_KEY)
    return raised


def test_a_full_debug_session_shows_no_secret(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    scripted_service(fake)
    caplog.set_level(logging.DEBUG, logger="impcentral")
    raised = run_session(fake)
    log = caplog.text
    assert "--> POST https://api.test/v5/auth" in log
    assert "<-- 200 GET https://api.test/v5/products/p1 (" in log and " ms)" in log
    assert "'authorization': '[redacted]'" in log
    assert "x-electricimp-password': '[redacted]" in log
    assert "/accounts/me/login_keys/[redacted]" in log
    assert len(fake.requests) > 12
    leaks = [secret for secret in SECRETS if secret in log]
    assert leaks == []
    for exc in raised:
        assert [s for s in SECRETS if s in str(exc) or s in repr(exc)] == []


def test_debug_is_per_client(fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    fake.on("GET", "/products/p1", product_doc())
    caplog.set_level(logging.WARNING, logger="impcentral")  # the application's choice...
    caplog.handler.setLevel(logging.DEBUG)  # ...with a handler that would show everything
    with fake.sync_api() as quiet, fake.sync_api(debug=False) as loud:
        loud.debug = True
        assert loud.debug and not quiet.debug
        quiet.products.get("p1")
        assert caplog.records == []
        loud.products.get("p1")
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("--> GET https://api.test/v5/products/p1") for m in messages)
    assert all(r.levelno == logging.DEBUG and r.name == "impcentral" for r in caplog.records)


def test_async_client_logs_too(fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    fake.on("GET", "/products/p1", product_doc())
    caplog.set_level(logging.DEBUG, logger="impcentral")
    asyncio.run(fake.async_api().products.get("p1"))
    assert "<-- 200 GET https://api.test/v5/products/p1" in caplog.text
    assert "token-1" not in caplog.text


def test_retries_are_logged(fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    limited = error(429, "Too Many Requests", "later")
    limited.headers["Retry-After"] = "0"
    fake.on("GET", "/products/p1", [limited, product_doc()])
    caplog.set_level(logging.DEBUG, logger="impcentral")
    with fake.sync_api() as api:
        api.products.get("p1")
    assert (
        "GET https://api.test/v5/products/p1 answered HTTP 429: retry 1 of 2 in 0.00 s"
        in caplog.text
    )


def test_environment_variable_turns_on_debug_output(tmp_path: object) -> None:
    script = (
        "import httpx\n"
        "from impcentral import ImpCentralApi\n"
        "def answer(request):\n"
        "    return httpx.Response(204)\n"
        "client = httpx.Client(transport=httpx.MockTransport(answer))\n"
        "api = ImpCentralApi('https://api.test/v5', access_token='s3cr3t-token',\n"
        "                    http_client=client)\n"
        "api.products.delete('p1')\n"
    )
    env = {**os.environ, "IMPCENTRAL_LOG": "debug"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert "<-- 204 DELETE https://api.test/v5/products/p1" in done.stderr
    assert "s3cr3t-token" not in done.stderr


def test_ordinary_bodies_are_logged(fake: FakeApi, caplog: pytest.LogCaptureFixture) -> None:
    fake.on("POST", "/devicegroups", error(400, "Invalid", "no"))
    caplog.set_level(logging.DEBUG, logger="impcentral")
    with fake.sync_api() as api, pytest.raises(ImpCentralApiError):
        api.device_groups.create("p1", DeviceGroups.TYPE_DEVELOPMENT, {"name": "visible-name"})
    assert '"name": "visible-name"' in caplog.text
    assert '"detail": "no"' in caplog.text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://h/v5/accounts/me/login_keys/abc?x=1",
            "https://h/v5/accounts/me/login_keys/[redacted]?x=1",
        ),
        (
            "https://h/v5/accounts/me/refresh_tokens/abc",
            "https://h/v5/accounts/me/refresh_tokens/[redacted]",
        ),
        ("https://h/v5/accounts/me/login_keys", "https://h/v5/accounts/me/login_keys"),
        ("https://h/v5/devices/0c%3A2a", "https://h/v5/devices/0c%3A2a"),
    ],
)
def test_url_redaction(url: str, expected: str) -> None:
    from impcentral._logging import redact_url

    assert redact_url(url) == expected


def test_margin_constant_is_sane() -> None:
    from impcentral._auth import REFRESH_MARGIN

    assert timedelta(seconds=10) <= REFRESH_MARGIN <= timedelta(minutes=5)
