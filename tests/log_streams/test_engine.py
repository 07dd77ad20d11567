"""The shared state machine, driven by hand: every effect it asks for, every event it emits."""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

import httpx
import pytest
from impcentral_generated.models import LogStreamDocument

from impcentral._exceptions import (
    AuthenticationError,
    InternalServerError,
    NotFoundError,
)
from impcentral.log_streams import LogMessage, Options, StateChange, UnparsedEvent
from impcentral.log_streams._engine import (
    CONNECT,
    CREATE,
    DISCONNECT,
    PUMP,
    READY,
    Deliver,
    Effect,
    Engine,
    Entry,
    IdleTimeout,
    Queue,
    Sleep,
)
from impcentral.log_streams._events import LogStreamEvent
from impcentral.log_streams._requests import subscribe

MESSAGE = b"event: message\ndata: d1 2024-01-01T00:00:00Z development server.log hi\n\n"


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Harness:
    """Plays the driver: answers each effect and records what the engine delivered."""

    def __init__(self, fmt: str = "text", **options: Any) -> None:
        self.events: list[LogStreamEvent] = []
        self.ids: list[str] = []
        self.clock = Clock()
        self.engine = Engine(
            fmt,
            Options(**options),
            on_stream_id=self.ids.append,
            clock=self.clock,
            rng=lambda: 0.5,
        )
        self.steps: Generator[Effect, Any, None] = self.engine.run()
        self.effect: Effect = next(self.steps)

    def _consume(self, entries: list[Entry]) -> None:
        """Take what the engine delivers as a consumer does: its entries made events."""
        self.events += self.engine.events(entries)

    def _settle(self, effect: Effect) -> Effect:
        """Deliver what the engine delivers, up to the next effect of another kind."""
        while isinstance(effect, Deliver):
            self._consume(effect.entries)
            effect = self.steps.send(None)
        self.effect = effect
        return effect

    def answer(self, value: Any = None) -> Effect:
        """Send `value` back; a stream id answers a creation, as the document holding it."""
        if self.effect is CREATE and isinstance(value, str):
            value = LogStreamDocument.from_dict({"data": {"type": "logstream", "id": value}})
        return self._settle(self.steps.send(value))

    def fail(self, error: BaseException) -> Effect:
        return self._settle(self.steps.throw(error))

    def feed(self, chunk: bytes) -> bool:
        """A chunk from the connection; False when the engine stops reading it."""
        self._consume(self.engine.feed(chunk))
        return not self.engine.gone

    def open(self, stream_id: str = "s1") -> None:
        assert self.effect is CREATE
        assert self.answer(stream_id) is CONNECT
        assert self.answer() is READY
        assert self.answer() is PUMP

    def states(self) -> list[str]:
        return [e.state for e in self.events if isinstance(e, StateChange)]


def not_found() -> NotFoundError:
    return NotFoundError("Not Found", status_code=404)


def test_creation_failure_propagates_and_nothing_continues() -> None:
    h = Harness()
    with pytest.raises(AuthenticationError):
        h.fail(AuthenticationError("expired", status_code=401))  # no retry fixes this
    with pytest.raises(StopIteration):
        h.answer()


def test_opening_tries_three_times_at_transient_trouble() -> None:
    h = Harness()
    assert h.fail(InternalServerError("boom", status_code=500)) is DISCONNECT
    assert isinstance(h.answer(), Sleep)
    assert h.answer() is CREATE
    assert h.answer("s1") is CONNECT
    assert h.fail(httpx.ConnectError("refused")) is DISCONNECT
    assert isinstance(h.answer(), Sleep)
    assert h.answer() is CREATE
    assert h.answer("s2") is CONNECT
    with pytest.raises(httpx.ConnectError):
        h.fail(httpx.ConnectError("refused"))
    assert h.ids == ["s1", "s2"]


