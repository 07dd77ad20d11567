"""Products, device groups, devices and webhooks: every command, impt's identifiers, and the
refusal of ambiguous ones."""

from __future__ import annotations

import pytest

from .conftest import Cli


def _setup(cli: Cli) -> dict[str, str]:
    """Two products, each with a development group called "dev"; every device in P1's."""
    ids = {
        "p1": cli.json("product", "create", "-n", "P1", "-s", "first")["data"]["id"],
        "p2": cli.json("product", "create", "-n", "P2")["data"]["id"],
    }
    ids["g1"] = cli.json("dg", "create", "-n", "dev", "-p", "P1")["data"]["id"]
    ids["g2"] = cli.json("dg", "create", "-n", "dev", "-p", ids["p2"], "-s", "second")["data"]["id"]
    devices = cli.ids("device", "list")
    cli("device", "assign", *(arg for d in devices for arg in ("-d", d)), "-g", ids["g1"])
    return ids


def test_products(cli: Cli) -> None:
    ids = _setup(cli)
    table = cli("product", "list").stdout
    assert "P1" in table and "P2" in table and ids["p1"] in table and "2 items" in table
    assert cli.ids("product", "list", "--owner", "me") == [ids["p1"], ids["p2"]]
    assert cli.json("product", "info", "-p", "P1")["data"]["attributes"]["description"] == "first"
    assert ids["g1"] in cli("product", "info", "-p", "P1", "--full").stdout
    renamed = cli.json("product", "update", "-p", "P2", "-n", "P2b", "-s", "renamed")
    assert renamed["data"]["attributes"]["name"] == "P2b"
    assert cli.json("product", "info", "-p", "{me}{P2b}")["data"]["id"] == ids["p2"]
    # A product with groups needs --force; the question can be declined.
    refused = cli("product", "delete", "-p", "P2b", "--confirm", code=1)
    assert "--force" in refused.stderr
    cli("product", "delete", "-p", "P2b", "--force", input="n\n", code=1)
    cli("product", "delete", "-p", "P2b", "--force", input="y\n")
    assert cli.ids("product", "list") == [ids["p1"]]
    missing = cli("product", "info", "-p", "nope", code=1)
    assert missing.stderr == 'Error: Product "nope" not found\n'


def test_device_groups(cli: Cli) -> None:
    ids = _setup(cli)
    assert cli.ids("dg", "list") == [ids["g1"], ids["g2"]]
    assert cli.ids("dg", "list", "-p", "P2") == [ids["g2"]]
    assert cli.ids("dg", "list", "-p", "P1", "-p", "P2", "-y", "development") == [
        ids["g1"],
        ids["g2"],
    ]
    assert cli.ids("dg", "list", "-y", "production") == []
    # A name in two products is refused, listing both; a hierarchical id picks one.
    ambiguous = cli("dg", "info", "-g", "dev", code=1)
    assert ambiguous.stderr.count("\n") == 1
    assert "ambiguous" in ambiguous.stderr
    assert ids["g1"] in ambiguous.stderr and ids["g2"] in ambiguous.stderr
    assert cli.json("dg", "info", "-g", "{me}{P2}{dev}")["data"]["id"] == ids["g2"]
    full = cli("dg", "info", "-g", ids["g1"], "--full").stdout
    assert "Devices" in full and "3 items" in full
    updated = cli.json("dg", "update", "-g", ids["g2"], "-n", "dev2", "-e", '{"A": "1"}')
    assert updated["data"]["attributes"]["env_vars"] == {"A": "1"}
    restarted = cli.json("dg", "restart", "-g", "{me}{P1}{dev}")
    assert len(restarted["data"]) == 3
    assert "nothing to restart" in cli("dg", "restart", "-g", "dev2").stdout
    cli("dg", "reassign", "--from", ids["g1"], "--to", "{me}{P2}{dev2}")
    assert len(cli.ids("device", "list", "-g", ids["g2"])) == 3
    cli("dg", "reassign", "--from", ids["g2"], "--to", ids["g1"])
    cli("dg", "unassign", "-g", ids["g1"], "--confirm")
    assert cli.ids("device", "list", "--assigned") == []
    cli("dg", "delete", "-g", "dev2", input="y\n")
    assert cli.ids("dg", "list") == [ids["g1"]]
    bad_type = cli("dg", "create", "-n", "x", "-p", "P1", "-y", "nonsense", code=2)
    assert bad_type.stderr.startswith("Error: ") and bad_type.stderr.count("\n") == 1


