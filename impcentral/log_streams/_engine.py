"""The log-stream state machine, shared by the sync and the async driver.

`Engine.run()` is a generator that yields I/O requests ("effects") and gets their results sent back
(or their exceptions thrown in); the drivers perform them with httpx in a thread or in a task. So
creation, reconnection with backoff, recreation of a lost stream, re-subscription, the idle
watchdog's timing and event parsing exist once. The hot path is `Engine.feed()`, which a driver
calls directly with each chunk read from the open connection.

The reader buffers a log line as its data; the consumer parses a few hundred lines at a time,
just before it hands them out (`Engine.events`). So a burst of thousands of messages never waits
in the buffer as objects for the garbage collector to trace again and again, the messages in use
are still in the CPU cache, and a line that overflow discards is never parsed at all.
"""

from __future__ import annotations

import itertools
import logging
import random
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from operator import length_hint
from typing import Any, cast

import httpx

from .._exceptions import APIConnectionError, APIResponseValidationError
from ._events import (
    FORMAT_JSON,
    LogStreamEvent,
    StateChange,
    UnparsedEvent,
    parse_json_message,
    parse_json_messages,
    parse_state_change,
    parse_text_message,
    parse_text_messages,
)
from ._membership import Membership
from ._sse import Comment, SSEDecoder, SSEProtocolError

__all__ = [
    "CONNECT",
    "CREATE",
    "DISCONNECT",
    "PUMP",
    "READY",
    "Burst",
    "Effect",
    "Engine",
    "Entry",
    "EventBuffer",
    "IdleTimeout",
    "Options",
    "Parsed",
    "Sleep",
    "Subscribe",
]

logger = logging.getLogger("impcentral.log_streams")

# Without a measured keep-alive interval, silence this long means the connection is dead: three
# intervals of the emulator's default, one and a half of the service's reported ~30 s.
DEFAULT_IDLE_TIMEOUT = 45.0
IDLE_FACTOR = 3.0  # a connection is dead after this many keep-alive intervals of silence
MIN_IDLE_TIMEOUT = 1.0
MAX_IDLE_TIMEOUT = 300.0
HEALTHY_AFTER = 10.0  # a connection that lived this long resets the backoff
OPEN_ATTEMPTS = 3  # tries at opening a stream before its creator gets the error


@dataclass(frozen=True)
class Options:
    """Tuning knobs of one log stream.

    `buffer_size`: events held for a slow consumer; beyond it the oldest are discarded and a
    `StateChange("overflow", count=n)` marks the gap, so memory stays bounded and the reader
    never stalls (a blocking stream's reader waits at most 0.1 s for a consumer half a buffer
    behind). `idle_timeout`: seconds of silence (no byte, not even a keep-alive) after which
    the connection counts as dead; None (the default) learns the server's keep-alive interval and
    allows three of them (45 s until the first keep-alive is seen). `reconnect_delay` /
    `max_reconnect_delay`: bounds of the exponential backoff between attempts (with jitter;
    a server's `retry:` is the minimum).
    """

    buffer_size: int = 10_000
    idle_timeout: float | None = None
    reconnect_delay: float = 0.5
    max_reconnect_delay: float = 30.0

    def __post_init__(self) -> None:
        if self.buffer_size < 1:
            raise ValueError("buffer_size must be >= 1")
        if self.idle_timeout is not None and self.idle_timeout <= 0:
            raise ValueError("idle_timeout must be > 0")
        if not 0 < self.reconnect_delay <= self.max_reconnect_delay:
            raise ValueError("need 0 < reconnect_delay <= max_reconnect_delay")


class IdleTimeout(Exception):
    """Nothing, not even a keep-alive, arrived for longer than the idle timeout."""


# --- effects: what the engine asks its driver to do -------------------------------------------


class _Named:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __repr__(self) -> str:
        return self.name


CREATE = _Named("CREATE")  # POST /logstream; result: the new stream id
CONNECT = _Named("CONNECT")  # GET /logstream/{id} as SSE with engine.stream_id / last_event_id
PUMP = _Named("PUMP")  # read the open connection into feed() until it ends or feed() says stop
DISCONNECT = _Named("DISCONNECT")  # close the connection, if any (idempotent)
READY = _Named("READY")  # the first connection is open: release whoever waits for it


