"""``python -m impcentral.contract`` against the emulator on loopback, as against any endpoint.

Twice over the same ground: a clean emulator passes, one with ``--drift`` fails and the report
names each deviation (operation and schema path). ``--write`` leaves the emulator's state as it
found it, also when the run is interrupted or fails half-way. Generated examples are kept to a
few per operation so the whole module stays within seconds.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from impcentral.contract import cli
from impcentral.contract.session import PacedSession
from impcentral.emulator import EmulatorServer

EMAIL, PASSWORD = "demo@example.com", "demo-password"
ENV = {"IMPCENTRAL_EMAIL": EMAIL, "IMPCENTRAL_PASSWORD": PASSWORD}
TABLES = (
    "accounts",
    "login_keys",
    "products",
    "devicegroups",
    "devices",
    "deployments",
    "webhooks",
    "refresh_tokens",
)


@pytest.fixture
def clean() -> Iterator[EmulatorServer]:
    with EmulatorServer() as server:
        yield server


@pytest.fixture
def drifted() -> Iterator[EmulatorServer]:
    with EmulatorServer(drift=True) as server:
        yield server


def contract(server: EmulatorServer, *args: str, env: dict[str, str] | None = None) -> int:
    """The exit status of one run against ``server`` (the report is on stdout)."""
    return cli.main(["--endpoint", server.url, *args], env=ENV if env is None else env)


def state(server: EmulatorServer) -> dict[str, list[str]]:
    """Every record a user could see or change, except access tokens (they expire)."""
    store = server.emulator.store
    tables = {name: [repr(record) for record in getattr(store, name).values()] for name in TABLES}
    return {**tables, "log_streams": list(server.emulator.hub.streams)}


def test_a_clean_service_conforms(
    clean: EmulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    status = contract(clean, "--examples", "2")
    out, err = capsys.readouterr()
    assert status == cli.OK, out
    assert "DRIFT" not in out
    assert " 0 drifted" in out
    assert "conformant listDevices" in " ".join(out.split())
    assert "[1/" in err  # progress, one line per step when stderr is not a terminal


def test_scratch_writes_conform_and_leave_nothing_behind(
    clean: EmulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(clean)
    status = contract(clean, "--write", "--examples", "0")
    out = capsys.readouterr().out
    assert status == cli.OK, out
    for operation in ("createProduct", "createDeviceGroup", "createDeployment", "createWebhook"):
        assert f"conformant {operation}" in " ".join(out.split())
    assert state(clean) == before


def test_drift_fails_the_run_and_the_report_names_each_deviation(
    drifted: EmulatorServer, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    before = state(drifted)
    junit = tmp_path / "contract.xml"
    status = contract(drifted, "--write", "--examples", "1", "--junit-xml", str(junit))
    out = capsys.readouterr().out
    assert status == cli.DRIFT, out
    blocks = drift_blocks(out)
    product = blocks["createProduct"]
    assert "schema:   /components/schemas/ProductAttributes/properties/created_at" in product
    assert "at:       /data/attributes/created_at" in product
    assert '"" is not a "date-time"' in product
    group = blocks["getDeviceGroup"]
    assert "schema:   /components/schemas/DeviceGroup" in group
    assert 'type "experimental_devicegroup" is none of the known' in group
    assert "at:       /data/type" in group
    device = blocks["getDevice"]
    assert "schema:   /components/schemas/DeviceAttributes" in device
    assert "'macAddress' (renamed from 'mac_address'?)" in device
    assert "at:       /data/attributes/macAddress" in device
    assert state(drifted) == before

    suite = ET.parse(junit).getroot().find("testsuite")
    assert suite is not None
    cases = suite.iter("testcase")
    failed = {case.get("name") for case in cases if case.find("failure") is not None}
    assert failed == set(blocks)
    assert suite.get("failures") == str(len(blocks))


def test_a_read_only_run_names_every_deviation(
    drifted: EmulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    status = contract(drifted, "--examples", "0")
    out = capsys.readouterr().out
    assert status == cli.DRIFT, out
    blocks = drift_blocks(out)
    assert '"" is not a "date-time"' in blocks["getProduct"]
    assert 'type "experimental_devicegroup" is none of the known' in blocks["getDeviceGroup"]
    assert "'macAddress' (renamed from 'mac_address'?)" in blocks["getDevice"]


def drift_blocks(report: str) -> dict[str, str]:
    """Operation id -> its report block, for the operations reported as drifted."""
    blocks: dict[str, str] = {}
    current: str | None = None
    for line in report.splitlines():
        words = line.split()
        if line.startswith("  ") and not line.startswith("      "):
            current = words[1] if words and words[0] == "DRIFT" else None
            if current:
                blocks[current] = ""
        elif current and line.startswith("      "):
            blocks[current] += line.strip() + "\n"
    return blocks


def interrupt_after(verb: str, path: str, error: BaseException) -> Callable[..., Any]:
    """A ``PacedSession.request`` that raises ``error`` once the service has answered the
    first ``verb path`` request: the resource exists, the run has not seen its id."""
    original = PacedSession.request

    def request(self: PacedSession, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        response = original(self, method, url, *args, **kwargs)
        if method.upper() == verb and url.endswith(path):
            raise error
        return response

    return request


def test_ctrl_c_half_way_still_deletes_everything_created(
    clean: EmulatorServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    before = state(clean)
    monkeypatch.setattr(
        PacedSession, "request", interrupt_after("POST", "/webhooks", KeyboardInterrupt())
    )
    status = contract(clean, "--write", "--examples", "0")
    out = capsys.readouterr().out
    assert status == cli.INTERRUPTED
    assert "Stopped early: interrupted." in out
    assert "conformant createDeployment" in " ".join(out.split())
    assert state(clean) == before


def test_a_failure_half_way_still_deletes_everything_created(
    clean: EmulatorServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = state(clean)
    monkeypatch.setattr(
        PacedSession, "request", interrupt_after("POST", "/deployments", RuntimeError("boom"))
    )
    with pytest.raises(RuntimeError, match="boom"):
        contract(clean, "--write", "--examples", "0")
    assert state(clean) == before


def test_an_exhausted_rate_limit_window_holds_the_next_request(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A service limit far below ``--rate``: X-RateLimit-Remaining 0 pauses the run until
    X-RateLimit-Reset, so no request is refused (a 429 would be a drift of its operation)."""
    with EmulatorServer(rate_limit=8) as server:
        status = contract(server, "--examples", "0", "--rate", "500")
    out = capsys.readouterr().out
    assert status == cli.OK, out
    assert "rate-limit answers waited out" not in out