def test_devices(cli: Cli) -> None:
    ids = _setup(cli)
    devices = cli.json("device", "list")["data"]
    assert len(devices) == 3
    first = devices[0]
    mac, agent = first["attributes"]["mac_address"], first["attributes"]["agent_id"]
    for ident in (first["id"], mac, mac.replace(":", ""), agent):
        assert cli.json("device", "info", "-d", ident)["data"]["id"] == first["id"]
    cli("device", "update", "-d", mac, "-n", "kitchen")
    assert cli.json("device", "info", "-d", "kitchen")["data"]["id"] == first["id"]
    cli("device", "update", "-d", devices[1]["id"], "-n", "kitchen")
    ambiguous = cli("device", "info", "-d", "kitchen", code=1)
    assert first["id"] in ambiguous.stderr and devices[1]["id"] in ambiguous.stderr
    assert len(cli.ids("device", "list", "-g", ids["g1"])) == 3
    assert cli.ids("device", "list", "-p", "P2") == []
    cli("device", "restart", "-d", first["id"], "-d", devices[1]["id"], "--conditional")
    cli("device", "unassign", "-d", first["id"])
    assert cli.ids("device", "list", "--unassigned") == [first["id"]]
    cli("device", "assign", "-d", first["id"], "-g", ids["g2"])
    # Moving a device from another group asks first.
    cli("device", "assign", "-d", first["id"], "-g", ids["g1"], input="n\n", code=1)
    assigned = cli("device", "remove", "-d", devices[2]["id"], "--confirm", code=1)
    assert "--force" in assigned.stderr
    cli("device", "remove", "-d", devices[2]["id"], "--force", "--confirm")
    assert len(cli.ids("device", "list")) == 2


def test_webhooks_and_login_keys(cli: Cli) -> None:
    ids = _setup(cli)
    hook = cli.json(
        "webhook", "create", "-g", ids["g1"], "-u", "https://example.com/h", "-e", "deployment",
        "-m", "json",
    )["data"]  # fmt: skip
    assert cli.ids("webhook", "list") == [hook["id"]]
    assert cli.ids("webhook", "list", "-p", "P2") == []
    assert cli.ids("webhook", "list", "-p", "P1", "-e", "deployment") == [hook["id"]]
    updated = cli.json("webhook", "update", "-w", hook["id"], "-m", "urlencoded")
    assert updated["data"]["attributes"]["content_type"] == "application/x-www-form-urlencoded"
    assert cli.json("webhook", "info", "-w", hook["id"])["data"]["id"] == hook["id"]
    cli("webhook", "delete", "-w", hook["id"], "--confirm")
    assert cli.ids("webhook", "list") == []

    key = cli.json("loginkey", "create", "-s", "ci", input="demo-password\n")["data"]["id"]
    assert cli.ids("loginkey", "list") == [key]
    cli("loginkey", "update", "-k", key, "-w", "demo-password", "-s", "renamed")
    assert cli.json("loginkey", "info", "-k", key)["data"]["attributes"]["description"] == "renamed"
    wrong = cli("loginkey", "delete", "-k", key, "-w", "wrong", "--confirm", code=1)
    assert "HTTP 4" in wrong.stderr
    cli("loginkey", "delete", "-k", key, "-w", "demo-password", "--confirm")
    assert cli.ids("loginkey", "list") == []


@pytest.mark.impcentral_emulator(devices=0)
def test_product_delete_force_removes_groups_builds_and_assignments(cli: Cli) -> None:
    cli.json("product", "create", "-n", "Doomed")
    groups = [
        cli.json("dg", "create", "-n", f"g{n}", "-p", "Doomed")["data"]["id"] for n in range(3)
    ]
    for group in groups:
        cli("build", "deploy", "-g", group, "-f", "-t", "keep")
    assert len(cli.ids("build", "list", "-p", "Doomed")) == 3
    cli("product", "delete", "-p", "Doomed", "--force", "--builds", "--confirm")
    assert cli.ids("product", "list") == []
    assert cli.ids("dg", "list") == []
    assert cli.ids("build", "list", "--flagged") == []
