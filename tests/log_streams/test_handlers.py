"""Where each event goes in the handler API, and what happens to handler errors."""

from __future__ import annotations

import logging
from collections.abc import Generator
from datetime import datetime, timezone

import pytest

from impcentral.log_streams import (
    LogMessage,
    LogStreamHandlerError,
    Options,
    StateChange,
    UnexpectedEventError,
    UnparsedEvent,
)
from impcentral.log_streams._engine import TAKE, Engine, Entry, Handlers, dispatch

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


def test_handling_takes_slices_and_yields_what_handlers_return_to_await() -> None:
    class Pending:
        def __await__(self) -> Generator[None, None, None]:
            yield

    seen: list[object] = []
    pending = Pending()

    def on_message(message: LogMessage) -> object:
        seen.append(message.msg)
        return pending if message.msg == "async" else None

    handlers = Handlers(on_message, seen.append, seen.append)
    engine = Engine("text", Options())
    steps = engine.handling(handlers)
    assert next(steps) is TAKE
    line = "d 2024-01-01T00:00:00Z development server.log {}"
    entries: list[Entry] = [line.format("plain"), StateChange("opened"), line.format("async")]
    assert steps.send(entries) is pending  # the async driver awaits it, the sync one drops it
    assert steps.throw(ValueError("the awaitable failed")) is TAKE
    assert seen[:3] == ["plain", StateChange("opened"), "async"]
    error = seen[3]
    assert isinstance(error, LogStreamHandlerError) and error.handler == "message_handler"
    assert isinstance(error.__cause__, ValueError)
    with pytest.raises(StopIteration):
        steps.throw(RuntimeError("the stream failed"))  # given to the error handler; the end
    assert isinstance(seen[4], RuntimeError)


@pytest.mark.parametrize("exception", [KeyboardInterrupt, SystemExit])
def test_a_handlers_base_exception_leaves_handling(exception: type[BaseException]) -> None:
    def on_message(message: LogMessage) -> None:
        raise exception

    errors: list[BaseException] = []
    steps = dispatch(Handlers(on_message, None, errors.append), [MESSAGE, MESSAGE])
    with pytest.raises(exception):
        next(steps)
    assert errors == []  # not an error of the stream's: the end of it
