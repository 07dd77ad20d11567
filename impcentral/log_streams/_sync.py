"""Log streams for `ImpCentralApi`: the engine driven by threads.

Threads per stream: the reader performs the engine's effects (all stream I/O) and puts what the
connection delivers into the queue; the watchdog cuts a connection that stays silent past the idle
timeout, and serves `close()` from any thread; for the handler API, the dispatcher takes from the
queue and runs `dispatch()`, so a slow handler never blocks reading.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from itertools import chain
from types import TracebackType
from typing import Any, TypeVar

import httpx

from .._operation import Operation
from ._common import Streams, StreamState, check_create, check_format, require_id
from ._engine import (
    CONNECT,
    DISCONNECT,
    PUMP,
    READY,
    ROOM_WAIT,
    SLICE,
    TAKE,
    Deliver,
    Effect,
    Engine,
    Entry,
    ErrorHandler,
    Handlers,
    IdleTimeout,
    MessageHandler,
    Options,
    Queue,
    Sleep,
    StateChangeHandler,
    logger,
)
from ._events import FORMAT_TEXT, LogStreamClosed, LogStreamEvent
from ._requests import SyncApi, check_stream_response, send_stream, subscribe, unsubscribe

__all__ = ["LogStream", "LogStreams"]

T = TypeVar("T")
E = TypeVar("E")

_JOIN_TIMEOUT = 2.0  # close() waits this long at most for an in-flight request to give up
_WATCH_PERIOD = 0.25  # the watchdog re-reads the deadline this often (it may move either way)


class _Stopped(BaseException):
    """close() was called while the reader was busy."""


def drive(steps: Generator[E, Any, T], perform: Callable[[E], Any]) -> T:
    """Run an effect generator to its end: perform each effect and send back its result, or
    throw its exception back in."""
    value: Any = None
    error: Exception | None = None
    try:
        while True:
            try:
                effect = steps.send(value) if error is None else steps.throw(error)
            except StopIteration as stop:
                return stop.value  # type: ignore[no-any-return]
            value = error = None
            try:
                value = perform(effect)
            except Exception as exc:
                error = exc
    finally:
        steps.close()


class _Queue:
    """The engine's queue with threads waiting on it: the consumer for entries, the reader for
    the consumer to take them."""

    def __init__(self, queue: Queue) -> None:
        self._queue = queue
        lock = threading.Lock()
        self._entries = threading.Condition(lock)
        self._room = threading.Condition(lock)

    def push(self, entries: list[Entry]) -> None:
        queue = self._queue
        for piece in queue.pieces(entries):
            with self._entries:
                wait = queue.put(piece)
                self._entries.notify()
                if wait:  # then the oldest are discarded, if need be
                    queue.waited(self._room.wait(ROOM_WAIT))

    def take(self, limit: int, timeout: float | None = None) -> list[Entry]:
        """Up to `limit` entries; [] once the stream has ended; raises the error that ended it."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._entries:
            while (entries := self._queue.take(limit)) is None:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise TimeoutError("no log stream event arrived in time")
                self._entries.wait(remaining)
            self._room.notify()
            return entries

    def end(self, error: BaseException | None, *, discard: bool = False) -> None:
        with self._entries:
            self._queue.end(error, discard=discard)
            self._entries.notify_all()
            self._room.notify()