@dataclass(frozen=True, slots=True)
class Subscribe:
    """PUT /logstream/{stream_id}/{device_id}."""

    stream_id: str
    device_id: str


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait; a close request cuts it short."""

    seconds: float


Effect = _Named | Subscribe | Sleep


# A malformed answer to a stream request is most often a proxy or load balancer in trouble.
_TRANSIENT_ERRORS = (
    httpx.TransportError,
    APIConnectionError,
    APIResponseValidationError,
    IdleTimeout,
    SSEProtocolError,
)


def status_of(exc: BaseException) -> int | None:
    """The HTTP status an SDK error carries, if any."""
    status = getattr(exc, "status_code", None)
    return status if isinstance(status, int) else None


def is_transient(exc: BaseException) -> bool:
    """Worth another try after a pause: network trouble, silence, overload, server errors."""
    if isinstance(exc, _TRANSIENT_ERRORS):
        return True
    status = status_of(exc)
    return status is not None and (status in (408, 425, 429) or status >= 500)


def is_stream_gone(exc: BaseException) -> bool:
    """Said of a failed stream connection: the server no longer knows the stream."""
    return status_of(exc) in (404, 410)


def describe(exc: BaseException) -> str:
    if isinstance(exc, IdleTimeout):
        return str(exc)
    text = str(exc)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


# --- the buffer between the reader and the consumer -------------------------------------------

# A buffered entry: an event, or the data of a log line still to be parsed (`Engine.events`).
Entry = LogStreamEvent | str

# Lines the consumer parses at a time: few enough to stay in the cache and die young.
SLICE = 256


class EventBuffer:
    """Bounded FIFO between the reader and the consumer; the drivers add the waiting.

    Policy: when full, the oldest events are discarded (the reader is never held up for long, so
    keep-alives keep being read and the watchdog stays truthful) and the consumer gets one
    `StateChange("overflow", count=n)` where the gap is.
    """

    __slots__ = ("_items", "_lost", "_maxlen", "ended", "error")

    def __init__(self, maxlen: int) -> None:
        self._items: deque[Entry] = deque(maxlen=maxlen)
        self._maxlen = maxlen
        self._lost = 0
        self.ended = False
        self.error: BaseException | None = None

    def __len__(self) -> int:
        return len(self._items)

    def push(self, entries: list[Entry]) -> None:
        excess = len(self._items) + len(entries) - self._maxlen
        if excess > 0:
            self._lost += excess
        self._items.extend(entries)

    def take(self) -> list[Entry]:
        """Everything buffered, oldest first: one lock round-trip for a burst, not one each."""
        items = list(self._items)
        self._items.clear()
        if self._lost:
            items.insert(0, self._overflow())
        return items

    def _overflow(self) -> StateChange:
        lost, self._lost = self._lost, 0
        return StateChange(
            StateChange.OVERFLOW,
            count=lost,
            detail=f"the consumer fell behind; {lost} oldest events were discarded",
        )

    def end(self, error: BaseException | None) -> None:
        """No more events will come; `error` is why, when the stream failed."""
        if not self.ended:
            self.ended = True
            self.error = error

    def discard(self) -> None:
        self._items.clear()
        self._lost = 0


class Burst:
    """What the consumer took from the buffer at once, handed out a slice at a time."""

    __slots__ = ("_at", "_entries")

    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self._at = 0

    def fill(self, entries: list[Entry]) -> None:
        self._entries, self._at = entries, 0

    def next(self, limit: int) -> list[Entry]:
        """Up to `limit` entries, oldest first; [] when the burst is used up."""
        at = self._at
        self._at = at + limit
        return self._entries[at : at + limit]


class Parsed:
    """The parsed slice being handed out, and the one cursor over it that every way of reading
    a stream shares (`receive()`, iteration); `clear()` ends the cursor, from any thread."""

    __slots__ = ("_events", "cursor")

    def __init__(self) -> None:
        self._events: list[LogStreamEvent] = []
        self.cursor: Iterator[LogStreamEvent] = iter(self._events)

    def used_up(self) -> bool:
        return not length_hint(self.cursor)

    def hold(self, events: list[LogStreamEvent]) -> None:
        self._events = events
        self.cursor = iter(events)

    def clear(self) -> None:
        self._events.clear()


# --- the engine -------------------------------------------------------------------------------


class Engine:
    """State of one log stream and the rules for keeping it alive.

    Device membership follows the service's rule (at most five; adding a sixth drops the least
    recently added), so a recreated stream gets exactly the devices the old one had.
    """

    def __init__(
        self,
        fmt: str,
        options: Options,
        sink: Callable[[list[Entry]], None],
        *,
        on_stream_id: Callable[[str], None] = lambda _id: None,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
    ) -> None:
        self.format = fmt
        json = fmt == FORMAT_JSON
        self._parse_message = parse_json_message if json else parse_text_message
        self._parse_messages = parse_json_messages if json else parse_text_messages
        self.options = options
        self._sink = sink
        self._on_stream_id = on_stream_id
        self._clock = clock
        self._rng = rng
        self.stream_id: str | None = None
        self.members = Membership()  # the facades update it around their PUT / DELETE
        self.decoder = SSEDecoder()
        self._failures = 0  # reconnection attempts since the stream last worked
        self._connected_at = 0.0
        self._delivered = False  # the open connection has delivered a log message
        self.last_rx = 0.0  # when the open connection last delivered a byte
        self.pumping = False  # a connection is open and being read
        # The keep-alive interval is learnt as the longest silence that ended in a keep-alive:
        # exact for a server that pings after an idle period, an underestimate at first for one
        # that pings on a fixed clock, which is why a cut of a live connection widens it.
        self._keepalive_gap: float | None = None
        self._idle_scale = 1.0
        self._rx_since_connect = False
        self._gone = False  # the server said `closed` on the open connection

    @property
    def devices(self) -> tuple[str, ...]:
        return self.members.names

    # -- the watchdog's view --

    def idle_timeout(self) -> float:
        if self.options.idle_timeout is not None:
            return self.options.idle_timeout
        if self._keepalive_gap is None:
            return DEFAULT_IDLE_TIMEOUT
        timeout = IDLE_FACTOR * self._keepalive_gap * self._idle_scale
        return min(MAX_IDLE_TIMEOUT, max(MIN_IDLE_TIMEOUT, timeout))

    def _silence_cut(self) -> None:
        """The watchdog cut the connection. If it had been delivering, the cut may have been
        premature (interval underestimated): widen the timeout until a keep-alive confirms."""
        if self._rx_since_connect and self._keepalive_gap is not None:
            self._idle_scale = min(self._idle_scale * 2, 64.0)

    def idle_deadline(self) -> float | None:
        """When the open connection counts as dead if nothing arrives; None when not reading."""
        return self.last_rx + self.idle_timeout() if self.pumping else None

    # -- the hot path --

    def feed(self, chunk: bytes) -> bool:
        """Take one chunk from the connection; False when the server has closed the stream."""
        now = self._clock()
        silence = now - self.last_rx
        self.last_rx = now
        self._rx_since_connect = True
        items = self.decoder.feed(chunk)
        if not items:
            return True
        out: list[Entry] = []
        delivered = False
        for item in items:
            if type(item) is list:  # the data of one-line `message`s: log lines
                delivered = True
                silence = 0.0
                out += item
            elif isinstance(item, Comment):
                # A keep-alive tells how long a silence is still normal.
                if self._keepalive_gap is None or silence >= self._keepalive_gap:
                    self._keepalive_gap = silence
                    self._idle_scale = 1.0
                silence = 0.0
            else:
                silence = 0.0
                name, data, _ = item
                if not data:
                    continue  # no payload, nothing to tell (some servers ping this way)
                if name == "message":
                    delivered = True
                    out.append(data)
                elif name == "state_change":
                    self._state_change(data, out)
                else:
                    out.append(UnparsedEvent(name, data, "unknown event"))
        if delivered:
            self._delivered = True
        if out:
            self._sink(out)
        return not self._gone

    def events(self, entries: list[Entry]) -> list[LogStreamEvent]:
        """The events buffered entries stand for, the log lines among them parsed."""
        out: list[LogStreamEvent] = []
        for kind, run in itertools.groupby(entries, type):
            if kind is str:
                self._log_lines(cast(list[str], list(run)), out)
            else:
                out += cast(Iterator[LogStreamEvent], run)
        return out

    def _log_lines(self, data: list[str], out: list[LogStreamEvent]) -> None:
        """Parse `message` data; what has another shape becomes an `UnparsedEvent`."""
        try:
            out += self._parse_messages(data)
        except ValueError:
            parse = self._parse_message
            for one in data:
                try:
                    out.append(parse(one))
                except ValueError as exc:
                    reason = f"unexpected log message format: {exc}"
                    out.append(UnparsedEvent("message", one, reason))

    def _state_change(self, data: str, out: list[Entry]) -> None:
        try:
            change = parse_state_change(data, self.format)
        except ValueError as exc:
            out.append(UnparsedEvent("state_change", data, f"unexpected state format: {exc}"))
            return
        change = _with_stream(change, self.stream_id)
        out.append(change)
        device = change.device_id
        if change.state == StateChange.CLOSED:
            self._gone = True
        elif device is None:
            return
        elif change.state == StateChange.SUBSCRIBED:
            self.members.subscribed(device)
        elif change.state == StateChange.UNSUBSCRIBED:
            dropped = self.members.unsubscribed(device)
            if dropped is not None:
                out.append(
                    StateChange(
                        StateChange.DROPPED,
                        device_id=dropped,
                        log_stream_id=self.stream_id,
                        detail="the server took the device off the stream (it keeps the five"
                        " most recently added)",
                    )
                )

    def emit(self, event: LogStreamEvent) -> None:
        self._sink([event])

    # -- the control flow --

    def run(self) -> Generator[Effect, Any, None]:
        """Create, connect, then keep the stream alive until the driver stops the generator.

        Opening gets OPEN_ATTEMPTS tries at transient trouble; then, or at once for any other
        error, the error propagates, so a failed creation leaves nothing running. Once open,
        transient trouble is retried forever with backoff; only errors no retry can fix
        (authentication, permissions, bad requests) end the stream, by raising.
        """
        attempts = 0
        while True:
            try:
                yield from self._create()  # a second creation just replaces the first
                yield from self._connect()
                break
            except Exception as exc:
                attempts += 1
                if attempts >= OPEN_ATTEMPTS or not is_transient(exc):
                    raise
                logger.info("log stream: opening failed: %s", describe(exc))
                yield DISCONNECT
                yield Sleep(self._backoff())
                self._failures += 1
        self._failures = 0
        yield READY
        while True:
            self.last_rx = self._clock()
            self.pumping = True
            try:
                yield PUMP
                reason = (
                    "the server closed the stream"
                    if self._gone
                    else "the server ended the connection"
                )
            except Exception as exc:
                if not is_transient(exc):
                    raise
                if isinstance(exc, IdleTimeout):
                    self._silence_cut()
                reason = describe(exc)
            finally:
                self.pumping = False
            yield DISCONNECT
            # Progress resets the backoff, except on a stream the server keeps closing (another
            # client of the same account creating streams): that one must back off.
            if self._clock() - self._connected_at >= HEALTHY_AFTER or (
                self._delivered and not self._gone
            ):
                self._failures = 0
            yield from self._recover(reason, self._gone)

    def _create(self) -> Generator[Effect, Any, None]:
        stream_id = yield CREATE
        self.stream_id = stream_id
        self._on_stream_id(stream_id)
        self.decoder.last_event_id = None  # ids of the old stream mean nothing to the new one

    def _connect(self) -> Generator[Effect, Any, None]:
        self.decoder.reset()
        self._gone = self._delivered = self._rx_since_connect = False
        yield CONNECT
        self._connected_at = self._clock()

    def _recover(self, reason: str, gone: bool) -> Generator[Effect, Any, None]:
        self.emit(
            StateChange(StateChange.DISCONNECTED, log_stream_id=self.stream_id, detail=reason)
        )
        while True:
            yield Sleep(self._backoff())
            self._failures += 1
            step = "create"
            try:
                if gone:
                    yield from self._create()
                step = "connect"
                yield from self._connect()
                step = "subscribe"
                if gone:
                    yield from self._resubscribe()
            except Exception as exc:
                logger.info("log stream: reconnecting failed: %s", describe(exc))
                yield DISCONNECT
                if step == "connect" and is_stream_gone(exc):
                    gone = True
                elif not is_transient(exc):
                    raise
                continue
            state = StateChange.RECREATED if gone else StateChange.RECONNECTED
            self.emit(StateChange(state, log_stream_id=self.stream_id))
            return

    def _resubscribe(self) -> Generator[Effect, Any, None]:
        assert self.stream_id is not None
        for device in self.members.resubscribing():
            try:
                yield Subscribe(self.stream_id, device)
            except Exception as exc:
                status = status_of(exc)
                if is_transient(exc) or status is None or status in (401, 407):
                    raise
                # This device is refused now (deleted, moved to another account...).
                self.members.refused(device)
                self.emit(
                    StateChange(
                        StateChange.DROPPED,
                        device_id=device,
                        log_stream_id=self.stream_id,
                        detail=f"could not be added to the new stream: {describe(exc)}",
                    )
                )

    def _backoff(self) -> float:
        """Exponential, with equal jitter; never shorter than the server's `retry:`."""
        opts = self.options
        ceiling = min(opts.max_reconnect_delay, opts.reconnect_delay * 2.0**self._failures)
        delay = ceiling / 2 + self._rng() * ceiling / 2
        retry = self.decoder.retry
        return max(delay, retry / 1000.0) if retry is not None else delay


def _with_stream(change: StateChange, stream_id: str | None) -> StateChange:
    return StateChange(
        change.state,
        change.device_id,
        stream_id,
        change.detail,
        change.count,
        change.raw,
    )
