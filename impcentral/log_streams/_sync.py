"""Log streams for `ImpCentralApi`: the engine driven by a reader thread with a sync httpx client.

Threads per stream: the reader (runs the engine, does all stream I/O), the watchdog (cuts a
connection that stays silent past the idle timeout, and serves `close()` from any thread) and, for
the handler API, the dispatcher that calls the handlers so a slow handler never blocks reading.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator
from itertools import chain
from types import TracebackType
from typing import Any, Protocol

import httpx

from .. import _constants
from ._common import (
    ErrorHandler,
    Handlers,
    LogStreamClosed,
    LogStreamHandlerError,
    MessageHandler,
    StateChangeHandler,
    check_create,
    check_format,
    check_stream_response,
    created_stream_id,
    cut,
    device_path,
    incorrect_id,
    logger,
    require_id,
    stream_headers,
    stream_path,
    stream_timeout,
)
from ._engine import (
    CONNECT,
    CREATE,
    DISCONNECT,
    PUMP,
    READY,
    SLICE,
    Burst,
    Effect,
    Engine,
    Entry,
    EventBuffer,
    IdleTimeout,
    Options,
    Parsed,
    Sleep,
    Subscribe,
)
from ._events import FORMAT_TEXT, LogMessage, LogStreamEvent

__all__ = ["LogStream", "LogStreams"]


class _Api(Protocol):
    """What a stream needs from the client: its request hook (auth, retries, debug log, typed
    errors; with ``stream=True`` one attempt, the response unread and unchecked) and timeout."""

    _timeout: httpx.Timeout

    def _request(
        self, method: str, url: str, *, stream: bool = False, **options: Any
    ) -> httpx.Response: ...


_ROOM_WAIT = 0.1  # seconds a reader waits for the consumer to take half a buffer
_JOIN_TIMEOUT = 2.0  # close() waits this long at most for an in-flight request to give up
_WATCH_PERIOD = 0.25  # the watchdog re-reads the deadline this often (it may move either way)


class _Stopped(Exception):
    """close() was called while the reader was busy."""


class _Queue:
    """The engine's buffer with thread-safe waiting, for one consumer at a time.

    The consumer takes all that is buffered under one lock acquisition, and works through it
    a slice at a time; so at most twice `buffer_size` entries are held.

    A reader that has filled half the buffer waits a little for the consumer to take it: the
    reader only cuts lines out, many times faster than the consumer parses them, so in one turn
    of the GIL it could fill the buffer while a consumer that keeps up on average waits. Once
    such a wait has been in vain, the reader waits again only after the consumer has taken
    something: a consumer that has stopped costs the reader one wait, not one per chunk. A chunk
    of more lines than half the buffer goes in half a buffer at a time, so it overflows only a
    consumer that has stopped.
    """

    def __init__(self, maxlen: int) -> None:
        self._buffer = EventBuffer(maxlen)
        self._half = max(1, maxlen // 2)
        lock = threading.Lock()
        self._cond = threading.Condition(lock)  # the consumer waits here for entries
        self._room = threading.Condition(lock)  # the reader waits here for the consumer
        self._taking = True  # the consumer has taken entries since a wait for it was in vain
        self._burst = Burst()

    def push(self, entries: list[Entry]) -> None:
        half = self._half
        if len(entries) > half:
            for start in range(0, len(entries), half):
                self.push(entries[start : start + half])
            return
        with self._cond:
            self._buffer.push(entries)
            self._cond.notify()
            if self._taking and len(self._buffer) >= half:
                # Then the oldest are discarded, if need be.
                self._taking = self._room.wait(_ROOM_WAIT)

    def end(self, error: BaseException | None, *, discard: bool = False) -> None:
        with self._cond:
            if discard:
                self._buffer.discard()
                self._burst.fill([])
            self._buffer.end(error)
            self._cond.notify_all()
            self._room.notify()

    def take(self, limit: int, timeout: float | None = None) -> list[Entry]:
        """Up to `limit` entries, oldest first; [] once the stream has ended; raises the error
        that ended it."""
        entries = self._burst.next(limit)
        if entries:
            return entries
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while True:
                burst = self._buffer.take()
                if burst:
                    self._taking = True
                    self._room.notify()
                    self._burst.fill(burst)
                    return self._burst.next(limit)
                if self._buffer.ended:
                    error, self._buffer.error = self._buffer.error, None
                    if error is not None:
                        raise error
                    return []
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    raise TimeoutError("no log stream event arrived in time")
                self._cond.wait(remaining)


class _Driver:
    """Performs the engine's effects with a sync client, in the reader thread."""

    def __init__(self, client: _Api, engine: Engine, queue: _Queue) -> None:
        self._client = client
        self._engine = engine
        self._queue = queue
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._response: httpx.Response | None = None
        self._generation = 0  # counts connections, so a late watchdog cut hits no newer one
        self._cut: str | None = None  # why the open connection was cut from outside
        self._error: BaseException | None = None
        self._reader = threading.Thread(target=self._run, name="impcentral-logstream", daemon=True)
        self._watchdog = threading.Thread(
            target=self._watch, name="impcentral-logstream-watchdog", daemon=True
        )

    def start(self) -> None:
        """Run until the stream is open; raise (leaving nothing running) if it cannot open."""
        self._reader.start()
        try:
            self._ready.wait()
        except BaseException:  # e.g. Ctrl-C while opening: nothing may stay behind
            self.stop()
            raise
        if self._error is not None:
            self._reader.join()
            raise self._error
        self._watchdog.start()

    def stop(self) -> None:
        """End the stream from any thread: the open connection is cut at once."""
        self._stop.set()
        self._cut_connection("closed", None)
        current = threading.current_thread()
        for thread in (self._reader, self._watchdog):
            if thread is not current and thread.is_alive():
                thread.join(_JOIN_TIMEOUT)

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    # -- the reader thread --

    def _run(self) -> None:
        steps = self._engine.run()
        value: Any = None
        error: BaseException | None = None
        failure: BaseException | None = None
        try:
            while not self._stop.is_set():
                effect = steps.send(value) if error is None else steps.throw(error)
                value = error = None
                try:
                    value = self._perform(effect)
                except Exception as exc:
                    error = exc
        except StopIteration:
            pass
        except BaseException as exc:
            failure = exc
        finally:
            steps.close()
            self._disconnect()
            self._stop.set()
            if not self._ready.is_set():
                self._error = failure
                self._ready.set()
            elif failure is not None:
                logger.warning("log stream ended: %s", failure)
            self._queue.end(failure)

    def _perform(self, effect: Effect) -> Any:
        if effect is PUMP:
            return self._pump()
        if effect is CONNECT:
            return self._connect()
        if effect is DISCONNECT:
            return self._disconnect()
        if effect is CREATE:
            return created_stream_id(self._client._request("POST", "logstream"))
        if effect is READY:
            return self._ready.set()
        if isinstance(effect, Sleep):
            if self._stop.wait(effect.seconds):
                raise _Stopped
            return None
        assert isinstance(effect, Subscribe)
        path = device_path(effect.stream_id, effect.device_id)
        self._client._request("PUT", path)
        return None

    def _connect(self) -> None:
        engine = self._engine
        assert engine.stream_id is not None
        response = self._client._request(
            "GET",
            stream_path(engine.stream_id),
            stream=True,
            params={"format": engine.format},
            headers=stream_headers(engine.decoder.last_event_id),
            timeout=stream_timeout(self._client._timeout, engine.idle_timeout()),
        )
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
        feed = self._engine.feed
        try:
            for chunk in response.iter_bytes():
                if not feed(chunk):
                    return
        except Exception:
            if self._cut is None:
                raise
        if self._cut == "idle":
            raise IdleTimeout(f"no data for {self._engine.idle_timeout():.1f} s")
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
        cut(response)


