"""``auth login|logout|info`` and ``account info``: the ways in, and how the login is kept."""

from __future__ import annotations

import json
import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest

from impcentral import ImpCentralApi, Tokens
from impcentral.cli import _config

from .conftest import EMAIL, PASSWORD, Cli


def _auth_file(home: Path) -> Path:
    return home / "config" / "auth.json"


def test_password_login_keeps_tokens_in_a_private_file(
    run: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[str, int]] = []
    real_open = os.open

    def spy(path: Any, flags: int, mode: int = 0o777, **kwargs: Any) -> int:
        opened.append((str(path), mode))
        return real_open(path, flags, mode, **kwargs)

    monkeypatch.setattr("impcentral.cli._config.os.open", spy)
    old_umask = os.umask(0)  # a permissive umask must not widen the file
    try:
        result = run("auth", "login", "-e", run.server.url, "-u", EMAIL, input=f"{PASSWORD}\n")
    finally:
        os.umask(old_umask)
    assert "Logged in" in result.stdout and "demo" in result.stdout
    path = _auth_file(run.home)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert opened and all(mode == 0o600 for _, mode in opened)  # created private, not chmod-ed
    stored = json.loads(path.read_text())
    assert stored["endpoint"] == run.server.url
    assert stored["tokens"]["access_token"] and stored["tokens"]["refresh_token"]
    assert PASSWORD not in path.read_text()

    info = run.json("auth", "info")
    assert info["data"]["attributes"]["username"] == "demo"
    assert info["meta"]["method"] == "password"
    assert run.json("account", "info")["data"]["attributes"]["email"] == EMAIL
    assert run.json("account", "info", "-u", "demo")["data"]["id"] == info["data"]["id"]
    assert run.ids("account", "list") == [info["data"]["id"]]

    run("auth", "logout")
    assert not path.exists()
    result = run("product", "list", code=1)
    assert result.stderr.startswith("Error: Not logged in")


@pytest.mark.impcentral_emulator(otp_code="123456")
def test_two_factor_login_asks_for_the_one_time_password(run: Cli) -> None:
    result = run(
        "auth", "login", "-e", run.server.url, "-u", EMAIL, "-w", PASSWORD, input="123456\n"
    )
    assert "One-time password" in result.stderr
    assert "Logged in" in result.stdout
    wrong = run(
        "auth", "login", "-e", run.server.url, "-u", EMAIL, "-w", PASSWORD, "--confirm",
        input="000000\n", code=1,
    )  # fmt: skip
    assert wrong.stderr.count("\n") == 2  # the prompt, then one error line
    assert "HTTP 401" in wrong.stderr or "HTTP 403" in wrong.stderr


def test_login_key_and_access_token_logins(run: Cli) -> None:
    with ImpCentralApi(run.server.url) as api:
        api.auth.login(EMAIL, PASSWORD)
        key = api.accounts.create_login_key(PASSWORD, {"description": "ci"}).data.id
        token = api.auth.access_token
    assert token
    run("auth", "login", "-e", run.server.url, "--lk", key)
    info = run.json("auth", "info")
    assert info["meta"]["method"] == "login key"
    run("auth", "login", "-e", run.server.url, "--token", token, input="y\n")
    assert run.json("auth", "info")["meta"]["renews itself"] == "no"
    # Replacing a stored login asks first.
    run("auth", "login", "-e", run.server.url, "--token", token, input="n\n", code=1)


def test_an_expired_access_token_is_renewed_and_saved(cli: Cli) -> None:
    path = _auth_file(cli.home)
    stored = json.loads(path.read_text())
    stored["tokens"]["access_token"] = "expired-or-revoked"
    path.write_text(json.dumps(stored))
    assert cli.json("account", "info")["data"]["attributes"]["username"] == "demo"
    renewed = json.loads(path.read_text())["tokens"]["access_token"]
    assert renewed and renewed != "expired-or-revoked"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_environment_wins_over_the_stored_login(run: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    with ImpCentralApi(run.server.url) as api:
        api.auth.login(EMAIL, PASSWORD)
        token = api.auth.access_token
    assert token
    # A stored login pointing nowhere useful...
    _config.AuthFile(_auth_file(run.home)).write(
        _config.StoredLogin("http://127.0.0.1:9/v5", Tokens(access_token="stale"))
    )
    monkeypatch.setenv("IMPCENTRAL_API_ENDPOINT", run.server.url)
    monkeypatch.setenv("IMPCENTRAL_ACCESS_TOKEN", token)
    info = run.json("auth", "info")
    assert info["meta"]["credentials from"] == "environment (IMPCENTRAL_ACCESS_TOKEN)"
    assert info["meta"]["endpoint"] == run.server.url
    assert run.json("product", "list") == {"data": []}


@pytest.mark.impcentral_emulator(token_ttl=1)
def test_a_temporary_login_ends_with_its_access_token(run: Cli) -> None:
    run("auth", "login", "-e", run.server.url, "-u", EMAIL, "-w", PASSWORD, "--temp")
    stored = json.loads(_auth_file(run.home).read_text())
    assert stored["temporary"] is True and stored["tokens"]["refresh_token"] is None
    time.sleep(1.2)
    expired = run("account", "info", code=1)
    assert expired.stderr.count("\n") == 1
    assert "HTTP 401" in expired.stderr and "impcentral auth login" in expired.stderr
