"""A device group is restarted or emptied while it is looked up when it is named by an id;
a name that only has an id's form still names its group."""

from __future__ import annotations

from .conftest import Cli

ID_FORM = "0c6a5f1e-1111-4222-8333-444455556666"
UNKNOWN = "0c6a5f1e-9999-4999-8999-999999999999"


def test_a_group_named_like_an_id_is_found_by_its_name(cli: Cli) -> None:
    cli("product", "create", "-n", "P")
    group = cli.json("dg", "create", "-n", ID_FORM, "-p", "P")["data"]["id"]
    devices = cli.ids("device", "list")
    cli("device", "assign", *(arg for d in devices for arg in ("-d", d)), "-g", group)

    restarted = cli.json("dg", "restart", "-g", ID_FORM)
    assert sorted(d["id"] for d in restarted["data"]) == sorted(devices)
    assert sorted(d["id"] for d in cli.json("dg", "restart", "-g", group)["data"]) == sorted(
        devices
    )
    cli("dg", "unassign", "-g", ID_FORM, "--confirm")
    assert cli.ids("device", "list", "--assigned") == []


def test_an_unknown_id_is_not_found(cli: Cli) -> None:
    for command in (("dg", "restart"), ("dg", "unassign", "--confirm")):
        missing = cli(*command, "-g", UNKNOWN, code=1)
        assert missing.stderr == f'Error: Device group "{UNKNOWN}" not found\n'
