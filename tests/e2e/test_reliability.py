"""Token expiry, injected faults, rate limits and redaction over a real loopback connection."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

from impcentral import (
    APITimeoutError,
    InternalServerError,
    RateLimitError,
)
from impcentral.emulator import EmulatorServer

from .conftest import EMAIL, PASSWORD


def test_proactive_refresh(client: Any) -> None:
    stale = client.auth.access_token
    client.auth.tokens = replace(client.auth.tokens, expires_at=datetime.now(timezone.utc))
    client.products.list()
    assert client.auth.access_token != stale
    assert client.auth.tokens.expires_at > datetime.now(timezone.utc) + timedelta(minutes=30)


@pytest.mark.impcentral_emulator(token_ttl=0.5)
def test_reactive_refresh_after_the_server_expired_the_token(client: Any) -> None:
    # The client believes the token is good for an hour; the server expires it at once.
    later = datetime.now(timezone.utc) + timedelta(hours=1)
    client.auth.tokens = replace(client.auth.tokens, expires_at=later)
    time.sleep(0.6)
    stale = client.auth.access_token
    assert client.products.list().data == []
    assert client.auth.access_token != stale


@pytest.mark.impcentral_emulator(token_ttl=0.5)
def test_login_key_sessions_renew_themselves(connect: Any, client: Any) -> None:
    key = client.accounts.create_login_key(PASSWORD).data.id
    robot = connect()
    robot.auth.get_access_token(key)
    for _ in range(3):
        time.sleep(0.6)
        assert robot.accounts.get().data.attributes.email == EMAIL


def test_idempotent_calls_survive_flaky_servers(connect: Any, server: EmulatorServer) -> None:
    api = connect(max_retries=8)
    api.auth.login(EMAIL, PASSWORD)
    server.set_faults(error_rate=0.3, drop_rate=0.1)
    try:
        for _ in range(8):
            assert len(api.devices.list().data) == 3
    finally:
        server.clear_faults()


def test_creates_are_not_repeated_after_a_server_error(client: Any, server: EmulatorServer) -> None:
    server.set_faults(error_rate=1.0)
    try:
        with pytest.raises(InternalServerError):
            client.products.create({"name": "once"})
    finally:
        server.clear_faults()
    assert client.products.list().data == []


@pytest.mark.impcentral_emulator(rate_limit=8)
def test_rate_limits_are_waited_out(client: Any) -> None:
    started = time.monotonic()
    for _ in range(20):
        client.devices.list()
    assert time.monotonic() - started >= 1.0  # the limit was hit and honoured


@pytest.mark.impcentral_emulator(rate_limit=3)
def test_rate_limit_error_without_retries(connect: Any) -> None:
    api = connect(max_retries=0)
    api.auth.login(EMAIL, PASSWORD)
    # A client keeps to the limit it is told; a second one on the same token fills the window.
    other = connect(access_token=api.auth.access_token)
    with pytest.raises(RateLimitError) as raised:
        for _ in range(10):
            other.devices.list()
            api.devices.list()
    assert raised.value.headers.get("x-ratelimit-reset")


def test_timeouts(client: Any, server: EmulatorServer) -> None:
    server.set_faults(latency=0.5)
    try:
        with pytest.raises(APITimeoutError):
            client.with_options(timeout=0.1, max_retries=0).products.list()
    finally:
        server.clear_faults()


def test_clients_do_not_share_state(connect: Any) -> None:
    first, second = connect(), connect()
    first.auth.login(EMAIL, PASSWORD)
    second.auth.login(EMAIL, PASSWORD)
    assert first.auth.access_token != second.auth.access_token
    first.debug = True
    assert not second.debug


def test_debug_log_of_a_session_has_no_secret(
    connect: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="impcentral")
    api = connect()
    api.auth.login(EMAIL, PASSWORD)
    key = api.accounts.create_login_key(PASSWORD, {"description": "robot"}).data.id
    api.accounts.list_login_keys()
    api.accounts.get_login_key(key)
    robot = connect()
    robot.auth.get_access_token(key)
    robot.products.create({"name": "logged"})
    refresh = api.auth.tokens.refresh_token
    api.auth.refresh_access_token()
    secrets = {
        "password": PASSWORD,
        "access token": api.auth.access_token,
        "robot token": robot.auth.access_token,
        "refresh token": refresh,
        "login key": key,
    }
    assert "--> POST" in caplog.text and "<-- 201 POST" in caplog.text
    assert [name for name, value in secrets.items() if value in caplog.text] == []
    api.accounts.delete_login_key(key, PASSWORD)