def test_opening_succeeds_after_a_transient_failure() -> None:
    h = Harness()
    assert h.fail(InternalServerError("boom", status_code=503)) is DISCONNECT
    assert isinstance(h.answer(), Sleep)
    h.answer()
    h.open("s1")
    assert h.events == []  # nothing to report: the caller is still waiting


def test_messages_and_states_are_typed() -> None:
    h = Harness()
    h.open()
    assert h.feed(b"event: state_change\ndata: opened\n\n" + MESSAGE + b": keep-alive\n\n")
    opened, message = h.events
    assert opened == StateChange("opened", log_stream_id="s1", raw="opened")
    assert isinstance(message, LogMessage)
    assert (message.device_id, message.msg) == ("d1", "hi")


def test_unknown_and_unreadable_events_are_surfaced() -> None:
    h = Harness()
    h.open()
    h.feed(b"event: ping\ndata: x\n\nevent: message\ndata: garbage\n\n")
    assert [type(e) for e in h.events] == [UnparsedEvent, UnparsedEvent]
    assert h.events[0] == UnparsedEvent("ping", "x", "unknown event")


def test_a_malformed_line_in_a_flood_keeps_its_place() -> None:
    h = Harness()
    h.open()
    empty = b"event: message\ndata: d1 2024-01-01T00:00:00Z development status\n\n"
    h.feed(MESSAGE + b"event: message\ndata: garbage\n\n" + empty + MESSAGE)
    assert [type(e) for e in h.events] == [LogMessage, UnparsedEvent, LogMessage, LogMessage]
    assert isinstance(h.events[2], LogMessage) and h.events[2].msg == ""
    assert h.events[1] == UnparsedEvent(
        "message",
        "garbage",
        "unexpected log message format: expected '<device_id> <ts> <log_type> <type> <msg>'",
    )


def test_dropped_connection_reconnects_to_the_same_stream() -> None:
    h = Harness(reconnect_delay=1.0)
    h.open()
    h.feed(MESSAGE)
    assert h.answer() is DISCONNECT  # the server ended the connection
    sleep = h.answer()
    assert sleep == Sleep(0.75)  # half the base, plus jitter (half of the other half here)
    assert h.answer() is CONNECT
    assert h.answer() is PUMP
    assert h.states() == ["disconnected", "reconnected"]
    assert h.ids == ["s1"]


def test_backoff_grows_then_resets_after_progress() -> None:
    h = Harness(reconnect_delay=1.0, max_reconnect_delay=8.0)
    h.open()
    h.fail(httpx.ReadError("reset"))
    delays = []
    for _ in range(5):
        sleep = h.answer()
        assert isinstance(sleep, Sleep)
        delays.append(sleep.seconds)
        assert h.answer() is CONNECT
        assert h.fail(httpx.ConnectError("refused")) is DISCONNECT
    assert delays == [0.75, 1.5, 3.0, 6.0, 6.0]
    h.answer()  # sleep
    assert h.answer() is CONNECT
    assert h.answer() is PUMP
    h.feed(MESSAGE)  # progress
    assert h.fail(httpx.ReadError("reset")) is DISCONNECT
    assert h.answer() == Sleep(0.75)


def test_server_retry_field_is_the_minimum_delay() -> None:
    h = Harness(reconnect_delay=0.1)
    h.open()
    h.feed(b"retry: 5000\n\n")
    h.answer()
    assert h.answer() == Sleep(5.0)


def test_closed_stream_is_recreated_with_its_devices() -> None:
    h = Harness()
    h.open()
    for device in ("d1", "mac2"):
        h.engine.members.adding(device)
    assert not h.feed(b"event: state_change\ndata: closed\n\n")
    assert h.answer() is DISCONNECT
    assert isinstance(h.answer(), Sleep)
    assert h.answer() is CREATE
    assert h.answer("s2") is CONNECT
    assert h.answer() == subscribe("s2", "d1")
    assert h.answer() == subscribe("s2", "mac2")
    assert h.answer() is PUMP
    assert h.states() == ["closed", "disconnected", "recreated"]
    recreated = h.events[-1]
    assert isinstance(recreated, StateChange)
    assert recreated.log_stream_id == "s2"
    assert recreated.messages_may_be_missing
    assert h.ids == ["s1", "s2"]


