"""A linked directory's daily loop: ``project link``, ``build run``, ``build *``, ``log get``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import Cli

DEVICE_CODE = 'server.log("device up");\n'
AGENT_CODE = 'server.log("agent up");\n'


@pytest.fixture
def linked(cli: Cli) -> Cli:
    cli("product", "create", "-n", "P")
    cli("dg", "create", "-n", "dev", "-p", "P")
    devices = cli.ids("device", "list")
    cli("device", "assign", *(arg for d in devices for arg in ("-d", d)), "-g", "dev")
    result = cli("project", "link", "dev")
    assert "linked" in result.stdout
    return cli


def test_project_link_and_build_run(linked: Cli) -> None:
    cli = linked
    assert Path("device.nut").read_text() == "" and Path("agent.nut").read_text() == ""
    assert "development" in cli("project", "info").stdout
    Path("device.nut").write_text(DEVICE_CODE)
    Path("agent.nut").write_text(AGENT_CODE)
    run = cli("build", "run", "-t", "v1", "-o", "git@example.com:me/app")
    assert "deployed" in run.stdout and "3 device(s)" in run.stdout and "restarted" in run.stdout
    build = cli.json("build", "info")["data"]  # no argument: the linked group's newest build
    assert build["attributes"]["device_code"] == DEVICE_CODE
    assert build["attributes"]["tags"] == ["v1"]
    sha = build["attributes"]["sha"]
    for ident in (build["id"], sha, "v1", "git@example.com:me/app"):
        assert cli.json("build", "info", "-b", ident)["data"]["id"] == build["id"]
    # Running devices pick the code up: they log its lines.
    device = cli.ids("device", "list", "-g", "dev")[0]
    cli.server.emit_log(device, "hello", count=3)
    lines = cli("log", "get", "-d", device).stdout
    assert lines.count("hello") == 3

    Path("device.nut").write_text("// two\n" + DEVICE_CODE)
    second = cli.json("build", "deploy", "-x", "device.nut", "-y", "agent.nut", "-s", "two")
    assert cli.ids("build", "list", "--dg", "dev") == [second["data"]["id"], build["id"]]
    assert cli.ids("build", "list", "--sha", sha) == [build["id"]]
    assert cli.ids("build", "list", "-t", "v1") == [build["id"]]
    assert len(cli.ids("dg", "builds")) == 2

    Path("device.nut").write_text("changed")
    cli("build", "get", "-b", build["id"], "--device-only", input="n\n", code=1)
    assert Path("device.nut").read_text() == "changed"
    cli("build", "get", "-b", build["id"], "--confirm")
    assert Path("device.nut").read_text() == DEVICE_CODE
    assert Path("agent.nut").read_text() == AGENT_CODE

    cli("build", "update", "-b", build["id"], "-t", "v2", "-r", "v1", "-f", "true")
    updated = cli.json("build", "info", "-b", build["id"])["data"]["attributes"]
    assert updated["tags"] == ["v2"] and updated["flagged"] is True
    refused = cli("build", "delete", "-b", build["id"], "--confirm", code=1)
    assert refused.stderr.startswith("Error: ") and "HTTP 4" in refused.stderr  # flagged
    # A group's first build is its minimum supported one, which the service will not delete.
    cli("dg", "update", "-m", second["data"]["id"])
    cli("build", "delete", "-b", build["id"], "--force", "--confirm")
    assert cli.ids("build", "list") == [second["data"]["id"]]
    missing = cli("build", "run", "-x", "nope.nut", code=2)
    assert "nope.nut" in missing.stderr
    cli("project", "delete", "--confirm")
    assert not Path(".impcentral.project").exists() and Path("device.nut").exists()
    unlinked = cli("build", "run", code=2)
    assert "project link" in unlinked.stderr


@pytest.mark.impcentral_emulator(devices=1)
def test_log_get_reads_every_page(cli: Cli) -> None:
    cli("product", "create", "-n", "P")
    cli("dg", "create", "-n", "dev", "-p", "P")
    device = cli.ids("device", "list")[0]
    cli("device", "assign", "-d", device, "-g", "dev")
    cli("build", "deploy", "-g", "dev")
    cli("dg", "restart", "-g", "dev")
    before = len(cli.json("log", "get", "-d", device)["data"])
    for n in range(45):
        cli.server.emit_log(device, f"line {n:03d}")
    entries = cli.json("log", "get", "-d", device, "--page-size", "10")["data"]
    assert len(entries) == before + 45
    messages = [e["msg"] for e in entries if e["msg"].startswith("line ")]
    assert messages == [f"line {n:03d}" for n in reversed(range(45))]  # newest first
    page = cli.json("log", "get", "-d", device, "--page-size", "10", "--page-number", "2")
    assert [e["msg"] for e in page["data"]] == [f"line {n:03d}" for n in range(34, 24, -1)]
    text = cli("log", "get", "-d", device, "-s", "7").stdout.splitlines()
    shown = [line for line in text if "line " in line]
    assert shown[0].endswith("line 000") and shown[-1].endswith("line 044")  # oldest first


@pytest.mark.impcentral_emulator(devices=0)
def test_group_builds_cleanup_below_the_minimum_supported(cli: Cli) -> None:
    cli("product", "create", "-n", "P")
    cli("dg", "create", "-n", "dev", "-p", "P")
    builds = []
    for n in range(3):
        Path("device.nut").write_text(f"// build {n}\n")
        deployed = cli.json("build", "deploy", "-g", "dev", "-x", "device.nut", "-t", f"b{n}")
        builds.append(deployed["data"]["id"])
    cli("build", "update", "-b", "b0", "-f", "true")
    group = cli.json("dg", "update", "-g", "dev", "-m", "b1")["data"]
    assert group["relationships"]["min_supported_deployment"]["id"] == builds[1]
    # Without --unflag-old the flagged old build stays; with it, it goes.
    assert set(cli.ids("dg", "builds", "-g", "dev", "--remove", "--confirm")) == set(builds)
    remaining = cli.ids("dg", "builds", "-g", "dev", "--unflag-old", "--remove", "--confirm")
    assert set(remaining) == set(builds[1:])


@pytest.mark.impcentral_emulator(devices=0)
def test_build_copy(cli: Cli) -> None:
    cli("product", "create", "-n", "P")
    cli("dg", "create", "-n", "dev", "-p", "P")
    other = cli.json("dg", "create", "-n", "other", "-p", "P")["data"]["id"]
    cli("project", "link", "dev")
    Path("device.nut").write_text(DEVICE_CODE)
    Path("agent.nut").write_text(AGENT_CODE)
    source = cli.json(
        "build", "deploy", "-s", "first", "-o", "git@example.com:me/app", "-t", "v1", "-f"
    )["data"]
    cli("build", "deploy", "-s", "newest")  # the linked group's newest is what a bare copy takes
    plain = cli.json("build", "copy", "--dg", "other")["data"]
    assert plain["relationships"]["devicegroup"]["id"] == other
    assert plain["attributes"]["device_code"] == DEVICE_CODE
    assert plain["attributes"]["agent_code"] == AGENT_CODE
    assert plain["attributes"]["description"] == "" and plain["attributes"]["tags"] == []
    everything = cli.json("build", "copy", "-b", "v1", "-g", "other", "--all")["data"]
    attributes = everything["attributes"]
    assert everything["id"] not in (source["id"], plain["id"])
    assert attributes["sha"] == source["attributes"]["sha"]
    assert (attributes["description"], attributes["origin"]) == ("first", "git@example.com:me/app")
    assert attributes["tags"] == ["v1"] and attributes["flagged"] is True
    shown = cli("build", "copy", "-b", source["id"], "-g", "other").stdout
    assert f"Build {source['id']} copied" in shown
    assert len(cli.ids("build", "list", "-g", "other")) == 3
    assert "--dg" in cli("build", "copy", "-b", "v1", code=2).stderr
    cli("project", "delete", "--confirm")
    assert "project link" in cli("build", "copy", "-g", "other", code=2).stderr


@pytest.mark.impcentral_emulator(devices=0)
def test_build_cleanup_deletes_builds_of_deleted_groups(cli: Cli) -> None:
    cli("product", "create", "-n", "P")
    cli("product", "create", "-n", "Q")
    for group, product in (("gone", "P"), ("kept", "P"), ("q", "Q")):
        cli("dg", "create", "-n", group, "-p", product)
    zombie = cli.json("build", "deploy", "-g", "gone", "-t", "z1")["data"]["id"]
    flagged = cli.json("build", "deploy", "-g", "gone", "-t", "z2", "-f")["data"]["id"]
    kept = cli.json("build", "deploy", "-g", "kept", "-f")["data"]["id"]
    of_q = cli.json("build", "deploy", "-g", "q")["data"]["id"]
    # Builds whose group was deleted before the service began deleting them with it.
    for build in (zombie, flagged, of_q):
        cli.server.orphan_deployment(build)
    zombies = cli.json("build", "list", "--zombie")["data"]
    assert {b["id"] for b in zombies} == {zombie, flagged, of_q}
    assert all("devicegroup" not in b["relationships"] for b in zombies)

    cli("build", "cleanup", "-p", "P", input="n\n", code=1)
    assert len(cli.ids("build", "list")) == 4
    assert cli.ids("build", "cleanup", "-p", "P", "--confirm") == [zombie]  # not the flagged
    asked = cli("build", "cleanup", "--unflag", input="y\n")
    assert "Delete 2 zombie build(s), 1 of them flagged?" in asked.stderr
    assert "2 zombie build(s) deleted" in asked.stdout
    assert cli.ids("build", "list") == [kept]
    assert "No zombie builds" in cli("build", "cleanup", "--unflag", "--confirm").stdout
