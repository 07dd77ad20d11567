"""`AsyncImpCentralApi.log_streams` under asyncio and under trio (the streams run on anyio), and
what a handler's KeyboardInterrupt or SystemExit does to a stream, async and sync.

pytest-asyncio owns the `async def` tests of this suite; these run their own event loop with
`anyio.run`, once per backend.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Awaitable, Callable

import anyio
import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi
from impcentral._exceptions import ImpCentralApiError, NotFoundError
from impcentral.emulator import EmulatorServer
from impcentral.log_streams import (
    AsyncLogStream,
    LogMessage,
    LogStreamHandlerError,
    StateChange,
)
from impcentral.log_streams._events import LogStreamEvent

from .helpers import Devices, Predicate, assert_once, emit, state, stream_threads, wait_for

BACKENDS = pytest.mark.parametrize("backend", ["asyncio", "trio"])


def run(
    backend: str, server: EmulatorServer, main: Callable[[AsyncImpCentralApi], Awaitable[None]]
) -> None:
    """`main(api)` with a logged-in client, on `backend`'s event loop."""

    async def session() -> None:
        async with AsyncImpCentralApi(server.url) as api:
            await api.auth.login("demo", "demo-password")
            await main(api)
            assert api.log_streams._streams == {}

    anyio.run(session, backend=backend)


async def until(
    stream: AsyncLogStream, done: Predicate, timeout: float = 15.0
) -> list[LogStreamEvent]:
    """Events up to and including the first that satisfies `done`."""
    seen: list[LogStreamEvent] = []
    with anyio.fail_after(timeout):
        async for event in stream:
            seen.append(event)
            if done(event):
                return seen
    raise AssertionError(f"the stream ended; saw {seen}")


async def aemit(server: EmulatorServer, device: str, prefix: str, count: int) -> list[str]:
    return await anyio.to_thread.run_sync(emit, server, device, prefix, count)


async def expect_once(stream: AsyncLogStream, lines: list[str]) -> None:
    got: list[str] = []

    def complete(event: LogStreamEvent) -> bool:
        if isinstance(event, LogMessage):
            got.append(event.msg)
        return set(lines) <= set(got)

    await until(stream, complete)
    assert_once(got, lines)


@BACKENDS
def test_open_iterate_and_close(server: EmulatorServer, devices: Devices, backend: str) -> None:
    async def main(api: AsyncImpCentralApi) -> None:
        async with api.log_streams.open([devices.mac(0)], format="json") as stream:
            await until(stream, state("subscribed", devices.id(0)))
            await expect_once(stream, await aemit(server, devices.id(0), backend, 5))
            hub_stream = server.emulator.hub.streams[stream.id]
        assert stream.closed
        with anyio.fail_after(5):
            while hub_stream.connection is not None:
                await anyio.sleep(0.02)

    run(backend, server, main)


@BACKENDS
def test_handlers_plain_and_async(server: EmulatorServer, devices: Devices, backend: str) -> None:
    async def main(api: AsyncImpCentralApi) -> None:
        received: list[str] = []
        errors: list[BaseException] = []
        done = anyio.Event()

        async def on_message(message: LogMessage) -> None:
            await anyio.sleep(0)
            if message.msg == "bad":
                raise ValueError("cannot handle this one")
            received.append(message.msg)
            if message.msg == "last":
                done.set()

        stream = await api.log_streams.create(on_message, None, errors.append)
        try:
            await api.log_streams.add_device(stream.id, devices.id(1))
            for line in ("first", "bad", "last"):
                await anyio.to_thread.run_sync(server.emit_log, devices.id(1), line)
            with anyio.fail_after(10):
                await done.wait()
        finally:
            await api.log_streams.close(stream.id)
        assert received == ["first", "last"]
        assert len(errors) == 1 and isinstance(errors[0], LogStreamHandlerError)
        assert isinstance(errors[0].__cause__, ValueError)

    run(backend, server, main)


@BACKENDS
def test_silent_connection_and_server_restart(
    server: EmulatorServer, devices: Devices, backend: str
) -> None:
    async def main(api: AsyncImpCentralApi) -> None:
        async with api.log_streams.open([devices.id(0)]) as stream:
            await until(stream, state("subscribed"))
            await anyio.sleep(0.5)  # a couple of keep-alives set the pace
            server.set_faults(sse_silence=True)
            with anyio.fail_after(5):
                await until(stream, state("disconnected"))
            server.clear_faults()
            await until(stream, state("reconnected"))
            await anyio.to_thread.run_sync(server.restart)
            await until(stream, state("reconnected"))
            await expect_once(stream, await aemit(server, devices.id(0), "after", 3))

    run(backend, server, main)


