"""Typed log-stream events, the errors that carry them, and the parsers that build events from
`message` / `state_change` data."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, ClassVar, NamedTuple

from impcentral_generated.types import parse_datetime

from .._exceptions import ImpCentralError

__all__ = [
    "FORMAT_JSON",
    "FORMAT_TEXT",
    "LogMessage",
    "LogStreamClosed",
    "LogStreamEvent",
    "LogStreamHandlerError",
    "StateChange",
    "UnexpectedEventError",
    "UnparsedEvent",
    "parse_log_message",
    "parse_state_change",
]

FORMAT_TEXT = "text"
FORMAT_JSON = "json"

_SERVER_STATES = ("opened", "closed", "subscribed", "unsubscribed")


# A named tuple: immutable, and built for every log line at a fraction of a class's cost.
class LogMessage(NamedTuple):
    """One device log line. `raw` is the event data exactly as the server sent it."""

    device_id: str
    ts: datetime
    log_type: str  # "development" or "production"
    type: str  # "server.log", "agent.error", "status", ...
    msg: str  # multi-line messages keep their line breaks
    raw: str


@dataclass(frozen=True, slots=True)
class StateChange:
    """A change in the stream's state, from the server or from the SDK itself.

    Server states: `opened`, `closed`, `subscribed` / `unsubscribed` (with `device_id`).
    SDK states (`raw` is None) tell what the SDK did about trouble:

    - `disconnected`: the connection broke (`detail` says why); the SDK is reconnecting.
    - `reconnected`: the same stream is connected again.
    - `recreated`: the server had lost the stream; a new one (`log_stream_id`) was created and
      every device added again.
    - `dropped`: the server took `device_id` off the stream to make room for a newer device.
    - `overflow`: the consumer fell behind and the `count` oldest buffered events were discarded.

    After `reconnected`, `recreated` and `overflow`, log lines may be missing:
    see `messages_may_be_missing`.
    """

    state: str
    device_id: str | None = None
    log_stream_id: str | None = None
    detail: str | None = None
    count: int | None = None
    raw: str | None = None

    OPENED: ClassVar[str] = "opened"
    CLOSED: ClassVar[str] = "closed"
    SUBSCRIBED: ClassVar[str] = "subscribed"
    UNSUBSCRIBED: ClassVar[str] = "unsubscribed"
    DISCONNECTED: ClassVar[str] = "disconnected"
    RECONNECTED: ClassVar[str] = "reconnected"
    RECREATED: ClassVar[str] = "recreated"
    DROPPED: ClassVar[str] = "dropped"
    OVERFLOW: ClassVar[str] = "overflow"

    @property
    def messages_may_be_missing(self) -> bool:
        """True when log lines may have been lost just before this point in the stream."""
        return self.state in (StateChange.RECONNECTED, StateChange.RECREATED, StateChange.OVERFLOW)


@dataclass(frozen=True, slots=True)
class UnparsedEvent:
    """An event the SDK could not type: an unknown event name or a payload in no known shape."""

    event: str
    data: str
    reason: str


LogStreamEvent = LogMessage | StateChange | UnparsedEvent


class LogStreamHandlerError(ImpCentralError):
    """A handler raised while processing `event`; the original exception is `__cause__`.

    The stream carries on: one bad line must not stop the logs.
    """

    def __init__(self, handler: str, event: LogStreamEvent) -> None:
        super().__init__(f"{handler} raised while handling a log stream event")
        self.handler = handler
        self.event = event


class LogStreamClosed(ImpCentralError):
    """`receive()` on a stream that was closed: no more events will come."""

    def __init__(self) -> None:
        super().__init__("The log stream is closed")


class UnexpectedEventError(ImpCentralError):
    """The server sent an event the SDK could not read; `event` keeps it whole."""

    def __init__(self, event: UnparsedEvent) -> None:
        super().__init__(f"Unexpected log stream event: {event.reason}")
        self.event = event


_decode = json.JSONDecoder().raw_decode


def _json_object(data: str) -> dict[str, Any]:
    """`json.loads` for one object, minus its wrapper's cost (this runs for every line)."""
    try:
        doc, end = _decode(data)
    except ValueError:
        doc, end = json.loads(data), len(data)  # leading whitespace; or raises the real error
    if end != len(data) and data[end:].strip():
        raise ValueError("extra data after the JSON object")
    if type(doc) is not dict:
        raise ValueError("not a JSON object")
    return doc