def test_404_on_reconnect_means_recreate() -> None:
    h = Harness()
    h.open()
    h.fail(IdleTimeout("silent"))
    h.answer()  # sleep
    assert h.answer() is CONNECT
    assert h.fail(not_found()) is DISCONNECT
    assert isinstance(h.answer(), Sleep)
    assert h.answer() is CREATE
    assert h.answer("s2") is CONNECT
    assert h.answer() is PUMP
    assert h.states() == ["disconnected", "recreated"]
    disconnected = h.events[0]
    assert isinstance(disconnected, StateChange)
    assert disconnected.detail == "silent"


def test_404_while_creating_a_new_stream_is_not_mistaken_for_a_lost_stream() -> None:
    h = Harness()
    h.open()
    h.feed(b"event: state_change\ndata: closed\n\n")
    h.answer()  # disconnect
    h.answer()  # sleep
    assert h.answer() is CREATE
    assert h.fail(not_found()) is DISCONNECT  # e.g. the refresh token no longer exists
    with pytest.raises(NotFoundError):
        h.answer()


def test_device_refused_on_recreation_is_reported_and_forgotten() -> None:
    h = Harness()
    h.open()
    h.engine.members.adding("gone")
    h.engine.members.adding("d2")
    h.feed(b"event: state_change\ndata: closed\n\n")
    for _ in range(2):
        h.answer()
    assert h.answer() is CREATE
    h.answer("s2")
    assert h.answer() == subscribe("s2", "gone")
    assert h.fail(not_found()) == subscribe("s2", "d2")
    assert h.answer() is PUMP
    assert h.engine.devices == ("d2",)
    assert h.states()[-2:] == ["dropped", "recreated"]


def test_unrecoverable_error_on_reconnect_ends_the_stream() -> None:
    h = Harness()
    h.open()
    h.fail(httpx.RemoteProtocolError("cut"))
    h.answer()
    assert h.answer() is CONNECT
    assert h.fail(AuthenticationError("expired", status_code=401)) is DISCONNECT
    with pytest.raises(AuthenticationError):
        h.answer()


def test_idle_timeout_adapts_to_the_keepalive_interval() -> None:
    h = Harness()
    h.open()
    engine = h.engine
    assert engine.idle_timeout() == 45.0  # nothing measured yet
    h.clock.now += 2.0
    h.feed(b": keep-alive\n\n")  # two seconds of silence ended by a keep-alive
    assert engine.idle_timeout() == pytest.approx(6.0)
    assert engine.idle_deadline() == pytest.approx(h.clock.now + 6.0)
    h.clock.now += 0.5
    h.feed(MESSAGE + b": keep-alive\n\n")  # no silence before this one
    h.clock.now += 1.0
    h.feed(b": keep-alive\n\n")  # shorter silences never shrink the estimate
    assert engine.idle_timeout() == pytest.approx(6.0)
    assert Harness(idle_timeout=2.5).engine.idle_timeout() == 2.5


def test_cutting_a_live_connection_widens_the_timeout_until_a_keepalive_confirms() -> None:
    h = Harness()
    h.open()
    h.clock.now += 1.0
    h.feed(b": keep-alive\n\n")
    h.feed(MESSAGE)
    h.fail(IdleTimeout("silent"))  # maybe the server pings on a slower clock than measured
    assert h.engine.idle_timeout() == pytest.approx(6.0)
    h.answer()  # sleep
    assert h.answer() is CONNECT
    assert h.answer() is PUMP
    h.fail(IdleTimeout("silent"))  # nothing at all came: a dead connection, no widening
    assert h.engine.idle_timeout() == pytest.approx(6.0)
    h.answer()
    h.answer()
    h.answer()
    h.clock.now += 4.0
    h.feed(b": keep-alive\n\n")
    assert h.engine.idle_timeout() == pytest.approx(12.0)