@BACKENDS
def test_failed_opening_and_close_from_another_task(
    server: EmulatorServer, devices: Devices, backend: str
) -> None:
    async def main(api: AsyncImpCentralApi) -> None:
        server.set_faults(error_rate=1.0, error_statuses=[503])
        with pytest.raises(ImpCentralApiError) as caught:
            await api.log_streams.create(print)
        assert caught.value.status_code == 503
        server.clear_faults()
        with pytest.raises(NotFoundError):
            await api.log_streams.open(["no-such-device"])
        stream = await api.log_streams.open([devices.id(0)])
        seen: list[LogStreamEvent] = []

        async def consume() -> None:
            async for event in stream:
                seen.append(event)

        with anyio.fail_after(5):
            async with anyio.create_task_group() as group:
                group.start_soon(consume)
                await anyio.sleep(0.3)
                await stream.close()
        assert [e.state for e in seen if isinstance(e, StateChange)] == ["opened", "subscribed"]
        assert stream.closed

    run(backend, server, main)


# --- a handler's BaseException ends the stream and reaches the caller ---------------------------


def _stopping(exception: type[BaseException], seen: list[str]) -> Callable[[LogMessage], None]:
    def on_message(message: LogMessage) -> None:
        seen.append(message.msg)
        if message.msg == "stop":
            raise exception("from the handler")

    return on_message


@BACKENDS
def test_async_with_block_around_a_stream_gets_the_handlers_keyboard_interrupt(
    server: EmulatorServer, devices: Devices, backend: str
) -> None:
    async def main(api: AsyncImpCentralApi) -> None:
        seen: list[str] = []
        stream = await api.log_streams.create(_stopping(KeyboardInterrupt, seen))
        await stream.add_device(devices.id(2))
        hub_stream = server.emulator.hub.streams[stream.id]
        with pytest.raises(KeyboardInterrupt, match="from the handler"):
            async with stream:
                await aemit(server, devices.id(2), "before", 2)
                await anyio.to_thread.run_sync(server.emit_log, devices.id(2), "stop")
                await anyio.sleep(30)  # cancelled when the handler raises
        assert stream.closed
        assert seen == ["before-0", "before-1", "stop"]
        await aemit(server, devices.id(2), "after", 3)  # nobody hears these
        with anyio.fail_after(5):
            while hub_stream.connection is not None:
                await anyio.sleep(0.02)
        assert seen == ["before-0", "before-1", "stop"]
        await stream.close()  # raised once: now a plain close

    run(backend, server, main)


@BACKENDS
def test_the_next_call_on_a_stream_gets_the_handlers_system_exit(
    server: EmulatorServer, devices: Devices, backend: str
) -> None:
    async def main(api: AsyncImpCentralApi) -> None:
        seen: list[str] = []
        stream = await api.log_streams.create(_stopping(SystemExit, seen))
        await stream.add_device(devices.id(3))
        await anyio.to_thread.run_sync(server.emit_log, devices.id(3), "stop")
        with anyio.fail_after(10):
            while not stream.closed:
                await anyio.sleep(0.02)
        with pytest.raises(SystemExit):
            await api.log_streams.close(stream.id)
        await aemit(server, devices.id(3), "after", 2)
        await anyio.sleep(0.3)
        assert seen == ["stop"]

    run(backend, server, main)


def test_a_sync_handlers_keyboard_interrupt_closes_the_stream_for_the_caller(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    seen: list[str] = []
    stream = api.log_streams.create(_stopping(KeyboardInterrupt, seen))
    api.log_streams.add_device(stream.id, devices.id(0))
    hub_stream = server.emulator.hub.streams[stream.id]
    server.emit_log(devices.id(0), "stop")
    wait_for(lambda: stream.closed, timeout=10)
    wait_for(lambda: hub_stream.connection is None)
    emit(server, devices.id(0), "after", 3)  # no zombie reads these
    wait_for(lambda: stream_threads() == [])
    assert seen == ["stop"]
    with pytest.raises(KeyboardInterrupt, match="from the handler"):
        api.log_streams.add_device(stream.id, devices.id(1))
    stream.close()  # raised once: now a plain close
    assert api.log_streams._streams == {}


def test_a_sync_handlers_system_exit_reaches_the_client_closing(
    server: EmulatorServer, devices: Devices
) -> None:
    changes: queue.Queue[StateChange] = queue.Queue()

    def on_state(change: StateChange) -> None:
        changes.put(change)
        if change.state == "subscribed":
            raise SystemExit(3)

    with pytest.raises(SystemExit) as caught, ImpCentralApi(server.url) as client:
        client.auth.login("demo", "demo-password")
        stream = client.log_streams.create(print, on_state)
        stream.add_device(devices.id(4))
        wait_for(lambda: stream.closed, timeout=10)
        assert threading.current_thread() is threading.main_thread()
    assert caught.value.code == 3
    assert [changes.get_nowait().state for _ in range(2)] == ["opened", "subscribed"]
    assert stream_threads() == []
