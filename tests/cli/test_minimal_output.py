"""``--output minimal``: only the ids of what a command lists, shows or creates, one a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Cli


@pytest.mark.impcentral_emulator(devices=2)
def test_minimal_output_is_ids_only(cli: Cli) -> None:
    first = cli("product", "create", "-n", "A", "-s", "first", "-z", "minimal")
    second = cli("product", "create", "-n", "B", "--output", "minimal")
    products = [first.stdout.strip(), second.stdout.strip()]
    assert first.stdout == f"{products[0]}\n" and first.stderr == ""
    assert cli.ids("product", "list") == products
    assert cli("product", "list", "-z", "minimal").stdout == "".join(f"{p}\n" for p in products)
    assert cli("-z", "minimal", "product", "list").stdout == f"{products[0]}\n{products[1]}\n"
    assert cli("product", "info", "-p", "A", "--full", "-z", "minimal").stdout == first.stdout

    group = cli("dg", "create", "-n", "dev", "-p", "A", "-z", "minimal").stdout
    assert cli("dg", "info", "-g", "dev", "-z", "minimal").stdout == group
    devices = cli.ids("device", "list")
    cli("device", "assign", "-d", devices[0], "-d", devices[1], "-g", "dev")
    assert cli("device", "list", "-g", "dev", "-z", "minimal").stdout.split() == devices
    Path("device.nut").write_text('server.log("up");\n')
    build = cli("build", "deploy", "-g", "dev", "-x", "device.nut", "-z", "minimal").stdout
    assert cli.ids("build", "list") == [build.strip()]
    restarted = cli("dg", "restart", "-g", "dev", "-z", "minimal").stdout
    assert sorted(restarted.split()) == sorted(devices)
    copied = cli("build", "copy", "-g", "dev", "-b", build.strip(), "-z", "minimal").stdout
    assert sorted(cli.ids("build", "list")) == sorted([build.strip(), copied.strip()])
    assert copied.count("\n") == 1 and copied != build
    linked = cli("project", "create", "-p", "B", "-n", "proj", "-z", "minimal")
    assert linked.stdout.strip() == cli.json("project", "info")["data"]["id"]
    assert "Project created" in linked.stderr
    assert cli("project", "delete", "--confirm", "-z", "minimal").stdout == ""
