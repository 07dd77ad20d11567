"""Environment configuration, raw responses and the INFO lines of resilience, over loopback."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from impcentral import (
    AsyncImpCentralApi,
    ClientClosedError,
    ImpCentralApi,
    InternalServerError,
    RateLimit,
)
from impcentral.emulator import EmulatorServer

from .conftest import EMAIL, PASSWORD


@pytest.fixture
def login_key(server: EmulatorServer) -> str:
    with ImpCentralApi(server.url) as api:
        api.auth.login(EMAIL, PASSWORD)
        return api.accounts.create_login_key(PASSWORD).data.id


@pytest.mark.impcentral_emulator(token_ttl=0.5)
def test_a_client_configured_by_the_environment_renews_its_login_key(
    server: EmulatorServer,
    login_key: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger="impcentral")
    monkeypatch.setenv("IMPCENTRAL_API_ENDPOINT", server.url)
    monkeypatch.setenv("IMPCENTRAL_LOGIN_KEY", login_key)
    with ImpCentralApi() as api:
        for _ in range(2):
            assert api.accounts.get().data.attributes.email == EMAIL
            time.sleep(0.6)
    renewals = [r.getMessage() for r in caplog.records if "renewed" in r.getMessage()]
    assert renewals[0].startswith("access token renewed with the login key (first use)")
    assert len(renewals) >= 2, renewals
    assert login_key not in caplog.text
    with pytest.raises(ClientClosedError):
        api.accounts.get()


def test_the_async_client_reads_the_environment(
    server: EmulatorServer, login_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMPCENTRAL_API_ENDPOINT", server.url)
    monkeypatch.setenv("IMPCENTRAL_LOGIN_KEY", login_key)

    async def main() -> int:
        async with AsyncImpCentralApi() as api:
            raw = await api.with_raw_response.devices.list()
            assert raw.http_request.url.path == "/v5/devices"
            return len(raw.parse().data)

    assert asyncio.run(main()) == 3


def test_raw_responses_and_the_rate_limit(client: ImpCentralApi) -> None:
    raw = client.with_raw_response.devices.list()
    assert raw.status_code == 200
    remaining = int(raw.headers["X-RateLimit-Remaining"])
    assert client.rate_limit == RateLimit(limit=40, remaining=remaining, reset=raw.rate_limit.reset)
    assert len(raw.parse().data) == 3


def test_retries_through_injected_faults_are_visible_at_info(
    server: EmulatorServer, caplog: pytest.LogCaptureFixture
) -> None:
    with ImpCentralApi(server.url, max_retries=2) as api:
        api.auth.login(EMAIL, PASSWORD)
        caplog.set_level(logging.INFO, logger="impcentral")
        server.set_faults(error_rate=1.0)
        try:
            with pytest.raises(InternalServerError):
                api.devices.list()
        finally:
            server.clear_faults()
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(lines) == 2, lines
    assert "/v5/devices answered HTTP 5" in lines[0] and "retry 1 of 2 in " in lines[0]
    assert "retry 2 of 2 in " in lines[1]