def _text(value: object) -> str:
    return value if type(value) is str else str(value)


_new = tuple.__new__
_fromisoformat = datetime.fromisoformat
_UTC = timezone.utc
_EPOCH = datetime(1970, 1, 1, tzinfo=_UTC)


def _parse_ts(value: str) -> datetime:
    """ISO-8601 to an aware datetime; naive stamps are UTC, the service's only zone."""
    ts = parse_datetime(value)  # how the models read timestamps
    return ts if ts.tzinfo is not None else ts.replace(tzinfo=_UTC)


def parse_text_message(data: str) -> LogMessage:
    """`<device_id> <ts> <log_type> <type> <msg>`; the message may hold spaces and newlines.

    Raises ValueError for anything else.
    """
    parts = data.split(" ", 4)
    if len(parts) == 5:
        device_id, ts, log_type, kind, msg = parts
        return _new(LogMessage, (device_id, _parse_ts(ts), log_type, kind, msg, data))
    if len(parts) == 4:  # an empty message
        return LogMessage(parts[0], _parse_ts(parts[1]), parts[2], parts[3], "", data)
    raise ValueError("expected '<device_id> <ts> <log_type> <type> <msg>'")


def parse_text_messages(lines: list[str]) -> list[LogMessage]:
    """`parse_text_message` for a run of lines, without its function calls for every line.

    Only the common shape is read: ValueError for any other (an empty message, a time stamp
    `datetime.fromisoformat` cannot read), and `parse_text_message` reads the lines one by one.
    Lines logged in the same millisecond share one `datetime` (it is immutable).
    """
    out: list[LogMessage] = []
    append = out.append
    last: str | None = None
    stamp = _EPOCH  # replaced at the first line
    for data in lines:
        device_id, ts, log_type, kind, msg = data.split(" ", 4)
        if ts != last:
            last, stamp = ts, _fromisoformat(ts)
            if stamp.tzinfo is None:
                stamp = stamp.replace(tzinfo=_UTC)
        append(_new(LogMessage, (device_id, stamp, log_type, kind, msg, data)))
    return out


def parse_json_message(data: str) -> LogMessage:
    """`{"device_id", "ts", "log_type", "type", "msg"}`; raises ValueError for anything else."""
    doc = _json_object(data)
    device_id, ts = doc.get("device_id"), doc.get("ts")
    if type(device_id) is not str or type(ts) is not str:
        raise ValueError('"device_id" and "ts" must be strings')
    return _new(
        LogMessage,
        (
            device_id,
            _parse_ts(ts),
            _text(doc.get("log_type", "")),
            _text(doc.get("type", "")),
            _text(doc.get("msg", "")),
            data,
        ),
    )


def parse_json_messages(lines: list[str]) -> list[LogMessage]:
    """`parse_json_message` for a run of lines; ValueError if any is malformed."""
    return list(map(parse_json_message, lines))


def parse_log_message(data: str, fmt: str) -> LogMessage:
    """Parse `message` data in format `fmt`; raises ValueError when it has another shape."""
    return parse_json_message(data) if fmt == FORMAT_JSON else parse_text_message(data)


def parse_state_change(data: str, fmt: str) -> StateChange:
    """Parse `state_change` data; raises ValueError when it carries no state."""
    if fmt == FORMAT_JSON and data.lstrip().startswith("{"):
        doc = _json_object(data)
        state, device_id = doc.get("state"), doc.get("device_id")
        if not isinstance(state, str) or not state:
            raise ValueError('"state" must be a non-empty string')
        return StateChange(state, device_id if isinstance(device_id, str) else None, raw=data)
    # "opened", "closed", "<device_id> subscribed"; some servers put the state word first.
    words = data.split()
    if not words:
        raise ValueError("empty state")
    for i, word in enumerate(words):
        if word in _SERVER_STATES:
            rest = words[:i] + words[i + 1 :]
            return StateChange(word, rest[0] if rest else None, raw=data)
    return StateChange(words[0] if len(words) == 1 else data.strip(), raw=data)
