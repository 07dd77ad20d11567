"""Log streams for `AsyncImpCentralApi`: the engine driven by an asyncio task.

Tasks per stream: the reader (runs the engine, does all stream I/O) and, for the handler API, the
dispatcher that calls the handlers in order. The idle watchdog is a loop timer that cuts a silent
connection; `close()` cancels the reader wherever it is waiting.
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import AsyncIterator, Callable, Generator, Iterable
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

__all__ = ["AsyncLogStream", "AsyncLogStreams"]


class _Api(Protocol):
    """What a stream needs from the client: its request hook (auth, retries, debug log, typed
    errors; with ``stream=True`` one attempt, the response unread and unchecked) and timeout."""

    _timeout: httpx.Timeout

    async def _request(
        self, method: str, url: str, *, stream: bool = False, **options: Any
    ) -> httpx.Response: ...


_JOIN_TIMEOUT = 2.0  # close() waits this long at most for the reader to finish
_WATCH_PERIOD = 0.25
# The reader feeds a chunk this much at a time (about 500 log lines) and yields after each
# piece; a waiting consumer then takes all that is buffered, so a chunk larger than the buffer
# overflows only a consumer that has stopped.
_PIECE = 64 * 1024


class _Queue:
    """The engine's buffer with waiting for one consumer task (same event loop).

    The consumer takes all that is buffered at once, and works through it a slice at a time.
    """

    def __init__(self, maxlen: int) -> None:
        self._buffer = EventBuffer(maxlen)
        self._burst = Burst()
        self._waiter: asyncio.Future[None] | None = None

    def push(self, entries: list[Entry]) -> None:
        self._buffer.push(entries)
        self._wake()

    def end(self, error: BaseException | None, *, discard: bool = False) -> None:
        if discard:
            self._buffer.discard()
            self._burst.fill([])
        self._buffer.end(error)
        self._wake()

    def _wake(self) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def take(self, limit: int) -> list[Entry]:
        """Up to `limit` entries, oldest first; [] once the stream has ended; raises the error
        that ended it."""
        while True:
            entries = self._burst.next(limit)
            if entries:
                return entries
            burst = self._buffer.take()
            if burst:
                self._burst.fill(burst)
                continue
            if self._buffer.ended:
                error, self._buffer.error = self._buffer.error, None
                if error is not None:
                    raise error
                return []
            self._waiter = asyncio.get_running_loop().create_future()
            try:
                await self._waiter
            finally:
                self._waiter = None


class _Driver:
    """Performs the engine's effects with an async client, in the reader task."""

    def __init__(self, client: _Api, engine: Engine, queue: _Queue) -> None:
        self._client = client
        self._engine = engine
        self._queue = queue
        self._task: asyncio.Task[None] | None = None
        self._ready = asyncio.Event()
        self._error: BaseException | None = None
        self._response: httpx.Response | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._cut_reason: str | None = None  # set when the watchdog cut the connection
        self.stopped = False

    async def start(self) -> None:
        """Run until the stream is open; raise (leaving nothing running) if it cannot open."""
        self._task = asyncio.create_task(self._run(), name="impcentral-logstream")
        ready = asyncio.create_task(self._ready.wait())
        try:
            await asyncio.wait({self._task, ready}, return_when=asyncio.FIRST_COMPLETED)
        except asyncio.CancelledError:
            await self.stop()
            raise
        finally:
            ready.cancel()
        if self._error is not None:
            await asyncio.wait({self._task})
            raise self._error

    async def stop(self) -> None:
        """End the stream from any task: the reader is cancelled wherever it waits."""
        self.stopped = True
        task = self._task
        if task is None or task.done() or task is asyncio.current_task():
            return
        task.cancel()
        await asyncio.wait({task}, timeout=_JOIN_TIMEOUT)

    # -- the reader task --

    async def _run(self) -> None:
        steps = self._engine.run()
        value: Any = None
        error: BaseException | None = None
        failure: BaseException | None = None
        try:
            while not self.stopped:
                effect = steps.send(value) if error is None else steps.throw(error)
                value = error = None
                try:
                    value = await self._perform(effect)
                except Exception as exc:
                    error = exc
        except (StopIteration, asyncio.CancelledError):
            pass  # cancelled: close() asked for it
        except BaseException as exc:
            failure = exc
        finally:
            steps.close()
            self._disarm()
            response, self._response = self._response, None
            if response is not None:
                await _close_quietly(response)
            self.stopped = True
            if not self._ready.is_set():
                self._error = failure
                self._ready.set()
            elif failure is not None:
                logger.warning("log stream ended: %s", failure)
            self._queue.end(failure)

    async def _perform(self, effect: Effect) -> Any:
        if effect is PUMP:
            return await self._pump()
        if effect is CONNECT:
            return await self._connect()
        if effect is DISCONNECT:
            response, self._response = self._response, None
            if response is not None:
                await _close_quietly(response)
            return None
        if effect is CREATE:
            return created_stream_id(await self._client._request("POST", "logstream"))
        if effect is READY:
            return self._ready.set()
        if isinstance(effect, Sleep):
            return await asyncio.sleep(effect.seconds)
        assert isinstance(effect, Subscribe)
        path = device_path(effect.stream_id, effect.device_id)
        await self._client._request("PUT", path)
        return None

    async def _connect(self) -> None:
        engine = self._engine
        assert engine.stream_id is not None
        response = await self._client._request(
            "GET",
            stream_path(engine.stream_id),
            stream=True,
            params={"format": engine.format},
            headers=stream_headers(engine.decoder.last_event_id),
            timeout=stream_timeout(self._client._timeout, engine.idle_timeout()),
        )
        try:
            if not response.is_success:
                await response.aread()
            check_stream_response(response)
        except BaseException:
            await response.aclose()
            raise
        self._response = response

    async def _pump(self) -> None:
        response = self._response
        assert response is not None
        feed = self._engine.feed
        self._cut_reason = None
        self._timer = asyncio.get_running_loop().call_later(_WATCH_PERIOD, self._watch)
        try:
            async for chunk in response.aiter_bytes():
                for start in range(0, len(chunk), _PIECE):
                    if not feed(chunk[start : start + _PIECE]):
                        return
                    await asyncio.sleep(0)  # a flood must not starve the consumer, other tasks
        except Exception:
            if self._cut_reason is None:
                raise
        finally:
            self._disarm()
        if self._cut_reason is not None:
            raise IdleTimeout(f"no data for {self._engine.idle_timeout():.1f} s")

    # -- the idle watchdog: a loop timer while reading --

    def _disarm(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def _watch(self) -> None:
        deadline = self._engine.idle_deadline()
        response = self._response
        if deadline is None or response is None:
            self._timer = None
            return
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            self._timer = None
            self._cut_reason = "idle"
            cut(response)
            return
        loop = asyncio.get_running_loop()
        self._timer = loop.call_later(min(remaining, _WATCH_PERIOD), self._watch)


async def _close_quietly(response: httpx.Response) -> None:
    try:
        await response.aclose()
    except Exception:  # the connection is being thrown away anyway
        logger.debug("log stream: error while closing a connection", exc_info=True)


class AsyncLogStream:
    """One live log stream for asyncio; see `LogStream` for what it survives.

    `async with api.log_streams.open(...) as stream: async for event in stream: ...`, or
    `stream = await api.log_streams.open(...)` and `await stream.close()` later.
    """

    def __init__(
        self,
        owner: AsyncLogStreams,
        fmt: str,
        options: Options,
        handlers: Handlers | None,
        devices: Iterable[str] = (),
    ) -> None:
        self._owner = owner
        self._queue = _Queue(options.buffer_size)
        self._engine = Engine(fmt, options, self._queue.push, on_stream_id=self._new_id)
        self._driver = _Driver(owner._client, self._engine, self._queue)
        self._handlers = handlers
        self._parsed = Parsed()
        self._initial_devices = list(devices)
        self._dispatcher: asyncio.Task[None] | None = None
        self._membership = asyncio.Lock()
        self._ids: list[str] = []
        self._started = False

    def _new_id(self, stream_id: str) -> None:
        self._ids.append(stream_id)
        self._owner._register(stream_id, self)

    async def _start(self) -> AsyncLogStream:
        if self._started:
            return self
        self._started = True
        try:
            await self._driver.start()
            if self._handlers is not None:
                self._dispatcher = asyncio.create_task(
                    self._dispatch(), name="impcentral-logstream-handlers"
                )
            for device in self._initial_devices:
                await self.add_device(device)
        except BaseException:
            await self.close()
            raise
        return self

    def __await__(self) -> Generator[Any, None, AsyncLogStream]:
        return self._start().__await__()

    async def __aenter__(self) -> AsyncLogStream:
        return await self._start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

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

    async def add_device(self, device_id: str) -> list[str]:
        """Subscribe a device (id, MAC or agent id); returns the devices the service drops to
        stay within its limit of five (each also announced by a `StateChange("dropped")` when
        the server confirms)."""
        device_id = require_id(device_id, "deviceId")
        async with self._membership:
            dropped = self._engine.members.adding(device_id)
            try:
                await self._owner._membership("PUT", self._engine, device_id)
            except BaseException:
                self._engine.members.add_failed(device_id, dropped)
                raise
        return dropped

    async def remove_device(self, device_id: str) -> None:
        """Unsubscribe a device (by the same or any other of its names)."""
        device_id = require_id(device_id, "deviceId")
        async with self._membership:
            was_member = self._engine.members.removing(device_id)
            try:
                await self._owner._membership("DELETE", self._engine, device_id)
            except BaseException:
                self._engine.members.remove_failed(device_id, was_member)
                raise

    async def close(self) -> None:
        """Stop the stream and cut its connection; idempotent. From another thread, use
        `asyncio.run_coroutine_threadsafe(stream.close(), loop)`."""
        await self._driver.stop()
        self._queue.end(None, discard=True)
        self._parsed.clear()
        self._owner._forget(self)
        dispatcher = self._dispatcher
        if dispatcher is not None and dispatcher is not asyncio.current_task():
            dispatcher.cancel()
            await asyncio.wait({dispatcher}, timeout=_JOIN_TIMEOUT)

    async def receive(self) -> LogStreamEvent:
        """The next event (wrap in `asyncio.wait_for` for a time limit).

        Raises `LogStreamClosed` once the stream is closed, or the error that ended it.
        """
        if self._handlers is not None:
            raise RuntimeError("this stream delivers its events to its handlers")
        if not self._started:
            raise RuntimeError("the stream is not open yet: use `async with` or `await`")
        parsed = self._parsed
        while parsed.used_up():
            entries = await self._queue.take(SLICE)
            if not entries:
                raise LogStreamClosed
            parsed.hold(self._engine.events(entries))
        return next(parsed.cursor)

    def __aiter__(self) -> AsyncIterator[LogStreamEvent]:
        return self

    async def __anext__(self) -> LogStreamEvent:
        event = next(self._parsed.cursor, None)  # the parsed slice first, without receive()
        if event is not None:
            return event
        try:
            return await self.receive()
        except LogStreamClosed:
            raise StopAsyncIteration from None

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open" if self._ids else "not open"
        stream_id = self._ids[-1] if self._ids else "-"
        return f"<AsyncLogStream {stream_id} {self.format} {state} devices={list(self.devices)}>"

    async def _dispatch(self) -> None:
        handlers = self._handlers
        assert handlers is not None
        take, build = self._queue.take, self._engine.events
        on_message = handlers.message
        handler: Callable[[Any], object] | None
        while True:
            try:
                entries = await take(SLICE)
            except Exception as exc:
                await _settle(handlers.report(exc))
                return
            if not entries:
                return
            for event in build(entries):
                if type(event) is LogMessage:  # the common case first, without routing
                    name, handler, argument = "message_handler", on_message, event
                else:
                    name, handler, argument = handlers.route(event)
                    if handler is None:
                        continue
                    if handler is handlers.error:
                        await _settle(handlers.report(argument))
                        continue
                try:
                    result = handler(argument)
                    if result is not None and inspect.isawaitable(result):
                        await result
                except Exception as exc:
                    error = LogStreamHandlerError(name, event)
                    error.__cause__ = exc
                    await _settle(handlers.report(error))


async def _settle(result: Any) -> None:
    """Await what an async error handler returned; its own failure is only logged."""
    if inspect.isawaitable(result):
        try:
            await result
        except Exception:
            logger.exception("log stream: error_handler raised")


class AsyncLogStreams(_constants.LogStreams):
    """Live device logs (`api.log_streams` of `AsyncImpCentralApi`); see `LogStreams`."""

    def __init__(self, api: _Api) -> None:
        self._api = api
        self._streams: dict[str, AsyncLogStream] = {}

    @property
    def _client(self) -> _Api:
        return self._api

    async def create(
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
    ) -> AsyncLogStream:
        """Open a stream whose events go to the handlers; returns once it is open.

        Handlers (plain or `async def`) run in a task of the stream, one event at a time, in
        order. An exception in a handler goes to `error_handler` (or the log) and the stream
        carries on. The keyword arguments: see `Options`.
        """
        check_create(message_handler, format)
        handlers = Handlers(message_handler, state_change_handler, error_handler)
        return await AsyncLogStream(
            self,
            format,
            Options(buffer_size, idle_timeout, reconnect_delay, max_reconnect_delay),
            handlers,
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
    ) -> AsyncLogStream:
        """A stream to use with `async with` (or to `await`): it opens, subscribes
        `device_ids`, and leaves nothing running if any of that fails. The keyword arguments:
        see `Options`."""
        check_format(format)
        devices = [require_id(device, "deviceId") for device in device_ids]
        return AsyncLogStream(
            self,
            format,
            Options(buffer_size, idle_timeout, reconnect_delay, max_reconnect_delay),
            None,
            devices,
        )

    async def add_device(self, log_stream_id: str, device_id: str) -> None:
        """Subscribe a device (id, MAC or agent id) to a stream."""
        log_stream_id = require_id(log_stream_id, "logStreamId")
        device_id = require_id(device_id, "deviceId")
        stream = self._streams.get(log_stream_id)
        if stream is not None:
            await stream.add_device(device_id)
        else:
            await self._send("PUT", device_path(log_stream_id, device_id))

    async def remove_device(self, log_stream_id: str, device_id: str) -> None:
        """Unsubscribe a device from a stream."""
        log_stream_id = require_id(log_stream_id, "logStreamId")
        device_id = require_id(device_id, "deviceId")
        stream = self._streams.get(log_stream_id)
        if stream is not None:
            await stream.remove_device(device_id)
        else:
            await self._send("DELETE", device_path(log_stream_id, device_id))

    async def close(self, log_stream_id: str) -> None:
        """Close a stream this client opened (by any id it has had)."""
        log_stream_id = require_id(log_stream_id, "logStreamId")
        stream = self._streams.get(log_stream_id)
        if stream is None:
            raise incorrect_id(log_stream_id)
        await stream.close()

    async def close_all(self) -> None:
        """Close every stream this client opened; `api.aclose()` calls it so none outlives it."""
        streams = {id(stream): stream for stream in self._streams.values()}
        for stream in streams.values():
            await stream.close()

    # -- internals used by AsyncLogStream --

    def _register(self, stream_id: str, stream: AsyncLogStream) -> None:
        self._streams[stream_id] = stream

    def _forget(self, stream: AsyncLogStream) -> None:
        for stream_id in stream.ids:
            if self._streams.get(stream_id) is stream:
                del self._streams[stream_id]

    async def _membership(self, method: str, engine: Engine, device_id: str) -> None:
        """PUT / DELETE on the current stream; once more on the new id if the stream was
        recreated meanwhile."""
        stream_id = engine.stream_id
        assert stream_id is not None
        try:
            await self._send(method, device_path(stream_id, device_id))
        except Exception as exc:
            if getattr(exc, "status_code", None) != 404 or engine.stream_id == stream_id:
                raise
            assert engine.stream_id is not None
            await self._send(method, device_path(engine.stream_id, device_id))

    async def _send(self, method: str, path: str) -> None:
        await self._client._request(method, path)
