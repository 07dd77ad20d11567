"""Failures read as one line with the API's error code; usage errors exit 2; ``--debug`` logs
requests without secrets; JSON output is valid for other programs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import PASSWORD, Cli


def test_errors_are_one_line(cli: Cli) -> None:
    cli("product", "create", "-n", "P")
    duplicate = cli("product", "create", "-n", "P", code=1)
    assert duplicate.stderr.startswith("Error: ") and duplicate.stderr.count("\n") == 1
    assert "[CX001, HTTP 409]" in duplicate.stderr
    assert duplicate.stdout == ""

    unknown = cli("product", "list", "--bogus", code=2)
    assert unknown.stderr == (
        "Error: No such option '--bogus'. (see: impcentral product list --help)\n"
    )
    missing = cli("device", "info", code=2)
    assert missing.stderr.count("\n") == 1 and "--device" in missing.stderr
    nothing = cli("product", "update", "-p", "P", code=2)
    assert "Nothing to change" in nothing.stderr
    bad_json = cli("dg", "create", "-n", "g", "-p", "P", "-e", "{oops", code=2)
    assert "--env-variable" in bad_json.stderr and bad_json.stderr.count("\n") == 1


def test_unreachable_endpoint(run: Cli) -> None:
    result = run("auth", "login", "-e", "http://127.0.0.1:9/v5", "-u", "a", "-w", "b", code=1)
    assert (
        result.stderr.startswith("Error: cannot reach the API") and result.stderr.count("\n") == 1
    )


def test_debug_log_and_json_for_scripts(cli: Cli) -> None:
    """In a real process: ``--debug`` shows the requests with the token redacted, and
    ``--output json`` pipes into ``python -m json.tool``."""
    cli("product", "create", "-n", "Piped")
    env = {**os.environ, "IMPCENTRAL_CONFIG_DIR": str(cli.home / "config")}
    command = [sys.executable, "-m", "impcentral.cli"]
    debug = subprocess.run(
        [*command, "--debug", "product", "list"], env=env, capture_output=True, text=True,
        timeout=60, check=True,
    )  # fmt: skip
    assert "GET " in debug.stderr and "/products" in debug.stderr
    assert "'authorization': '[redacted]'" in debug.stderr
    token = json.loads((cli.home / "config" / "auth.json").read_text())["tokens"]["access_token"]
    assert token not in debug.stderr and PASSWORD not in debug.stderr
    listing = subprocess.run(
        [*command, "product", "list", "-z", "json"], env=env, capture_output=True, timeout=60,
        check=True,
    )  # fmt: skip
    tool = subprocess.run(
        [sys.executable, "-m", "json.tool"], input=listing.stdout, capture_output=True,
        timeout=60, check=True,
    )  # fmt: skip
    assert json.loads(tool.stdout)["data"][0]["attributes"]["name"] == "Piped"
    assert Path(cli.home / "config" / "auth.json").exists()


@pytest.mark.impcentral_emulator(devices=1)
def test_the_process_delivers_all_its_output_and_its_exit_status(cli: Cli) -> None:
    """The console script ends the process itself once a command returns: nothing written
    may be lost, and the status is the command's."""
    device = cli.ids("device", "list")[0]
    cli.server.emit_log(device, "x" * 700, count=1000)  # all the emulator keeps
    env = {**os.environ, "IMPCENTRAL_CONFIG_DIR": str(cli.home / "config")}

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "impcentral.cli", *args]
        return subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)

    logs = run("log", "get", "-d", device, "-z", "json")
    assert logs.returncode == 0
    assert len(json.loads(logs.stdout)["data"]) == 1000  # some 750 kB through the pipe
    missing = run("dg", "info", "-g", "nope")
    assert (missing.returncode, missing.stderr) == (1, 'Error: Device group "nope" not found\n')
    assert run("product", "list", "--bogus").returncode == 2
