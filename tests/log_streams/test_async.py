"""`AsyncImpCentralApi.log_streams` against the emulator on loopback, with faults injected."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from impcentral import AsyncImpCentralApi, InvalidDataError
from impcentral._exceptions import ImpCentralApiError
from impcentral.emulator import EmulatorServer
from impcentral.log_streams import AsyncLogStream, LogMessage, LogStreamHandlerError, StateChange
from impcentral.log_streams._events import LogStreamEvent

from .helpers import (
    Devices,
    adrain,
    aemit,
    aexpect_once,
    auntil,
    memory_aapi,
    numbered_lines,
    state,
    states,
    texts,
)


def stream_tasks() -> list[asyncio.Task[object]]:
    return [
        t
        for t in asyncio.all_tasks()
        if t.get_name().startswith("impcentral-logstream") and not t.done()
    ]


@pytest.mark.parametrize("fmt", ["text", "json"])
async def test_both_formats(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices, fmt: str
) -> None:
    async with aapi.log_streams.open([devices.mac(0)], format=fmt) as stream:
        await auntil(stream, state("subscribed"))
        await asyncio.to_thread(server.emit_log, devices.agent(0), "one\ntwo")
        events = await auntil(stream, lambda e: isinstance(e, LogMessage))
    message = events[-1]
    assert isinstance(message, LogMessage)
    assert (message.device_id, message.msg, message.type) == (
        devices.id(0),
        "one\ntwo",
        "server.log",
    )
    assert message.ts.tzinfo is not None


async def test_add_and_remove_by_id_mac_and_agent_id(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    stream = await aapi.log_streams.open()
    try:
        await stream.add_device(devices.agent(0))
        await stream.add_device(devices.id(1))
        await stream.add_device(devices.mac(2))
        lines = await aemit(server, devices.id(0), "a", 2)
        lines += await aemit(server, devices.id(1), "b", 2)
        lines += await aemit(server, devices.id(2), "c", 2)
        await aexpect_once(stream, lines)
        await stream.remove_device(devices.mac(0))
        await stream.remove_device(devices.agent(1))
        await aapi.log_streams.remove_device(stream.id, devices.id(2))
        events = await auntil(stream, state("unsubscribed", devices.id(2)))
        assert states(events) == ["unsubscribed"] * 3
        assert not stream.devices
    finally:
        await stream.close()


async def test_parity_api_with_async_handlers(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    received: asyncio.Queue[LogMessage] = asyncio.Queue()
    errors: list[BaseException] = []

    async def on_message(message: LogMessage) -> None:
        await asyncio.sleep(0)
        if message.msg == "bad":
            raise ValueError("cannot handle this one")
        await received.put(message)

    async def on_error(error: BaseException) -> None:
        errors.append(error)

    stream = await aapi.log_streams.create(on_message, None, on_error, "json")
    try:
        await aapi.log_streams.add_device(stream.id, devices.id(1))
        for line in ("good-1", "bad", "good-2"):
            await asyncio.to_thread(server.emit_log, devices.id(1), line)
        got = [await asyncio.wait_for(received.get(), 10) for _ in range(2)]
        assert [m.msg for m in got] == ["good-1", "good-2"]
        assert len(errors) == 1 and isinstance(errors[0], LogStreamHandlerError)
        assert isinstance(errors[0].__cause__, ValueError)
    finally:
        await aapi.log_streams.close(stream.id)
    with pytest.raises(InvalidDataError, match="Incorrect LogStream id"):
        await aapi.log_streams.close(stream.id)
    assert stream_tasks() == []


async def test_validation_before_any_request() -> None:
    api = AsyncImpCentralApi("http://127.0.0.1:9")
    with pytest.raises(InvalidDataError, match=r'^Non empty "messageHandler" parameter required$'):
        await api.log_streams.create(None)  # type: ignore[arg-type]
    with pytest.raises(InvalidDataError, match=r'^Wrong "format" parameter value: "csv"$'):
        await api.log_streams.create(print, format="csv")
    with pytest.raises(InvalidDataError, match=r'^Non empty "deviceId" parameter required$'):
        await api.log_streams.add_device("s", "")
    await api.aclose()


async def test_connection_cut_and_server_restart(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    async with aapi.log_streams.open([devices.id(0)]) as stream:
        await auntil(stream, state("subscribed"))
        server.set_faults(sse_cut_after=2)
        await aexpect_once(stream, await aemit(server, devices.id(0), "cut", 8))
        server.clear_faults()
        await asyncio.to_thread(server.restart)
        await auntil(stream, state("reconnected"))
        await aexpect_once(stream, await aemit(server, devices.id(0), "after", 4))


async def test_server_closes_the_stream(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    async with aapi.log_streams.open([devices.mac(1)], format="json") as stream:
        first = stream.id
        await auntil(stream, state("subscribed"))
        await asyncio.to_thread(server.close_log_stream, first)
        events = await auntil(stream, state("recreated"))
        assert states(events) == ["closed", "disconnected", "recreated"]
        assert stream.ids == (first, stream.id)
        await aexpect_once(stream, await aemit(server, devices.id(1), "new", 4))


async def test_stream_gone_while_disconnected(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    async with aapi.log_streams.open([devices.id(2)]) as stream:
        await auntil(stream, state("subscribed"))
        await asyncio.to_thread(server.stop)
        server.close_log_stream(stream.id)
        await asyncio.to_thread(server.start)
        await auntil(stream, state("recreated"))
        await aexpect_once(stream, await aemit(server, devices.id(2), "x", 3))


async def test_silent_connection_counts_as_dead(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    async with aapi.log_streams.open([devices.id(0)]) as stream:
        await auntil(stream, state("subscribed"))
        await asyncio.sleep(0.5)
        server.set_faults(sse_silence=True)
        started = time.monotonic()
        await auntil(stream, state("disconnected"))
        assert time.monotonic() - started < 5.0
        server.clear_faults()
        await auntil(stream, state("reconnected"))
        await aexpect_once(stream, await aemit(server, devices.id(0), "loud", 3))


@pytest.mark.impcentral_emulator(token_ttl=1.0)
async def test_token_expiry_mid_stream(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    async with aapi.log_streams.open([devices.id(0)]) as stream:
        await auntil(stream, state("subscribed"))
        await asyncio.sleep(1.5)
        await stream.add_device(devices.id(1))
        await asyncio.to_thread(server.close_log_stream, stream.id)
        await auntil(stream, state("recreated"))
        await aexpect_once(stream, await aemit(server, devices.id(1), "fresh", 3))


async def test_unrecoverable_stream_ends_loudly(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    async with aapi.log_streams.open([devices.id(0)]) as stream:
        await auntil(stream, state("subscribed"))
        await asyncio.to_thread(server.reset)
        with pytest.raises(ImpCentralApiError, match="refresh token"):
            await auntil(stream, lambda e: False)
        assert stream.closed
    assert stream_tasks() == []


async def test_failed_creation_leaves_nothing_running(
    aapi: AsyncImpCentralApi, server: EmulatorServer
) -> None:
    server.set_faults(error_rate=1.0, error_statuses=[502])
    with pytest.raises(ImpCentralApiError) as caught:
        await aapi.log_streams.create(print)
    assert caught.value.status_code == 502
    server.clear_faults()
    with pytest.raises(ImpCentralApiError):
        async with aapi.log_streams.open(["no-such-device"]):
            pass
    assert stream_tasks() == []
    assert aapi.log_streams._streams == {}


async def test_slow_consumer(
    aapi: AsyncImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    async with aapi.log_streams.open([devices.id(0)], buffer_size=5) as stream:
        await auntil(stream, state("subscribed"))
        lines = await aemit(server, devices.id(0), "flood", 40)
        await asyncio.sleep(0.5)  # the reader keeps reading; nobody consumes
        overflow = await stream.receive()
        assert isinstance(overflow, StateChange) and overflow.state == "overflow"
        assert overflow.count == 35
        assert texts(await adrain(stream, 0.3)) == lines[35:]


async def test_a_consumer_that_keeps_up_loses_nothing_to_a_chunk_larger_than_its_buffer() -> None:
    n = 20_000
    line = b"event: message\ndata: d1 2024-01-01T00:00:00.000Z development server.log x\n\n"
    received = 0
    async with memory_aapi([line * n]) as aapi, aapi.log_streams.open(["d1"]) as stream:
        async for event in stream:
            assert not (isinstance(event, StateChange) and event.state == StateChange.OVERFLOW)
            if isinstance(event, LogMessage):
                received += 1
                if received == n:
                    break
    assert received == n


async def test_close_from_another_task_ends_iteration(
    aapi: AsyncImpCentralApi, devices: Devices
) -> None:
    stream = await aapi.log_streams.open([devices.id(0)])
    seen: list[LogStreamEvent] = []

    async def consume() -> None:
        async for event in stream:
            seen.append(event)

    consumer = asyncio.create_task(consume())
    await asyncio.sleep(0.3)
    started = time.monotonic()
    await stream.close()
    await asyncio.wait_for(consumer, 1.0)
    assert time.monotonic() - started < 2.0
    assert states(seen) == ["opened", "subscribed"]
    assert stream.closed and stream_tasks() == []


async def test_close_ends_iteration_at_once_though_parsed_lines_wait() -> None:
    got: list[str] = []
    async with memory_aapi(numbered_lines(1_000)) as aapi, aapi.log_streams.open(["d1"]) as stream:
        async for event in stream:
            if isinstance(event, LogMessage):
                got.append(event.msg)
                if event.msg == "10":  # the rest of its slice is parsed already
                    await stream.close()
    assert got == [str(i) for i in range(11)]


async def test_close_from_another_thread(aapi: AsyncImpCentralApi, devices: Devices) -> None:
    stream = await aapi.log_streams.open([devices.id(0)])
    loop = asyncio.get_running_loop()

    def close_elsewhere() -> None:
        asyncio.run_coroutine_threadsafe(stream.close(), loop).result(5)

    closer = threading.Thread(target=close_elsewhere)
    closer.start()
    events = [event async for event in stream]
    await asyncio.to_thread(closer.join)
    assert stream.closed
    assert states(events)[:1] == ["opened"]


async def test_close_while_waiting_to_reconnect(
    aapi: AsyncImpCentralApi, server: EmulatorServer
) -> None:
    stream: AsyncLogStream = await aapi.log_streams.open(reconnect_delay=20.0)
    await auntil(stream, state("opened"))
    await asyncio.to_thread(server.stop)
    await auntil(stream, state("disconnected"))
    started = time.monotonic()
    await stream.close()
    assert time.monotonic() - started < 2.0
    assert stream_tasks() == []


async def test_receive_needs_an_open_stream(aapi: AsyncImpCentralApi) -> None:
    stream = aapi.log_streams.open()
    with pytest.raises(RuntimeError, match="not open"):
        await stream.receive()


async def test_closing_the_client_closes_its_streams(
    server: EmulatorServer, devices: Devices
) -> None:
    async with AsyncImpCentralApi(server.url) as client:
        await client.auth.login("demo", "demo-password")
        handled = await client.log_streams.create(print)
        iterated = await client.log_streams.open([devices.id(0)])
        assert stream_tasks()
    assert handled.closed and iterated.closed
    assert stream_tasks() == []
    assert client.log_streams._streams == {}