def test_login_key_credentials_and_the_token_flow(
    clean: EmulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    from impcentral import ImpCentralApi

    with ImpCentralApi(clean.url) as api:
        api.auth.login(EMAIL, PASSWORD)
        key = api.accounts.create_login_key(PASSWORD, {"description": "contract"}).data.id
    status = contract(clean, "--examples", "0", env={"IMPCENTRAL_LOGIN_KEY": key})
    out, err = capsys.readouterr()
    assert status == cli.OK, out
    assert "conformant createAccessToken" in " ".join(out.split())
    assert "login key" in out
    assert key not in out + err


def test_missing_or_refused_credentials_are_their_own_exit_status(
    clean: EmulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert contract(clean, env={}) == cli.CANNOT_RUN
    assert "no credentials" in capsys.readouterr().err
    wrong = {"IMPCENTRAL_USERNAME": "demo", "IMPCENTRAL_PASSWORD": "not-the-password"}
    assert contract(clean, env=wrong) == cli.CANNOT_RUN
    err = capsys.readouterr().err
    assert "login failed" in err
    assert "not-the-password" not in err
    assert contract(clean, env={"IMPCENTRAL_ACCESS_TOKEN": "not-a-token"}) == cli.CANNOT_RUN
    assert "login failed" in capsys.readouterr().err


def test_a_token_refused_half_way_ends_the_run(
    clean: EmulatorServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """An access token the run cannot renew dies half-way: every answer would now be a
    documented 401, so the run stops rather than call them conformant."""
    from impcentral import ImpCentralApi

    with ImpCentralApi(clean.url) as api:
        api.auth.login(EMAIL, PASSWORD)
        token = api.auth.access_token or ""
    original = PacedSession.request

    def request(self: PacedSession, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
        response = original(self, method, url, *args, **kwargs)
        if url.endswith("/v5/products"):
            clean.emulator.store.access_tokens.clear()  # as if it had expired
        return response

    monkeypatch.setattr(PacedSession, "request", request)
    status = contract(clean, "--examples", "0", env={"IMPCENTRAL_ACCESS_TOKEN": token})
    out = capsys.readouterr().out
    assert status == cli.CANNOT_RUN
    assert "Stopped early: the service refused the access token" in out


def test_two_factor_accounts_need_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    with EmulatorServer(otp_code="123456") as server:
        assert contract(server, "--examples", "0") == cli.CANNOT_RUN
    assert "two-factor" in capsys.readouterr().err


def test_two_factor_code_is_asked_for() -> None:
    from impcentral.contract.credentials import Login

    with EmulatorServer(otp_code="123456") as server:
        login = Login.from_environment(server.url, ENV, ask_for_otp=lambda: "123456")
        try:
            assert login.method == "password"
            assert requests.get(
                f"{server.url}/accounts/me",
                headers={"Authorization": f"Bearer {login.bearer()}"},
                timeout=5,
            ).ok
        finally:
            login.close()


@pytest.mark.parametrize("endpoint", ["localhost:8000/v5", "ftp://127.0.0.1/v5", " "])
def test_an_endpoint_that_is_not_an_http_url_is_a_usage_error(
    endpoint: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--endpoint", endpoint], env=ENV)
    assert exit_.value.code == cli.USAGE
    assert "absolute http(s) URL" in capsys.readouterr().err


def test_a_junit_file_in_no_directory_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--junit-xml", "/no/such/directory/contract.xml"], env=ENV)
    assert exit_.value.code == cli.USAGE
    assert "no directory" in capsys.readouterr().err


def test_the_endpoint_comes_from_the_environment_too(
    clean: EmulatorServer, capsys: pytest.CaptureFixture[str]
) -> None:
    env = {**ENV, "IMPCENTRAL_API_ENDPOINT": clean.url}
    assert cli.main(["--examples", "0"], env=env) == cli.OK
    assert f"against {clean.url} " in capsys.readouterr().out


def test_ctrl_c_in_a_real_process_still_deletes_everything_created() -> None:
    """The real thing: a separate process, sent SIGINT once the scratch product exists (SIGTERM
    takes the same path: see test_contract_scratch)."""
    with EmulatorServer() as server:
        before = state(server)
        command = [sys.executable, "-m", "impcentral.contract", "--endpoint", server.url]
        command += ["--write", "--examples", "0", "--rate", "20"]
        with subprocess.Popen(
            command,
            env={**os.environ, **ENV},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        ) as process:
            deadline = time.monotonic() + 30
            while not server.emulator.store.products and time.monotonic() < deadline:
                time.sleep(0.02)
            assert server.emulator.store.products, "the run never created its product"
            process.send_signal(signal.SIGINT)
            out, err = process.communicate(timeout=30)
        assert process.returncode == cli.INTERRUPTED, out + err
        assert "Stopped early: interrupted." in out
        assert state(server) == before
