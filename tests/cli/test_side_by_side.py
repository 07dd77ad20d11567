"""impt and impcentral on the same emulator show the same entities: ids, names, counts.

impt (the official Node command line) is installed on demand (see ``impt_env``); without it
these tests skip with the reason.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import pytest

from .conftest import EMAIL, PASSWORD, Cli
from .impt_env import ImptUnavailableError, impt_command


class Impt:
    def __init__(self, command: list[str], home: Path, cwd: Path) -> None:
        self.command = command
        self.env = {**os.environ, "HOME": str(home)}
        for name in ("IMPT_AUTH_FILE_PATH", "IMPT_LOGINKEY", "IMPT_USER", "IMPT_PASSWORD"):
            self.env.pop(name, None)
        self.cwd = cwd

    def __call__(self, *args: str) -> Any:
        """A read command's ``--output json`` entities, unwrapped (``{"Product": {...}}``)."""
        done = subprocess.run(
            [*self.command, *args, "--output", "json"], env=self.env, cwd=self.cwd,
            capture_output=True, text=True, timeout=60,
        )  # fmt: skip
        assert done.returncode == 0, f"impt {' '.join(args)}: {done.stdout}{done.stderr}"
        document = json.loads(done.stdout)
        if isinstance(document, list):
            return [next(iter(item.values())) for item in document]
        return next(iter(document.values()))


@pytest.fixture
def impt(cli: Cli, tmp_path: Path) -> Impt:
    try:
        command = impt_command()
    except ImptUnavailableError as exc:
        pytest.skip(f"impt is not available: {exc}")
    home = tmp_path / "impt-home"
    home.mkdir()
    tool = Impt(command, home, Path.cwd())
    login = subprocess.run(
        [*command, "auth", "login", "--endpoint", cli.server.url, "--user", EMAIL, "--pwd",
         PASSWORD, "--confirmed"],
        env=tool.env, cwd=tool.cwd, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert login.returncode == 0, login.stdout + login.stderr
    return tool


def _world(cli: Cli) -> dict[str, str]:
    """Two products, three groups, the devices spread over them, builds, a webhook, a key."""
    cli("product", "create", "-n", "Thermostat", "-s", "heat")
    cli("product", "create", "-n", "Doorbell")
    cli("dg", "create", "-n", "dev", "-p", "Thermostat")
    cli("dg", "create", "-n", "staging", "-p", "Thermostat", "-y", "pre-production")
    cli("dg", "create", "-n", "dev", "-p", "Doorbell")
    devices = cli.ids("device", "list")
    cli("device", "assign", "-d", devices[0], "-d", devices[1], "-g", "{me}{Thermostat}{dev}")
    cli("device", "assign", "-d", devices[2], "-g", "{me}{Doorbell}{dev}")
    cli("device", "update", "-d", devices[0], "-n", "hall")
    cli("build", "deploy", "-g", "{me}{Thermostat}{dev}", "-t", "v1")
    Path("device.nut").write_text("// two\n")
    cli("build", "deploy", "-g", "{me}{Thermostat}{dev}", "-x", "device.nut", "-s", "second")
    cli("build", "deploy", "-g", "{me}{Doorbell}{dev}")
    cli(
        "webhook", "create", "-g", "{me}{Doorbell}{dev}", "-u", "https://example.com/hook",
        "-e", "deployment", "-m", "json",
    )  # fmt: skip
    cli("loginkey", "create", "-w", PASSWORD, "-s", "ci")
    return {"hall": devices[0], "unassigned": devices[3]}


def _rows(entities: list[dict[str, Any]], *fields: str) -> list[tuple[Any, ...]]:
    return sorted(tuple(entity.get(field) for field in fields) for entity in entities)


def _ours(cli: Cli, *args: str) -> list[dict[str, Any]]:
    """Our JSON listing, flattened like impt's: id plus attributes."""
    return [{"id": item["id"], **item["attributes"]} for item in cli.json(*args)["data"]]


@pytest.mark.impcentral_emulator(devices=5)
def test_listings_match_impt(cli: Cli, impt: Impt) -> None:
    _world(cli)
    comparisons = [
        (("product", "list"), ("id", "name")),
        (("dg", "list"), ("id", "name")),
        (("dg", "list", "--product", "Thermostat"), ("id", "name")),
        (("dg", "list", "--dg-type", "pre-production"), ("id", "name")),
        (("device", "list"), ("id", "name", "mac_address", "agent_id")),
        (("device", "list", "--unassigned"), ("id", "mac_address")),
        (("device", "list", "--dg", "{me}{Thermostat}{dev}"), ("id", "mac_address")),
        (("device", "list", "--product", "Doorbell"), ("id", "mac_address")),
        (("build", "list"), ("id", "sha")),
        (("build", "list", "--product", "Thermostat"), ("id", "sha")),
        (("build", "list", "--tag", "v1"), ("id", "sha")),
        (("webhook", "list"), ("id", "url", "event")),
        (("loginkey", "list"), ("id", "description")),
        (("account", "list"), ("id", "username", "email")),
    ]
    for args, fields in comparisons:
        theirs = impt(*args)
        ours = _ours(cli, *args)
        assert _rows(ours, *fields) == _rows(theirs, *fields), args
        assert len(ours) == len(theirs) > 0, args  # never a vacuous comparison


@pytest.mark.impcentral_emulator(devices=5)
def test_single_entities_match_impt(cli: Cli, impt: Impt) -> None:
    known = _world(cli)
    hall = cli.json("device", "info", "-d", "hall")["data"]
    mac, agent = hall["attributes"]["mac_address"], hall["attributes"]["agent_id"]
    for args in (
        ("account", "info"),
        ("product", "info", "--product", "Thermostat"),
        ("dg", "info", "--dg", "{me}{Doorbell}{dev}"),
        ("dg", "info", "--dg", "staging"),
        ("device", "info", "--device", "hall"),
        ("device", "info", "--device", mac),
        ("device", "info", "--device", agent),
        ("device", "info", "--device", known["unassigned"]),
        ("build", "info", "--build", "v1"),
    ):
        theirs = impt(*args)
        ours = cli.json(*args)["data"]
        assert ours["id"] == theirs["id"], args
        name = ours.get("attributes", {}).get("name")
        if name is not None:
            assert name == theirs["name"], args
