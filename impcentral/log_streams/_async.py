"""Log streams for `AsyncImpCentralApi`: the engine driven by anyio tasks, on asyncio or trio.

Tasks per stream, in one task group: the reader performs the engine's effects (all stream I/O),
reading each connection under a cancel scope whose deadline is the idle timeout, and puts what the
connection delivers into the queue; for the handler API, the dispatcher takes from the queue and
runs `dispatch()`. `close()` cancels the group wherever its tasks wait.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Generator, Iterable
from types import TracebackType
from typing import Any, TypeVar

import anyio
import httpx
import sniffio

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
from ._requests import AsyncApi, asend_stream, check_stream_response, subscribe, unsubscribe

__all__ = ["AsyncLogStream", "AsyncLogStreams"]

T = TypeVar("T")
E = TypeVar("E")

_JOIN_TIMEOUT = 2.0  # close() waits this long at most for the stream's tasks to finish
_running: set[asyncio.Task[None]] = set()  # asyncio keeps only weak references to tasks


async def adrive(steps: Generator[E, Any, T], perform: Callable[[E], Awaitable[Any]]) -> T:
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
                value = await perform(effect)
            except Exception as exc:
                error = exc
    finally:
        steps.close()


def _spawn(main: Callable[[], Coroutine[Any, Any, None]], name: str) -> None:
    """Run `main()` in the background of the running event loop.

    A stream outlives the call that opens it (`stream = await api.log_streams.open()`), while
    anyio starts a task only in a task group its caller is inside; so the loop itself starts the
    stream's one root task, and everything under it is anyio's.
    """
    if sniffio.current_async_library() == "trio":
        import trio

        trio.lowlevel.spawn_system_task(main, name=name)
    else:
        task = asyncio.get_running_loop().create_task(main(), name=name)
        _running.add(task)
        task.add_done_callback(_running.discard)


class _Driver:
    """The stream's tasks: the reader performs the engine's effects with the client, the
    dispatcher calls the handlers; and the waiting around the queue."""

    def __init__(
        self,
        api: AsyncApi,
        engine: Engine,
        queue: Queue,
        handlers: Handlers | None,
        on_failure: Callable[[BaseException], None],
    ) -> None:
        self._api = api
        self._engine = engine
        self._queue = queue
        self._handlers = handlers
        self._on_failure = on_failure
        self._group: anyio.abc.TaskGroup | None = None
        self._opened: anyio.Event | None = None
        self._ended: anyio.Event | None = None
        self._entries: anyio.Event | None = None  # set when entries come for a waiting consumer
        self._room: anyio.Event | None = None  # set when the consumer takes for a waiting reader
        self._response: httpx.Response | None = None
        self._error: BaseException | None = None  # why the stream could not open
        self._inside: set[int] = set()  # the stream's own tasks, which close() must not await
        self.stopped = False

    async def start(self) -> None:
        """Run until the stream is open; raise (leaving nothing running) if it cannot open."""
        self._opened, self._ended = opened, ended = anyio.Event(), anyio.Event()
        _spawn(self._main, "impcentral-logstream")
        try:
            await opened.wait()
        except BaseException:  # cancelled while opening: nothing may stay behind
            with anyio.CancelScope(shield=True):
                await self.stop()
            raise
        if self._error is not None:
            await ended.wait()
            raise self._error

    def cancel(self) -> None:
        """Stop the stream's tasks wherever they wait (from any task of the loop)."""
        self.stopped = True
        if self._group is not None:
            self._group.cancel_scope.cancel()

    async def stop(self) -> None:
        self.cancel()
        ended = self._ended
        if ended is not None and anyio.get_current_task().id not in self._inside:
            with anyio.move_on_after(_JOIN_TIMEOUT):
                await ended.wait()

    # -- the queue --

    async def push(self, entries: list[Entry]) -> None:
        queue = self._queue
        for piece in queue.pieces(entries):
            wait = queue.put(piece)
            self._wake()
            if wait:  # then the oldest are discarded, if need be
                room = self._room = anyio.Event()
                with anyio.move_on_after(ROOM_WAIT):
                    await room.wait()
                queue.waited(room.is_set())

    async def take(self, limit: int) -> list[Entry]:
        """Up to `limit` entries; [] once the stream has ended; raises the error that ended it."""
        while (entries := self._queue.take(limit)) is None:
            waiter = self._entries = anyio.Event()
            await waiter.wait()
        if self._room is not None:
            self._room.set()
        return entries

    def end(self, error: BaseException | None, *, discard: bool = False) -> None:
        self._queue.end(error, discard=discard)
        self._wake()

    def _wake(self) -> None:
        if self._entries is not None:
            self._entries.set()

    # -- the tasks --

    async def _main(self) -> None:
        assert self._opened is not None and self._ended is not None
        self._inside.add(anyio.get_current_task().id)
        try:
            async with anyio.create_task_group() as group:
                self._group = group
                if self.stopped:
                    group.cancel_scope.cancel()
                await self._read()
        finally:
            self.stopped = True
            self._opened.set()
            self._ended.set()

    async def _read(self) -> None:
        assert self._opened is not None
        failure: BaseException | None = None
        try:
            await adrive(self._engine.run(), self._perform)
        except anyio.get_cancelled_exc_class():
            raise  # close() asked for it
        except BaseException as exc:
            failure = exc
        finally:
            await self._disconnect()
            self.stopped = True
            if not self._opened.is_set():
                self._error = failure
            elif failure is not None:
                logger.warning("log stream ended: %s", failure)
            self.end(failure)

    async def _perform(self, effect: Effect) -> Any:
        if effect is PUMP:
            return await self._pump()
        if type(effect) is Deliver:
            return await self.push(effect.entries)
        if effect is CONNECT:
            return await self._connect()
        if effect is DISCONNECT:
            return await self._disconnect()
        if effect is READY:
            assert self._opened is not None and self._group is not None
            if self._handlers is not None:
                self._group.start_soon(self._dispatch, name="impcentral-logstream-handlers")
            return self._opened.set()
        if type(effect) is Sleep:
            return await anyio.sleep(effect.seconds)
        assert isinstance(effect, Operation)
        return await self._api._send(effect)

    async def _connect(self) -> None:
        request, read_timeout = self._engine.stream_request()
        response = await asend_stream(self._api, request, read_timeout)
        try:
            if not response.is_success:
                await response.aread()
            check_stream_response(response)
        except BaseException:
            self._response = response
            await self._disconnect()
            raise
        self._response = response

    async def _pump(self) -> None:
        """Read the connection until it ends, or stays silent past the idle timeout."""
        response = self._response
        assert response is not None
        engine, push = self._engine, self.push
        feed = engine.feed
        with anyio.CancelScope() as watchdog:
            watchdog.deadline = anyio.current_time() + engine.idle_timeout()
            async for chunk in response.aiter_bytes():
                arrived = anyio.current_time()
                entries = feed(chunk)
                watchdog.deadline = arrived + engine.idle_timeout()
                if entries:
                    await push(entries)
                if engine.gone:
                    return
        if watchdog.cancelled_caught:
            raise IdleTimeout(f"no data for {engine.idle_timeout():.1f} s")

    async def _disconnect(self) -> None:
        response, self._response = self._response, None
        if response is None:
            return
        with anyio.CancelScope(shield=True):
            try:
                await response.aclose()
            except Exception:  # the connection is being thrown away anyway
                logger.debug("log stream: error while closing a connection", exc_info=True)

    async def _dispatch(self) -> None:
        self._inside.add(anyio.get_current_task().id)
        assert self._handlers is not None
        try:
            await adrive(self._engine.handling(self._handlers), self._take)
        except anyio.get_cancelled_exc_class():
            raise
        except BaseException as exc:  # a handler's KeyboardInterrupt, SystemExit...
            self._on_failure(exc)

    async def _take(self, effect: Any) -> Any:
        return await (self.take(SLICE) if effect is TAKE else effect)


