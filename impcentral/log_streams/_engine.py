"""Everything a log stream decides, without I/O; the sync and the async driver share it.

`Engine.run()` is a generator that yields I/O requests ("effects") and gets their results sent back
(or their exceptions thrown in): creation, reconnection with backoff, recreation of a lost stream,
re-subscription and the idle timeout's timing exist once. While a connection is open, a driver
hands each chunk it reads to `Engine.feed()`, the hot path, and puts what comes out into the
`Queue`. The consumer takes slices from the queue, `Engine.events()` parses them, and either the
caller iterates them or `dispatch()` hands them to the handlers. Each driver adds only the I/O and
the waiting: threads and conditions, or anyio tasks and events.

The reader buffers a log line as its data; the consumer parses a few hundred lines at a time,
just before it hands them out. So a burst of thousands of messages never waits in the buffer as
objects for the garbage collector to trace again and again, the messages in use are still in the
CPU cache, and a line that overflow discards is never parsed at all.
"""

from __future__ import annotations

import itertools
import logging
import random
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from inspect import isawaitable
from operator import length_hint
from typing import Any, cast

import httpx

from .._exceptions import APIConnectionError, APIResponseValidationError
from .._operation import Operation
from ._events import (
    FORMAT_JSON,
    LogMessage,
    LogStreamEvent,
    LogStreamHandlerError,
    StateChange,
    UnexpectedEventError,
    UnparsedEvent,
    parse_json_message,
    parse_json_messages,
    parse_state_change,
    parse_text_message,
    parse_text_messages,
)
from ._membership import Membership
from ._requests import CREATE, created_id, event_stream, subscribe, unsubscribe
from ._sse import Comment, SSEDecoder, SSEProtocolError