def test_no_deadline_while_not_reading() -> None:
    h = Harness()
    assert h.engine.idle_deadline() is None
    h.open()
    assert h.engine.idle_deadline() is not None
    h.fail(httpx.ReadError("x"))
    assert h.engine.idle_deadline() is None


def test_sixth_device_drops_the_least_recently_added() -> None:
    engine = Harness().engine
    for n in range(5):
        assert engine.members.adding(f"d{n}") == []
    assert engine.members.adding("d0") == []  # already there: no change, no drop
    assert engine.members.adding("d5") == ["d0"]
    assert engine.devices == ("d1", "d2", "d3", "d4", "d5")
    engine.members.add_failed("d5", ["d0"])  # the PUT failed: back as it was
    assert engine.devices == ("d0", "d1", "d2", "d3", "d4")


def test_unasked_unsubscribe_is_reported_as_dropped() -> None:
    h = Harness()
    h.open()
    h.engine.members.adding("d1")
    h.engine.members.adding("d2")
    h.feed(b"event: state_change\ndata: d1 unsubscribed\n\n")
    assert h.states() == ["unsubscribed", "dropped"]
    assert h.engine.devices == ("d2",)


def test_asked_unsubscribe_by_another_name_is_not_a_drop() -> None:
    h = Harness()
    h.open()
    h.engine.members.adding("d1")
    h.engine.members.adding("d2")
    assert not h.engine.members.removing("0c:2a:69:00:00:01")  # d1 by its MAC
    h.feed(b"event: state_change\ndata: d1 unsubscribed\n\n")
    assert h.states() == ["unsubscribed"]
    assert h.engine.devices == ("d2",)
    assert h.engine.members.removing("d2")
    h.feed(b"event: state_change\ndata: d2 unsubscribed\n\n")
    assert h.states() == ["unsubscribed", "unsubscribed"]


def test_queue_drops_oldest_and_marks_the_gap() -> None:
    queue = Queue(3)
    entries: list[Entry] = [StateChange(str(n)) for n in range(5)]
    queue.put(entries[:2])
    queue.put(entries[2:])
    marker, *kept = queue.take(10) or []
    assert isinstance(marker, StateChange)
    assert (marker.state, marker.count) == ("overflow", 2)
    assert kept == entries[2:]
    assert queue.take(10) is None  # nothing yet: wait
    queue.end(ValueError("gone"))
    with pytest.raises(ValueError, match="gone"):
        queue.take(10)
    assert queue.take(10) == []  # the error is raised once, then the end is plain


def test_queue_asks_the_reader_to_wait_for_a_consumer_half_a_buffer_behind() -> None:
    queue = Queue(10)
    assert not queue.put(["a"] * 4)
    assert queue.put(["a"])  # half full: give the consumer a moment
    queue.waited(False)  # in vain: the consumer has stopped
    assert not queue.put(["a"] * 3)  # no more waits for it...
    assert queue.take(100)
    assert queue.put(["a"] * 5)  # ...until it takes again
    assert [len(piece) for piece in queue.pieces(["a"] * 12)] == [5, 5, 2]


def test_log_lines_are_parsed_where_the_consumer_takes_them() -> None:
    engine = Engine("text", Options())
    buffered = engine.feed(MESSAGE + b"event: state_change\ndata: opened\n\n" + MESSAGE)
    assert [type(e) for e in buffered] == [str, StateChange, str]
    assert [type(e) for e in engine.events(buffered)] == [LogMessage, StateChange, LogMessage]


def test_a_burst_is_handed_out_a_slice_at_a_time() -> None:
    queue = Queue(10)
    queue.put(["a", "b", "c"])
    assert queue.take(2) == ["a", "b"]
    queue.put(["d"])  # waits until the burst taken is used up
    assert [queue.take(2), queue.take(2), queue.take(2)] == [["c"], ["d"], None]