class AsyncLogStream(StreamState):
    """One live log stream for asyncio or trio; see `LogStream` for what it survives.

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
        super().__init__(owner, fmt, options, handlers)
        self._send = owner._api._send
        self._driver = _Driver(owner._api, self._engine, self._queue, handlers, self._ended_by)
        self._initial_devices = list(devices)
        self._membership: anyio.Lock | None = None
        self._body: anyio.CancelScope | None = None  # the `async with` block, while in it
        self._started = False

    async def _start(self) -> AsyncLogStream:
        if self._started:
            return self
        self._started = True
        self._membership = anyio.Lock()
        try:
            await self._driver.start()
            for device in self._initial_devices:
                await self.add_device(device)
        except BaseException:
            with anyio.CancelScope(shield=True):
                await self.close()
            raise
        return self

    def __await__(self) -> Generator[Any, None, AsyncLogStream]:
        return self._start().__await__()

    async def __aenter__(self) -> AsyncLogStream:
        await self._start()
        self._body = anyio.CancelScope()
        self._body.__enter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        body, self._body = self._body, None
        try:
            # True when the block was cancelled because a handler ended the stream.
            return body.__exit__(exc_type, exc, tb) if body is not None else None
        finally:
            with anyio.CancelScope(shield=True):
                await self.close()

    @property
    def closed(self) -> bool:
        return self._driver.stopped

    async def add_device(self, device_id: str) -> list[str]:
        """Subscribe a device (id, MAC or agent id); returns the devices the service drops to
        stay within its limit of five (each also announced by a `StateChange("dropped")` when
        the server confirms)."""
        device_id = require_id(device_id, "deviceId")
        self._raise_failure()
        assert self._membership is not None, "the stream is not open yet"
        async with self._membership:
            return await adrive(self._engine.add(device_id), self._send)

    async def remove_device(self, device_id: str) -> None:
        """Unsubscribe a device (by the same or any other of its names)."""
        device_id = require_id(device_id, "deviceId")
        self._raise_failure()
        assert self._membership is not None, "the stream is not open yet"
        async with self._membership:
            await adrive(self._engine.remove(device_id), self._send)

    async def close(self) -> None:
        """Stop the stream and cut its connection; idempotent. Raises what a handler raised
        that ended the stream (KeyboardInterrupt, SystemExit...). From another thread, use
        `asyncio.run_coroutine_threadsafe(stream.close(), loop)` (or trio's `from_thread`)."""
        await self._driver.stop()
        self._shut()
        self._owner._forget(self)
        self._raise_failure()

    def _shut(self) -> None:
        self._driver.end(None, discard=True)
        self._parsed.clear()

    def _ended_by(self, failure: BaseException) -> None:
        """A handler raised a BaseException: the stream ends now; an `async with` block around
        it is cancelled and raises the exception, as does the next call on the stream."""
        self._failure = failure
        logger.warning("log stream: a handler raised %r; the stream is closed", failure)
        self._driver.cancel()
        self._shut()
        if self._body is not None:
            self._body.cancel()

    async def receive(self) -> LogStreamEvent:
        """The next event (wrap in `anyio.fail_after` or `asyncio.wait_for` for a time limit).

        Raises `LogStreamClosed` once the stream is closed, or the error that ended it.
        """
        self._iterable()
        if not self._started:
            raise RuntimeError("the stream is not open yet: use `async with` or `await`")
        parsed = self._parsed
        while parsed.used_up():
            entries = await self._driver.take(SLICE)
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


class AsyncLogStreams(Streams[AsyncLogStream]):
    """Live device logs (`api.log_streams` of `AsyncImpCentralApi`); see `LogStreams`."""

    _api: AsyncApi

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
        carries on; a KeyboardInterrupt or SystemExit closes the stream, cancels an `async with`
        block around it and is raised there or by the next call on the stream (`close()`...).
        The keyword arguments: see `Options`.
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
        stream, log_stream_id, device_id = self._member(log_stream_id, device_id)
        if stream is not None:
            await stream.add_device(device_id)
        else:
            await self._api._send(subscribe(log_stream_id, device_id))

    async def remove_device(self, log_stream_id: str, device_id: str) -> None:
        """Unsubscribe a device from a stream."""
        stream, log_stream_id, device_id = self._member(log_stream_id, device_id)
        if stream is not None:
            await stream.remove_device(device_id)
        else:
            await self._api._send(unsubscribe(log_stream_id, device_id))

    async def close(self, log_stream_id: str) -> None:
        """Close a stream this client opened (by any id it has had)."""
        await self._opened(log_stream_id).close()

    async def close_all(self) -> None:
        """Close every stream this client opened; `api.aclose()` calls it so none outlives it.
        Raises the first thing a handler raised that ended a stream."""
        failure: BaseException | None = None
        for stream in self._all():
            try:
                await stream.close()
            except BaseException as exc:
                failure = failure or exc
        if failure is not None:
            raise failure
