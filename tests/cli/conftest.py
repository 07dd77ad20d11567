"""The command line against the emulator: a temporary config directory and working directory
per test, and ``cli(...)`` to run a command the way a shell would (click's runner)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from impcentral.cli import cli as impcentral_cli
from impcentral.cli._session import ACCESS_TOKEN_ENV, ENDPOINT_ENV, LOGIN_KEY_ENV
from impcentral.emulator import EmulatorServer

EMAIL = "demo@example.com"
PASSWORD = "demo-password"


class Cli:
    """Runs ``impcentral`` commands in-process and checks their exit status."""

    def __init__(self, server: EmulatorServer, home: Path) -> None:
        self.server = server
        self.home = home
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, code: int = 0) -> Result:
        result = self.runner.invoke(impcentral_cli, list(args), input=input)
        assert result.exit_code == code, (
            f"impcentral {' '.join(args)} exited {result.exit_code}, not {code}\n"
            f"stdout: {result.stdout}\nstderr: {result.stderr}\n{result.exception!r}"
        )
        return result

    def json(self, *args: str, input: str | None = None) -> Any:
        """The ``--output json`` document of a command."""
        return json.loads(self(*args, "--output", "json", input=input).stdout)

    def ids(self, *args: str) -> list[str]:
        return [item["id"] for item in self.json(*args)["data"]]

    def login(self) -> None:
        self("auth", "login", "-e", self.server.url, "-u", EMAIL, "-w", PASSWORD)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh user: config in ``tmp/config``, working in ``tmp/work``, no credentials in the
    environment."""
    monkeypatch.setenv("IMPCENTRAL_CONFIG_DIR", str(tmp_path / "config"))
    for name in (ENDPOINT_ENV, ACCESS_TOKEN_ENV, LOGIN_KEY_ENV):
        monkeypatch.delenv(name, raising=False)
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    yield tmp_path


@pytest.fixture
def run(home: Path, impcentral_emulator: EmulatorServer) -> Cli:
    return Cli(impcentral_emulator, home)


@pytest.fixture
def cli(run: Cli) -> Cli:
    """Logged in to the emulator with the account's password."""
    run.login()
    return run