class _Driver:
    """The stream's threads: the reader performs the engine's effects with the client, the
    watchdog cuts silent connections, the dispatcher calls the handlers."""

    def __init__(
        self,
        api: SyncApi,
        engine: Engine,
        queue: _Queue,
        handlers: Handlers | None,
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self._api = api
        self._engine = engine
        self.queue = queue
        self._handlers = handlers
        self._on_failure = on_failure
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._response: httpx.Response | None = None
        self._generation = 0  # counts connections, so a late watchdog cut hits no newer one
        self._cut: str | None = None  # why the open connection was cut from outside
        self._error: BaseException | None = None
        self._threads = [
            threading.Thread(target=self._run, name="impcentral-logstream", daemon=True),
            threading.Thread(target=self._watch, name="impcentral-logstream-watchdog", daemon=True),
        ]
        if handlers is not None:
            self._threads.append(
                threading.Thread(
                    target=self._dispatch, name="impcentral-logstream-handlers", daemon=True
                )
            )

    def start(self) -> None:
        """Run until the stream is open; raise (leaving nothing running) if it cannot open."""
        reader, *others = self._threads
        reader.start()
        try:
            self._ready.wait()
        except BaseException:  # e.g. Ctrl-C while opening: nothing may stay behind
            self.stop()
            raise
        if self._error is not None:
            reader.join()
            raise self._error
        for thread in others:
            thread.start()

    def stop(self) -> None:
        """End the stream from any thread: the open connection is cut at once."""
        self._stop.set()
        self._cut_connection("closed", None)
        current = threading.current_thread()
        for thread in self._threads:
            if thread is not current and thread.is_alive():
                thread.join(_JOIN_TIMEOUT)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    # -- the reader thread --

    def _run(self) -> None:
        failure: BaseException | None = None
        try:
            drive(self._engine.run(), self._perform)
        except _Stopped:
            pass
        except BaseException as exc:
            failure = exc
        finally:
            self._disconnect()
            self._stop.set()
            if not self._ready.is_set():
                self._error = failure
                self._ready.set()
            elif failure is not None:
                logger.warning("log stream ended: %s", failure)
            self.queue.end(failure)

    def _perform(self, effect: Effect) -> Any:
        if self._stop.is_set():
            raise _Stopped
        if effect is PUMP:
            return self._pump()
        if type(effect) is Deliver:
            return self.queue.push(effect.entries)
        if effect is CONNECT:
            return self._connect()
        if effect is DISCONNECT:
            return self._disconnect()
        if effect is READY:
            return self._ready.set()
        if type(effect) is Sleep:
            if self._stop.wait(effect.seconds):
                raise _Stopped
            return None
        assert isinstance(effect, Operation)
        return self._api._send(effect)

    def _connect(self) -> None:
        request, read_timeout = self._engine.stream_request()
        response = send_stream(self._api, request, read_timeout)
        try:
            if not response.is_success:
                response.read()
            check_stream_response(response)
        except BaseException:
            response.close()
            raise
        with self._lock:
            self._response = response
            self._generation += 1
            self._cut = None
        if self._stop.is_set():
            raise _Stopped

    def _pump(self) -> None:
        with self._lock:
            response = self._response
        assert response is not None
        engine, push = self._engine, self.queue.push
        feed = engine.feed
        try:
            for chunk in response.iter_bytes():
                entries = feed(chunk)
                if entries:
                    push(entries)
                if engine.gone:
                    return
        except Exception:
            if self._cut is None:
                raise
        if self._cut == "idle":
            raise IdleTimeout(f"no data for {engine.idle_timeout():.1f} s")
        if self._cut is not None:
            raise _Stopped

    def _disconnect(self) -> None:
        with self._lock:
            response, self._response = self._response, None
        if response is not None:
            try:
                response.close()
            except Exception:  # the connection is being thrown away anyway
                logger.debug("log stream: error while closing a connection", exc_info=True)

    # -- the watchdog thread --

    def _watch(self) -> None:
        engine = self._engine
        while not self._stop.is_set():
            generation = self._generation
            deadline = engine.idle_deadline()
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                self._cut_connection("idle", generation)
                wait = _WATCH_PERIOD
            else:
                wait = _WATCH_PERIOD if deadline is None else min(deadline - now, _WATCH_PERIOD)
            self._stop.wait(wait)

    def _cut_connection(self, reason: str, generation: int | None) -> None:
        """Unblock the reader: shut the socket down under it (closing alone would not wake it)."""
        with self._lock:
            response = self._response
            if response is None or (generation is not None and generation != self._generation):
                return
            if self._cut is not None and reason == "idle":
                return
            self._cut = reason
        _shut_down(response)

    # -- the dispatcher thread --

    def _dispatch(self) -> None:
        assert self._handlers is not None
        try:
            drive(self._engine.handling(self._handlers), self._take)
        except BaseException as exc:  # a handler's KeyboardInterrupt, SystemExit...
            self._on_failure(exc)

    def _take(self, effect: object) -> list[Entry] | None:
        # Else an awaitable from a handler: nothing can await it in a thread.
        return self.queue.take(SLICE) if effect is TAKE else None


def _shut_down(response: httpx.Response) -> None:
    """Make a read blocked on `response` return at once, from any thread.

    Closing a socket does not wake a thread blocked reading it; shutting it down does. A
    transport that exposes no socket is left to the read timeout, which backs up the watchdog.
    """
    network_stream = response.extensions.get("network_stream")
    sock = network_stream.get_extra_info("socket") if network_stream is not None else None
    shutdown = getattr(sock, "shutdown", None)
    if shutdown is None:
        logger.debug("log stream: this transport's connection cannot be cut; waiting for it")
        return
    with contextlib.suppress(OSError):  # already down
        shutdown(socket.SHUT_RDWR)


class LogStream(StreamState):
    """One live log stream, kept alive across network trouble.

    Iterate it for events (`LogMessage`, `StateChange`, `UnparsedEvent`), or let `create()`'s
    handlers receive them. `id` is the current stream id; it changes when the server loses the
    stream and the SDK recreates it (a `StateChange("recreated")` says so).
    """

    def __init__(
        self, owner: LogStreams, fmt: str, options: Options, handlers: Handlers | None
    ) -> None:
        super().__init__(owner, fmt, options, handlers)
        self._send = owner._api._send
        self._waits = _Queue(self._queue)
        self._driver = _Driver(owner._api, self._engine, self._waits, handlers, self._ended_by)
        self._membership = threading.Lock()

    @property
    def closed(self) -> bool:
        return self._driver.stopped

    def add_device(self, device_id: str) -> list[str]:
        """Subscribe a device (id, MAC or agent id); returns the devices the service drops to
        stay within its limit of five (each also announced by a `StateChange("dropped")` when
        the server confirms)."""
        device_id = require_id(device_id, "deviceId")
        self._raise_failure()
        with self._membership:
            return drive(self._engine.add(device_id), self._send)

    def remove_device(self, device_id: str) -> None:
        """Unsubscribe a device (by the same or any other of its names)."""
        device_id = require_id(device_id, "deviceId")
        self._raise_failure()
        with self._membership:
            drive(self._engine.remove(device_id), self._send)

    def close(self) -> None:
        """Stop the stream and cut its connection; safe from any thread, idempotent. Raises
        what a handler raised that ended the stream (KeyboardInterrupt, SystemExit...)."""
        self._shut()
        self._owner._forget(self)
        self._raise_failure()

    def _shut(self) -> None:
        self._driver.stop()
        self._waits.end(None, discard=True)
        self._parsed.clear()

    def _ended_by(self, failure: BaseException) -> None:
        """A handler raised a BaseException: the stream ends now, and its caller gets the
        exception from its next call on the stream (`close()` included)."""
        self._failure = failure
        logger.warning("log stream: a handler raised %r; the stream is closed", failure)
        self._shut()

    def receive(self, timeout: float | None = None) -> LogStreamEvent:
        """The next event, waiting up to `timeout` seconds (TimeoutError after that).

        Raises `LogStreamClosed` once the stream is closed, or the error that ended it.
        """
        self._iterable()
        cursor = self._refill(timeout)
        if cursor is None:
            raise LogStreamClosed
        return next(cursor)

    def _refill(self, timeout: float | None = None) -> Iterator[LogStreamEvent] | None:
        """The cursor, over the next parsed slice once the last is used up; None at the end."""
        parsed = self._parsed
        while parsed.used_up():
            entries = self._waits.take(SLICE, timeout)
            if not entries:
                return None
            parsed.hold(self._engine.events(entries))
        return parsed.cursor

    def __iter__(self) -> Iterator[LogStreamEvent]:
        """No Python code runs per event: the cursors over the parsed slices are chained in C."""
        self._iterable()
        return chain.from_iterable(iter(self._refill, None))

    def __next__(self) -> LogStreamEvent:
        try:
            return self.receive()
        except LogStreamClosed:
            raise StopIteration from None

    def __enter__(self) -> LogStream:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class LogStreams(Streams[LogStream]):
    """Live device logs (`api.log_streams`).

    Two ways in: `create()` with handlers, as in the Node client, or `open()` for a stream to
    iterate in a `with` block. Either way the stream survives dropped connections, server
    restarts, silent connections, the server closing it and token expiry; see `StateChange`.
    """

    _api: SyncApi

    def create(
        self,
        message_handler: MessageHandler,
        state_change_handler: StateChangeHandler | None = None,
        error_handler: ErrorHandler | None = None,
        format: str = FORMAT_TEXT,
        *,
        buffer_size: int = Options.buffer_size,
        idle_timeout: float | None = Options.idle_timeout,
        reconnect_delay: float = Options.reconnect_delay,
        max_reconnect_delay: float = Options.max_reconnect_delay,
    ) -> LogStream:
        """Open a stream whose events go to the handlers; returns once it is open.

        Handlers run in a thread of the stream, one event at a time, in order. An exception in
        a handler goes to `error_handler` (or the `impcentral.log_streams` log) and the stream
        carries on; a KeyboardInterrupt or SystemExit closes the stream, and the next call on it
        (`close()`, `add_device()`...) raises it. `error_handler` also gets events that could not
        be parsed, and the error that ended the stream if it ever gives up. The keyword
        arguments: see `Options`.
        """
        check_create(message_handler, format)
        return self._start(
            format,
            Options(buffer_size, idle_timeout, reconnect_delay, max_reconnect_delay),
            Handlers(message_handler, state_change_handler, error_handler),
            (),
        )

    def open(
        self,
        device_ids: Iterable[str] = (),
        format: str = FORMAT_TEXT,
        *,
        buffer_size: int = Options.buffer_size,
        idle_timeout: float | None = Options.idle_timeout,
        reconnect_delay: float = Options.reconnect_delay,
        max_reconnect_delay: float = Options.max_reconnect_delay,
    ) -> LogStream:
        """Open a stream, subscribe `device_ids`, and return it to iterate (ideally in `with`).

        If anything fails, nothing is left running and the error is raised. The keyword
        arguments: see `Options`.
        """
        check_format(format)
        devices = [require_id(device, "deviceId") for device in device_ids]
        return self._start(
            format,
            Options(buffer_size, idle_timeout, reconnect_delay, max_reconnect_delay),
            None,
            devices,
        )

    def add_device(self, log_stream_id: str, device_id: str) -> None:
        """Subscribe a device (id, MAC or agent id) to a stream."""
        stream, log_stream_id, device_id = self._member(log_stream_id, device_id)
        if stream is not None:
            stream.add_device(device_id)
        else:
            self._api._send(subscribe(log_stream_id, device_id))

    def remove_device(self, log_stream_id: str, device_id: str) -> None:
        """Unsubscribe a device from a stream."""
        stream, log_stream_id, device_id = self._member(log_stream_id, device_id)
        if stream is not None:
            stream.remove_device(device_id)
        else:
            self._api._send(unsubscribe(log_stream_id, device_id))

    def close(self, log_stream_id: str) -> None:
        """Close a stream this client opened (by any id it has had)."""
        self._opened(log_stream_id).close()

    def close_all(self) -> None:
        """Close every stream this client opened; `api.close()` calls it so none outlives it.
        Raises the first thing a handler raised that ended a stream."""
        failure: BaseException | None = None
        for stream in self._all():
            try:
                stream.close()
            except BaseException as exc:
                failure = failure or exc
        if failure is not None:
            raise failure

    def _start(
        self, fmt: str, options: Options, handlers: Handlers | None, devices: Iterable[str]
    ) -> LogStream:
        stream = LogStream(self, fmt, options, handlers)
        try:
            stream._driver.start()
            for device in devices:
                stream.add_device(device)
        except BaseException:
            stream.close()
            raise
        return stream
