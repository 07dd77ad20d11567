"""Simulated devices print what their code would print: loops and string arithmetic included."""

from __future__ import annotations

from typing import Any

import pytest

from impcentral.emulator import squirrel
from impcentral.emulator.squirrel_run import MAX_LINES

from .conftest import Api


def test_a_loop_prints_each_of_its_lines() -> None:
    code = 'local i = 0;\nwhile (i < 3){\n    i = i + 1;\n    server.log("Message #" + i + "#");\n}'
    assert squirrel.log_calls(code) == (
        ("log", "Message #1#"),
        ("log", "Message #2#"),
        ("log", "Message #3#"),
    )


def test_for_if_continue_break_and_arithmetic() -> None:
    code = '''
    // comment
    for (local j = 0; j < 10; j++) {
        if (j == 1) continue
        if (j >= 3 && !(j < 3)) break;
        server.error("j=" + j + " half=" + j / 2 + " f=" + 1.5 + " " + (j != 0) + " " + null)
    }
    local s = @"say ""hi""", n = -7
    n += 2
    server.log(s + " " + n % 3 + " " + n / 2)
    '''
    assert squirrel.log_calls(code) == (
        ("error", "j=0 half=0 f=1.5 false null"),
        ("error", "j=2 half=1 f=1.5 true null"),
        ("log", 'say "hi" -2 -2'),
    )


def test_endless_loops_stop_like_a_watchdog_would() -> None:
    assert len(squirrel.log_calls('while (true) { server.log("again") }')) == MAX_LINES
    assert squirrel.log_calls('local n = 0; while (true) { n++ } server.log("never")') == ()


@pytest.mark.parametrize(
    "code",
    [
        'function hello() { server.log("Hi") }\nhello()',
        'hardware.pin1.configure(DIGITAL_OUT); server.log("Hi")',
        'imp.wakeup(1, function() { server.log("Hi") })',
        'undefined_name = 1; server.log("Hi")',
        "local deep = " + "(" * 5000 + "1" + ")" * 5000 + '; server.log("Hi")',
    ],
)
def test_code_outside_the_subset_prints_its_literal_log_calls(code: str) -> None:
    assert squirrel.log_calls(code) == (("log", "Hi"),)


def test_a_device_logs_what_its_loop_prints(api: Api) -> None:
    group: dict[str, Any] = api.group(api.product()["id"])
    device = api.devices()[0]
    api.assign(group, device["id"])
    api.deploy(group, 'for (local i = 1; i <= 20; i++) server.log("Message #" + i + "#")')
    logs = api.get(f"/devices/{device['id']}/logs", params={"page[size]": 20}).json()["data"]
    assert [entry["msg"] for entry in logs] == [f"Message #{i}#" for i in range(20, 0, -1)]
    assert {entry["type"] for entry in logs} == {"server.log"}
