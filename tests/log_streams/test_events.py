"""Typed events from both wire formats."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from impcentral.log_streams import LogMessage, StateChange
from impcentral.log_streams._events import (
    parse_log_message,
    parse_state_change,
    parse_text_message,
    parse_text_messages,
)

TS = datetime(2017, 5, 19, 17, 28, 19, 95000, tzinfo=timezone.utc)


def test_text_message() -> None:
    raw = "232390b030728cee 2017-05-19T17:28:19.095Z development server.log Connected by WiFi"
    assert parse_log_message(raw, "text") == LogMessage(
        "232390b030728cee", TS, "development", "server.log", "Connected by WiFi", raw
    )


def test_text_message_keeps_spaces_and_lines_of_the_message() -> None:
    raw = "dev 2017-05-19T17:28:19.095Z production agent.error  two  spaces\nsecond line\n"
    message = parse_log_message(raw, "text")
    assert message.msg == " two  spaces\nsecond line\n"
    assert message.log_type == "production"
    assert message.type == "agent.error"


def test_text_message_with_empty_msg() -> None:
    assert parse_log_message("d 2017-05-19T17:28:19.095Z development status", "text").msg == ""


def test_json_message() -> None:
    doc = {
        "device_id": "dev",
        "ts": "2017-05-19T17:28:19.095Z",
        "log_type": "development",
        "type": "server.log",
        "msg": "multi\nline",
        "extra": 1,
    }
    raw = json.dumps(doc)
    assert parse_log_message(raw, "json") == LogMessage(
        "dev", TS, "development", "server.log", "multi\nline", raw
    )


@pytest.mark.parametrize(
    ("ts", "expected"),
    [
        ("2017-05-19T17:28:19.095Z", TS),
        ("2017-05-19T17:28:19.095+00:00", TS),
        ("2017-05-19T19:28:19.095+02:00", TS),
        ("2017-05-19T17:28:19.095", TS),  # no zone: the service means UTC
        ("2017-05-19T17:28:19.0950001Z", TS),
        ("2017-05-19T17:28:19Z", TS.replace(microsecond=0)),
    ],
)
def test_timestamps_are_aware(ts: str, expected: datetime) -> None:
    parsed = parse_log_message(f"d {ts} development status x", "text").ts
    assert parsed.tzinfo is not None
    assert parsed == expected


def test_a_run_of_text_messages_reads_as_each_line_alone() -> None:
    lines = [
        "d1 2017-05-19T17:28:19.095Z development server.log one",
        "d1 2017-05-19T17:28:19.095Z development server.log the same millisecond",
        "d2 2017-05-19T19:28:19.095+02:00 production agent.error two  spaces",
        "d3 2017-05-19T17:28:19.095 development status no zone",
        "d4 2017-05-19T17:28:19Z development server.log multi\nline",
    ]
    assert parse_text_messages(lines) == [parse_text_message(line) for line in lines]


@pytest.mark.parametrize(
    "odd",
    [
        "d 2017-05-19T17:28:19.095Z development status",  # an empty message
        "d not-a-time development status x",
        "d  development status x",  # no time stamp at all
        "just some words",
    ],
)
def test_a_run_with_another_shape_is_left_to_the_line_by_line_parser(odd: str) -> None:
    with pytest.raises(ValueError):
        parse_text_messages(["d 2017-05-19T17:28:19.095Z development status x", odd])
    with pytest.raises(ValueError):
        parse_text_messages([odd])


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        ("just some words", "text"),
        ("d not-a-time development status x", "text"),
        ("[1, 2]", "json"),
        ('{"device_id": "d"}', "json"),
        ("not json", "json"),
    ],
)
def test_unreadable_messages_raise_value_error(data: str, fmt: str) -> None:
    with pytest.raises(ValueError):
        parse_log_message(data, fmt)


@pytest.mark.parametrize(
    ("data", "fmt", "state", "device"),
    [
        ("opened", "text", "opened", None),
        ("closed", "text", "closed", None),
        ("dev1 subscribed", "text", "subscribed", "dev1"),
        ("dev1 unsubscribed", "text", "unsubscribed", "dev1"),
        ("unsubscribed dev1", "text", "unsubscribed", "dev1"),
        ('{"state": "opened"}', "json", "opened", None),
        ('{"state": "subscribed", "device_id": "dev1"}', "json", "subscribed", "dev1"),
        ("dev1 subscribed", "json", "subscribed", "dev1"),  # tolerant of a text payload
        ("something new", "text", "something new", None),
    ],
)
def test_state_changes(data: str, fmt: str, state: str, device: str | None) -> None:
    change = parse_state_change(data, fmt)
    assert (change.state, change.device_id, change.raw) == (state, device, data)


def test_sdk_states_say_when_messages_may_be_missing() -> None:
    assert StateChange(StateChange.RECONNECTED).messages_may_be_missing
    assert StateChange(StateChange.RECREATED).messages_may_be_missing
    assert StateChange(StateChange.OVERFLOW, count=3).messages_may_be_missing
    assert not StateChange(StateChange.OPENED, raw="opened").messages_may_be_missing


@pytest.mark.parametrize("data", ["", "   ", '{"state": ""}', '{"device_id": "d"}'])
def test_state_change_without_state_raises(data: str) -> None:
    with pytest.raises(ValueError):
        parse_state_change(data, "json")