class LogStream:
    """One live log stream, kept alive across network trouble.

    Iterate it for events (`LogMessage`, `StateChange`, `UnparsedEvent`), or let `create()`'s
    handlers receive them. `id` is the current stream id; it changes when the server loses the
    stream and the SDK recreates it (a `StateChange("recreated")` says so).
    """

    def __init__(
        self,
        owner: LogStreams,
        fmt: str,
        options: Options,
        handlers: Handlers | None,
    ) -> None:
        self._owner = owner
        self._queue = _Queue(options.buffer_size)
        self._engine = Engine(fmt, options, self._queue.push, on_stream_id=self._new_id)
        self._driver = _Driver(owner._client, self._engine, self._queue)
        self._handlers = handlers
        self._parsed = Parsed()
        self._dispatcher: threading.Thread | None = None
        self._membership = threading.Lock()
        self._ids: list[str] = []

    def _new_id(self, stream_id: str) -> None:
        self._ids.append(stream_id)
        self._owner._register(stream_id, self)

    def _start(self) -> None:
        self._driver.start()
        if self._handlers is not None:
            self._dispatcher = threading.Thread(
                target=self._dispatch, name="impcentral-logstream-handlers", daemon=True
            )
            self._dispatcher.start()

    @property
    def id(self) -> str:
        """The current stream id."""
        return self._ids[-1]

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id this stream has had, oldest first."""
        return tuple(self._ids)

    @property
    def format(self) -> str:
        return self._engine.format

    @property
    def devices(self) -> tuple[str, ...]:
        """The devices on the stream, as they were named when added, least recent first."""
        return self._engine.devices

    @property
    def closed(self) -> bool:
        return self._driver.stopped

    def add_device(self, device_id: str) -> list[str]:
        """Subscribe a device (id, MAC or agent id); returns the devices the service drops to
        stay within its limit of five (each also announced by a `StateChange("dropped")` when
        the server confirms)."""
        device_id = require_id(device_id, "deviceId")
        with self._membership:
            dropped = self._engine.members.adding(device_id)
            try:
                self._owner._membership("PUT", self._engine, device_id)
            except BaseException:
                self._engine.members.add_failed(device_id, dropped)
                raise
        return dropped

    def remove_device(self, device_id: str) -> None:
        """Unsubscribe a device (by the same or any other of its names)."""
        device_id = require_id(device_id, "deviceId")
        with self._membership:
            was_member = self._engine.members.removing(device_id)
            try:
                self._owner._membership("DELETE", self._engine, device_id)
            except BaseException:
                self._engine.members.remove_failed(device_id, was_member)
                raise

    def close(self) -> None:
        """Stop the stream and cut its connection; safe from any thread, idempotent."""
        self._driver.stop()
        self._queue.end(None, discard=True)
        self._parsed.clear()
        self._owner._forget(self)
        dispatcher = self._dispatcher
        if dispatcher is not None and dispatcher is not threading.current_thread():
            dispatcher.join(_JOIN_TIMEOUT)

    def receive(self, timeout: float | None = None) -> LogStreamEvent:
        """The next event, waiting up to `timeout` seconds (TimeoutError after that).

        Raises `LogStreamClosed` once the stream is closed, or the error that ended it.
        """
        if self._handlers is not None:
            raise RuntimeError("this stream delivers its events to its handlers")
        event = self._next(timeout)
        if event is None:
            raise LogStreamClosed
        return event

    def _next(self, timeout: float | None) -> LogStreamEvent | None:
        """The next event; None at the end."""
        cursor = self._refill(timeout)
        return None if cursor is None else next(cursor)

    def _refill(self, timeout: float | None = None) -> Iterator[LogStreamEvent] | None:
        """The cursor, over the next parsed slice once the last is used up; None at the end."""
        parsed = self._parsed
        while parsed.used_up():
            entries = self._queue.take(SLICE, timeout)
            if not entries:
                return None
            parsed.hold(self._engine.events(entries))
        return parsed.cursor

    def __iter__(self) -> Iterator[LogStreamEvent]:
        """No Python code runs per event: the cursors over the parsed slices are chained in C."""
        if self._handlers is not None:
            raise RuntimeError("this stream delivers its events to its handlers")
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

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open" if self._ids else "not open"
        stream_id = self._ids[-1] if self._ids else "-"
        return f"<LogStream {stream_id} {self.format} {state} devices={list(self.devices)}>"

    def _dispatch(self) -> None:
        handlers = self._handlers
        assert handlers is not None
        take, build = self._queue.take, self._engine.events
        on_message = handlers.message
        while True:
            try:
                entries = take(SLICE)
            except BaseException as exc:  # the error that ended the stream
                handlers.report(exc)
                return
            if not entries:
                return
            for event in build(entries):
                if type(event) is LogMessage:  # the common case first, without routing
                    try:
                        on_message(event)
                    except Exception as exc:
                        self._handler_failed("message_handler", event, exc)
                    continue
                name, handler, argument = handlers.route(event)
                if handler is None:
                    continue
                if handler is handlers.error:
                    handlers.report(argument)
                    continue
                try:
                    handler(argument)
                except Exception as exc:
                    self._handler_failed(name, event, exc)

    def _handler_failed(self, name: str, event: LogStreamEvent, exc: Exception) -> None:
        assert self._handlers is not None
        error = LogStreamHandlerError(name, event)
        error.__cause__ = exc
        self._handlers.report(error)


class LogStreams(_constants.LogStreams):
    """Live device logs (`api.log_streams`).

    Two ways in: `create()` with handlers, as in the Node client, or `open()` for a stream to
    iterate in a `with` block. Either way the stream survives dropped connections, server
    restarts, silent connections, the server closing it and token expiry; see `StateChange`.
    """

    def __init__(self, api: _Api) -> None:
        self._api = api
        self._streams: dict[str, LogStream] = {}
        self._lock = threading.Lock()

    @property
    def _client(self) -> _Api:
        return self._api

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
        carries on. `error_handler` also gets events that could not be parsed, and the error
        that ended the stream if it ever gives up. The keyword arguments: see `Options`.
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
        log_stream_id = require_id(log_stream_id, "logStreamId")
        device_id = require_id(device_id, "deviceId")
        stream = self._streams.get(log_stream_id)
        if stream is not None:
            stream.add_device(device_id)
        else:
            self._send("PUT", device_path(log_stream_id, device_id))

    def remove_device(self, log_stream_id: str, device_id: str) -> None:
        """Unsubscribe a device from a stream."""
        log_stream_id = require_id(log_stream_id, "logStreamId")
        device_id = require_id(device_id, "deviceId")
        stream = self._streams.get(log_stream_id)
        if stream is not None:
            stream.remove_device(device_id)
        else:
            self._send("DELETE", device_path(log_stream_id, device_id))

    def close(self, log_stream_id: str) -> None:
        """Close a stream this client opened (by any id it has had)."""
        log_stream_id = require_id(log_stream_id, "logStreamId")
        stream = self._streams.get(log_stream_id)
        if stream is None:
            raise incorrect_id(log_stream_id)
        stream.close()

    def close_all(self) -> None:
        """Close every stream this client opened; `api.close()` calls it so none outlives it."""
        with self._lock:
            streams = {id(stream): stream for stream in self._streams.values()}
        for stream in streams.values():
            stream.close()

    # -- internals used by LogStream --

    def _start(
        self, fmt: str, options: Options, handlers: Handlers | None, devices: Iterable[str]
    ) -> LogStream:
        stream = LogStream(self, fmt, options, handlers)
        try:
            stream._start()
            for device in devices:
                stream.add_device(device)
        except BaseException:
            stream.close()
            raise
        return stream

    def _register(self, stream_id: str, stream: LogStream) -> None:
        with self._lock:
            self._streams[stream_id] = stream

    def _forget(self, stream: LogStream) -> None:
        with self._lock:
            for stream_id in stream.ids:
                if self._streams.get(stream_id) is stream:
                    del self._streams[stream_id]

    def _membership(self, method: str, engine: Engine, device_id: str) -> None:
        """PUT / DELETE on the current stream; if the stream was recreated meanwhile (404 on
        the old id), once more on the new one."""
        stream_id = engine.stream_id
        assert stream_id is not None
        try:
            self._send(method, device_path(stream_id, device_id))
        except Exception as exc:
            if getattr(exc, "status_code", None) != 404 or engine.stream_id == stream_id:
                raise
            assert engine.stream_id is not None
            self._send(method, device_path(engine.stream_id, device_id))

    def _send(self, method: str, path: str) -> None:
        self._client._request(method, path)
