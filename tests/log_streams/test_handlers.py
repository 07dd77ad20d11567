"""Where each event goes in the handler API, and what happens to handler errors."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import pytest

from impcentral.log_streams import (
    LogMessage,
    StateChange,
    UnexpectedEventError,
    UnparsedEvent,
)
from impcentral.log_streams._engine import Handlers

MESSAGE = LogMessage("d", datetime.now(timezone.utc), "development", "server.log", "hi", "raw")


def test_routes() -> None:
    seen: list[object] = []
    handlers = Handlers(seen.append, seen.append, seen.append)
    assert handlers.route(MESSAGE)[:2] == ("message_handler", handlers.message)
    change = StateChange("opened")
    assert handlers.route(change)[:2] == ("state_change_handler", handlers.state_change)
    name, handler, argument = handlers.route(UnparsedEvent("ping", "x", "unknown event"))
    assert (name, handler) == ("error_handler", handlers.error)
    assert isinstance(argument, UnexpectedEventError)
    assert argument.event == UnparsedEvent("ping", "x", "unknown event")


def test_without_error_handler_errors_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="impcentral.log_streams"):
        Handlers(print, None, None).report(ValueError("bad line"))
    assert "bad line" in caplog.text


def test_a_failing_error_handler_is_logged_not_raised(caplog: pytest.LogCaptureFixture) -> None:
    def broken(error: BaseException) -> None:
        raise RuntimeError("handler bug")

    with caplog.at_level(logging.ERROR, logger="impcentral.log_streams"):
        Handlers(print, None, broken).report(ValueError("bad line"))
    assert "error_handler raised" in caplog.text