__all__ = [
    "CONNECT",
    "CREATE",
    "DISCONNECT",
    "PUMP",
    "READY",
    "SLICE",
    "TAKE",
    "Deliver",
    "Effect",
    "Engine",
    "Entry",
    "Handlers",
    "IdleTimeout",
    "Options",
    "Parsed",
    "Queue",
    "Sleep",
    "dispatch",
    "report",
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
ROOM_WAIT = 0.1  # seconds a reader gives the consumer to take half a buffer


@dataclass(frozen=True)
class Options:
    """Tuning knobs of one log stream.

    `buffer_size`: events held for a slow consumer; beyond it the oldest are discarded and a
    `StateChange("overflow", count=n)` marks the gap, so memory stays bounded and the reader
    never stalls (it waits at most 0.1 s for a consumer half a buffer behind). `idle_timeout`:
    seconds of silence (no byte, not even a keep-alive) after which the connection counts as
    dead; None (the default) learns the server's keep-alive interval and allows three of them
    (45 s until the first keep-alive is seen). `reconnect_delay` / `max_reconnect_delay`: bounds
    of the exponential backoff between attempts (with jitter; a server's `retry:` is the minimum).
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


CONNECT = _Named("CONNECT")  # send engine.stream_request() and keep the response open
PUMP = _Named("PUMP")  # feed() the open connection's chunks, deliver what comes out, until it ends
DISCONNECT = _Named("DISCONNECT")  # close the connection, if any (idempotent)
READY = _Named("READY")  # the first connection is open: release whoever waits for it
TAKE = _Named("TAKE")  # (`handling()`) the next slice from the queue; [] at the end
# ... and any `Operation`: run it with the client's `_send` and send back its result.


@dataclass(frozen=True, slots=True)
class Sleep:
    """Wait; a close request cuts it short."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Deliver:
    """Put `entries` in the queue, as the events a connection's chunks become are put."""

    entries: list[Entry]


Effect = _Named | Sleep | Deliver | Operation[Any]


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


# --- the engine -------------------------------------------------------------------------------

# A buffered entry: an event, or the data of a log line still to be parsed (`Engine.events`).
Entry = LogStreamEvent | str


class Engine:
    """State of one log stream and the rules for keeping it alive.

    Device membership follows the service's rule (at most five; adding a sixth drops the least
    recently added), so a recreated stream gets exactly the devices the old one had.
    """

    def __init__(
        self,
        fmt: str,
        options: Options,
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
        self._on_stream_id = on_stream_id
        self._clock = clock
        self._rng = rng
        self.stream_id: str | None = None
        self.members = Membership()
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
        self.gone = False  # the server said `closed` on the open connection: stop reading it

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

    def stream_request(self) -> tuple[Operation[None], float]:
        """CONNECT's request, and the read timeout that backs up the idle watchdog."""
        assert self.stream_id is not None
        request = event_stream(self.stream_id, self.format, self.decoder.last_event_id)
        return request, 2 * self.idle_timeout() + 5

    # -- the hot path --

    def feed(self, chunk: bytes) -> list[Entry]:
        """Take one chunk from the connection; returns what to deliver to the consumer. After a
        `closed` from the server, `gone` is set: stop reading the connection."""
        now = self._clock()
        silence = now - self.last_rx
        self.last_rx = now
        self._rx_since_connect = True
        out: list[Entry] = []
        items = self.decoder.feed(chunk)
        if not items:
            return out
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
        return out

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
            self.gone = True
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
                    if self.gone
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
                self._delivered and not self.gone
            ):
                self._failures = 0
            yield from self._recover(reason, self.gone)

    def _create(self) -> Generator[Effect, Any, None]:
        stream_id = created_id((yield CREATE))
        self.stream_id = stream_id
        self._on_stream_id(stream_id)
        self.decoder.last_event_id = None  # ids of the old stream mean nothing to the new one

    def _connect(self) -> Generator[Effect, Any, None]:
        self.decoder.reset()
        self.gone = self._delivered = self._rx_since_connect = False
        yield CONNECT
        self._connected_at = self._clock()

    def _recover(self, reason: str, gone: bool) -> Generator[Effect, Any, None]:
        yield _tell(StateChange.DISCONNECTED, self.stream_id, detail=reason)
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
            yield _tell(state, self.stream_id)
            return

    def _resubscribe(self) -> Generator[Effect, Any, None]:
        assert self.stream_id is not None
        for device in self.members.resubscribing():
            try:
                yield subscribe(self.stream_id, device)
            except Exception as exc:
                status = status_of(exc)
                if is_transient(exc) or status is None or status in (401, 407):
                    raise
                # This device is refused now (deleted, moved to another account...).
                self.members.refused(device)
                detail = f"could not be added to the new stream: {describe(exc)}"
                yield _tell(StateChange.DROPPED, self.stream_id, device, detail)

    def _backoff(self) -> float:
        """Exponential, with equal jitter; never shorter than the server's `retry:`."""
        opts = self.options
        ceiling = min(opts.max_reconnect_delay, opts.reconnect_delay * 2.0**self._failures)
        delay = ceiling / 2 + self._rng() * ceiling / 2
        retry = self.decoder.retry
        return max(delay, retry / 1000.0) if retry is not None else delay

    # -- membership, asked for by the caller (not by the reader) --

    def add(self, device_id: str) -> Generator[Operation[None], Any, list[str]]:
        """Subscribe a device; returns the devices the service drops to stay within five."""
        dropped = self.members.adding(device_id)  # before: the server may report it first
        try:
            yield from self._on_current_stream(subscribe, device_id)
        except BaseException:
            self.members.add_failed(device_id, dropped)
            raise
        return dropped

    def remove(self, device_id: str) -> Generator[Operation[None], Any, None]:
        was_member = self.members.removing(device_id)
        try:
            yield from self._on_current_stream(unsubscribe, device_id)
        except BaseException:
            self.members.remove_failed(device_id, was_member)
            raise

    def _on_current_stream(
        self, request: Callable[[str, str], Operation[None]], device_id: str
    ) -> Generator[Operation[None], Any, None]:
        """On the current stream; if it was recreated meanwhile (404 on the old id), once more
        on the new one."""
        stream_id = self.stream_id
        assert stream_id is not None
        try:
            yield request(stream_id, device_id)
        except Exception as exc:
            if status_of(exc) != 404 or self.stream_id == stream_id:
                raise
            assert self.stream_id is not None
            yield request(self.stream_id, device_id)

    # -- the handler API's consumer --

    def handling(self, handlers: Handlers) -> Pending:
        """Take slices from the queue (TAKE) and hand their events to the handlers; at the end,
        give the error that ended the stream, if any, to the error handler. Yields TAKE and the
        awaitables that `dispatch()` yields."""
        while True:
            try:
                entries = yield TAKE
            except Exception as exc:
                yield from report(handlers, exc)
                return
            if not entries:
                return
            yield from dispatch(handlers, self.events(entries))


def _tell(
    state: str,
    stream_id: str | None,
    device_id: str | None = None,
    detail: str | None = None,
) -> Deliver:
    """A state the SDK itself reports (`raw` is None)."""
    return Deliver([StateChange(state, device_id, stream_id, detail)])


def _with_stream(change: StateChange, stream_id: str | None) -> StateChange:
    return StateChange(
        change.state,
        change.device_id,
        stream_id,
        change.detail,
        change.count,
        change.raw,
    )


# --- the queue between the reader and the consumer --------------------------------------------

# Lines the consumer parses at a time: few enough to stay in the cache and die young.
SLICE = 256


class Queue:
    """Bounded FIFO between the reader and one consumer. A driver serialises the calls (a lock
    between threads) and does the waiting the return values ask for.

    When full, the oldest entries are discarded and the consumer gets one
    `StateChange("overflow", count=n)` where the gap is: memory stays bounded, and the reader is
    never held up for long, so keep-alives keep being read and the watchdog stays truthful.

    The consumer takes all that is buffered at once, and works through it a slice at a time; so
    at most twice `maxlen` entries are held. A reader that has filled half the buffer gives the
    consumer `ROOM_WAIT` to take it: the reader only cuts lines out, many times faster than the
    consumer parses them, so it could fill the buffer while a consumer that keeps up on average
    waits for its turn. Once such a wait has been in vain, the reader waits again only after the
    consumer has taken something: a consumer that has stopped costs the reader one wait, not one
    per chunk. `pieces()` cuts what the reader delivers into half buffers, so even a chunk of
    more lines than the buffer holds overflows only a consumer that has stopped.
    """

    __slots__ = (
        "_at",
        "_burst",
        "_half",
        "_items",
        "_lost",
        "_maxlen",
        "_taking",
        "ended",
        "error",
    )

    def __init__(self, maxlen: int) -> None:
        self._items: deque[Entry] = deque(maxlen=maxlen)
        self._maxlen = maxlen
        self._half = max(1, maxlen // 2)
        self._lost = 0
        self._taking = True  # the consumer has taken entries since a wait for it was in vain
        self._burst: list[Entry] = []  # what the consumer took last, handed out a slice at a time
        self._at = 0
        self.ended = False
        self.error: BaseException | None = None

    def pieces(self, entries: list[Entry]) -> list[list[Entry]]:
        """`entries` in pieces of at most half the buffer, to `put` one after the other."""
        half = self._half
        if len(entries) <= half:
            return [entries]
        return [entries[start : start + half] for start in range(0, len(entries), half)]

    def put(self, entries: list[Entry]) -> bool:
        """Buffer `entries`; True when the reader should now give the consumer `ROOM_WAIT` to
        take them (then tell `waited()` whether it did)."""
        excess = len(self._items) + len(entries) - self._maxlen
        if excess > 0:
            self._lost += excess
        self._items.extend(entries)
        return self._taking and len(self._items) >= self._half

    def waited(self, taken: bool) -> None:
        self._taking = taken

    def take(self, limit: int) -> list[Entry] | None:
        """Up to `limit` entries, oldest first; None when there are none yet (wait for a `put`);
        [] once the stream has ended, or the error that ended it, raised once."""
        at = self._at
        if at < len(self._burst):
            self._at = at + limit
            return self._burst[at : at + limit]
        if self._items or self._lost:
            burst = list(self._items)
            self._items.clear()
            if self._lost:
                burst.insert(0, self._overflow())
            self._taking = True
            self._burst, self._at = burst, limit
            return burst[:limit]
        if self.ended:
            error, self.error = self.error, None
            if error is not None:
                raise error
            return []
        return None

    def _overflow(self) -> StateChange:
        lost, self._lost = self._lost, 0
        return StateChange(
            StateChange.OVERFLOW,
            count=lost,
            detail=f"the consumer fell behind; {lost} oldest events were discarded",
        )

    def end(self, error: BaseException | None, *, discard: bool = False) -> None:
        """No more entries will come; `error` is why, when the stream failed. `discard` drops
        what is buffered (the stream was closed)."""
        if discard:
            self._items.clear()
            self._lost = 0
            self._burst, self._at = [], 0
        if not self.ended:
            self.ended = True
            self.error = error


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


# --- the handlers -----------------------------------------------------------------------------

# Handlers may return anything; on the async side an awaitable result is awaited.
MessageHandler = Callable[[LogMessage], object]
StateChangeHandler = Callable[[StateChange], object]
ErrorHandler = Callable[[BaseException], object]


class Handlers:
    """The parity API's callbacks, and where each event goes."""

    __slots__ = ("error", "message", "state_change")

    def __init__(
        self,
        message: MessageHandler,
        state_change: StateChangeHandler | None,
        error: ErrorHandler | None,
    ) -> None:
        self.message = message
        self.state_change = state_change
        self.error = error

    def route(self, event: LogStreamEvent) -> tuple[str, Callable[[Any], object] | None, Any]:
        """(handler name, handler, argument) for one event."""
        if isinstance(event, LogMessage):
            return "message_handler", self.message, event
        if isinstance(event, StateChange):
            return "state_change_handler", self.state_change, event
        return "error_handler", self.error, UnexpectedEventError(event)

    def report(self, error: BaseException) -> object:
        """Give `error` to the error handler (or the log); returns what the handler returned."""
        if self.error is None:
            logger.error("log stream: %s", error, exc_info=error)
            return None
        try:
            return self.error(error)
        except Exception:
            logger.exception("log stream: error_handler raised")
            return None


# What dispatch() and report() yield: a handler's awaitable result, for the driver to await
# (the async one; the sync driver drops it) and to throw the awaitable's exception back in.
Pending = Generator[Any, Any, None]


def dispatch(handlers: Handlers, events: list[LogStreamEvent]) -> Pending:
    """Hand `events` to the handlers, in order. A handler's exception goes to the error handler
    (as `LogStreamHandlerError`) and the next event follows; a BaseException (KeyboardInterrupt,
    SystemExit) propagates: it ends the stream."""
    on_message = handlers.message
    handler: Callable[[Any], object] | None
    for event in events:
        if type(event) is LogMessage:  # the common case first, without routing
            name, handler, argument = "message_handler", on_message, event
        else:
            name, handler, argument = handlers.route(event)
            if handler is None:
                continue
            if handler is handlers.error:
                yield from report(handlers, argument)
                continue
        try:
            result = handler(argument)
            if result is not None and isawaitable(result):
                yield result
        except Exception as exc:
            error = LogStreamHandlerError(name, event)
            error.__cause__ = exc
            yield from report(handlers, error)


def report(handlers: Handlers, error: BaseException) -> Pending:
    """Give `error` to the error handler; its own failure is only logged."""
    result = handlers.report(error)
    if result is not None and isawaitable(result):
        try:
            yield result
        except Exception:
            logger.exception("log stream: error_handler raised")
