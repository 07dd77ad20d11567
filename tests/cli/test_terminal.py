"""In a real terminal (a pseudo-terminal driven by pexpect): ``log stream`` colours its lines,
shows state changes, and ends cleanly on Ctrl-C; long work shows a progress bar."""

from __future__ import annotations

import os
import sys

import pexpect
import pytest

from .conftest import Cli

ESC = "\x1b["


def _spawn(cli: Cli, *args: str) -> pexpect.spawn[str]:
    env = {
        **os.environ,
        "IMPCENTRAL_CONFIG_DIR": str(cli.home / "config"),
        "TERM": "xterm-256color",
        "COLUMNS": "160",
        "LINES": "40",
    }
    env.pop("NO_COLOR", None)
    return pexpect.spawn(
        sys.executable,
        ["-m", "impcentral.cli", *args],
        env=env,
        encoding="utf-8",
        timeout=20,
        dimensions=(40, 160),
    )


def _seen(child: pexpect.spawn[str]) -> str:
    """What the terminal showed up to and including the last match."""
    return "".join(part for part in (child.before, child.after) if isinstance(part, str))


@pytest.mark.impcentral_emulator(devices=6, log_interval=0.1)
def test_log_stream_in_a_terminal(cli: Cli) -> None:
    cli("product", "create", "-n", "P")
    cli("dg", "create", "-n", "dev", "-p", "P")
    devices = cli.ids("device", "list")
    cli("device", "assign", *(arg for d in devices for arg in ("-d", d)), "-g", "dev")
    cli("project", "link", "dev")
    (cli.home / "work" / "device.nut").write_text('server.log("tick");\n')
    cli("build", "run")
    cli("device", "update", "-d", devices[-1], "-n", "kitchen")

    child = _spawn(cli, "log", "stream")  # the linked directory's group
    child.expect("Ctrl-C to stop")
    child.expect("subscribed")
    assert "\x1b[2m" in _seen(child)  # state lines are dim
    child.expect("dropped: the service streams at most 5 devices")  # six were asked for
    child.expect(r"\[kitchen\]")
    child.expect(r"server\.log")
    child.expect("tick")
    assert ESC in _seen(child)  # coloured: this is a terminal
    cli.server.emit_log(devices[-2], "it broke", log_type="server.error")
    child.expect("it broke")
    assert "\x1b[1;31m" in _seen(child)  # errors in bold red
    # A cut connection shows as dim state lines, and the stream goes on.
    cli.server.set_faults(sse_cut_after=2)
    child.expect("connection lost")
    child.expect("reconnected")
    cli.server.clear_faults()
    child.expect("tick")
    child.sendintr()
    child.expect("Log stream closed")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in _seen(child)


@pytest.mark.impcentral_emulator(devices=12)
def test_bulk_work_shows_a_progress_bar(cli: Cli) -> None:
    cli("product", "create", "-n", "P")
    cli("dg", "create", "-n", "dev", "-p", "P")
    devices = cli.ids("device", "list")
    cli("device", "assign", *(arg for d in devices for arg in ("-d", d)), "-g", "dev")
    child = _spawn(cli, "device", "restart", *(arg for d in devices for arg in ("-d", d)))
    child.expect("Restarting devices")
    child.expect("12/12")
    child.expect("12 device\\(s\\) restarted")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    # A group's restart is one request; the bar counts its devices as they are listed.
    child = _spawn(cli, "dg", "restart", "-g", "dev")
    child.expect("Restarting devices")
    child.expect("12/")
    child.expect('12 device\\(s\\) of "dev" restarted')
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


@pytest.mark.impcentral_emulator(devices=1)
def test_minimal_output_in_a_terminal_is_plain(cli: Cli) -> None:
    product = cli.json("product", "create", "-n", "P")["data"]["id"]
    cli("dg", "create", "-n", "dev", "-p", "P")
    device = cli.ids("device", "list")[0]
    cli("device", "assign", "-d", device, "-g", "dev")
    cli.server.emit_log(device, "it broke", log_type="server.error")

    def shown(*args: str) -> str:
        child = _spawn(cli, *args)
        child.expect(pexpect.EOF)
        return _seen(child)

    assert ESC in shown("product", "list")  # the table's bold header
    assert shown("product", "list", "-z", "minimal") == f"{product}\r\n"
    coloured = shown("log", "get", "-d", device)
    assert "\x1b[1;31m" in coloured and "Reading logs" in coloured  # red, and a progress bar
    plain = shown("log", "get", "-d", device, "-z", "minimal")
    assert plain.endswith("it broke\r\n") and ESC not in plain and "Reading logs" not in plain
