"""``project create`` and ``project update``: a new device group (and product) linked to the
directory, then changed through the project file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .conftest import Cli


def _project_file() -> dict[str, str]:
    loaded: dict[str, str] = json.loads(Path(".impcentral.project").read_text())
    return loaded


@pytest.mark.impcentral_emulator(devices=0)
def test_project_create_and_update_a_development_group(cli: Cli) -> None:
    missing = cli("project", "create", "-p", "P", "-n", "dev", code=1)
    assert missing.stderr == 'Error: Product "P" not found\n'
    assert not Path(".impcentral.project").exists()
    created = cli("project", "create", "-p", "P", "--create-product", "-n", "dev", "-s", "mine")
    assert "Project created" in created.stdout
    group = cli.json("project", "info")["data"]
    assert group["type"] == "development_devicegroup"
    assert group["attributes"]["description"] == "mine"
    product = cli.json("product", "info", "-p", "P")["data"]["id"]
    assert _project_file() == {
        "device_group_id": group["id"],
        "product_id": product,
        "device_file": "device.nut",
        "agent_file": "agent.nut",
    }
    assert Path("device.nut").read_text() == "" and Path("agent.nut").read_text() == ""
    # An existing project is replaced only when the user agrees.
    cli("project", "create", "-p", "P", "-n", "dev2", input="n\n", code=1)
    assert cli.ids("dg", "list") == [group["id"]]

    Path("device.nut").write_text("// kept\n")
    updated = cli.json("project", "update", "-n", "renamed", "-s", "new", "-x", "main.nut")
    assert updated["data"]["id"] == group["id"]
    assert updated["data"]["attributes"]["name"] == "renamed"
    assert updated["data"]["attributes"]["description"] == "new"
    assert _project_file()["device_file"] == "main.nut"
    assert Path("main.nut").read_text() == "" and Path("device.nut").read_text() == "// kept\n"
    assert "renamed" in cli("project", "info").stdout

    assert "Nothing to change" in cli("project", "update", code=2).stderr
    not_fixture = cli("project", "update", "-t", "renamed", code=1)
    assert "pre-factory" in not_fixture.stderr
    cli("project", "delete", "--confirm")
    assert "not linked" in cli("project", "update", "-n", "x", code=1).stderr


@pytest.mark.impcentral_emulator(devices=0)
def test_project_create_and_update_a_pre_factory_group(cli: Cli) -> None:
    cli("product", "create", "-n", "P")
    lone = cli("project", "create", "-p", "P", "-n", "fx", "-t", "tp", "-u", "td", code=2)
    assert "--pre-factory" in lone.stderr
    untargeted = cli("project", "create", "-p", "P", "-n", "fx", "--pre-factory", code=2)
    assert "--target and --dut" in untargeted.stderr
    absent = cli("project", "create", "-p", "P", "-n", "fx", "-f", "-t", "tp", "-u", "td", code=1)
    assert 'Device group "tp" not found' in absent.stderr
    fixture = cli.json(
        "project", "create", "-p", "P", "-n", "fx", "-f", "-t", "tp", "-r", "-u", "td", "-w"
    )["data"]
    assert fixture["type"] == "pre_factoryfixture_devicegroup"
    targets = {g["attributes"]["name"]: g for g in cli.json("dg", "list", "-p", "P")["data"]}
    assert targets["tp"]["type"] == "pre_production_devicegroup"
    assert targets["td"]["type"] == "pre_dut_devicegroup"
    relationships = fixture["relationships"]
    assert relationships["production_target"]["id"] == targets["tp"]["id"]
    assert relationships["dut_target"]["id"] == targets["td"]["id"]

    other = cli.json("dg", "create", "-n", "tp2", "-p", "P", "-y", "pre-production")["data"]
    moved = cli.json("project", "update", "-t", "tp2")["data"]
    assert moved["relationships"]["production_target"]["id"] == other["id"]
    wrong = cli("project", "update", "-u", "tp", code=1)
    assert "is a pre-production group, not pre-dut" in wrong.stderr
