"""`ImpCentralApi.log_streams` against the emulator on loopback: formats, membership, faults."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable
from datetime import datetime, timezone

import httpx
import pytest

from impcentral import ImpCentralApi, InvalidDataError
from impcentral._exceptions import ImpCentralApiError, NotFoundError
from impcentral.emulator import EmulatorServer
from impcentral.log_streams import (
    LogMessage,
    LogStreamClosed,
    LogStreamHandlerError,
    StateChange,
)
from impcentral.log_streams import _sync as sync_streams
from impcentral.log_streams._events import LogStreamEvent

from .helpers import (
    Devices,
    drain,
    emit,
    expect_once,
    memory_api,
    numbered_lines,
    state,
    states,
    stream_threads,
    texts,
    until,
    wait_for,
)

# --- formats ----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_both_formats_give_typed_whole_messages(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices, fmt: str
) -> None:
    before = datetime.now(timezone.utc).replace(microsecond=0)
    with api.log_streams.open([devices.id(0)], format=fmt) as stream:
        assert stream.format == fmt
        server.emit_log(devices.id(0), "first line\nsecond line\n  third, indented")
        server.emit_log(devices.id(0), "boom", log_type="server.error")
        events = until(stream, lambda e: isinstance(e, LogMessage) and e.msg == "boom")
    assert states(events) == ["opened", "subscribed"]
    multi, error = [e for e in events if isinstance(e, LogMessage)]
    assert multi.msg == "first line\nsecond line\n  third, indented"
    assert (multi.device_id, multi.log_type, multi.type) == (
        devices.id(0),
        "development",
        "server.log",
    )
    assert multi.ts.tzinfo is not None and multi.ts >= before
    assert error.type == "server.error"
    if fmt == "text":
        assert multi.raw.startswith(f"{devices.id(0)} ")
    else:
        assert multi.raw.startswith("{")


# --- membership -------------------------------------------------------------------------------


def test_add_and_remove_by_id_mac_and_agent_id(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open() as stream:
        stream.add_device(devices.mac(0))
        stream.add_device(devices.agent(1))
        stream.add_device(devices.id(2))
        assert stream.devices == (devices.mac(0), devices.agent(1), devices.id(2))
        lines = [*emit(server, devices.id(0), "zero", 2), *emit(server, devices.mac(1), "one", 2)]
        lines += emit(server, devices.agent(2), "two", 2)
        expect_once(stream, lines)

        stream.remove_device(devices.agent(0))  # added by MAC, removed by agent id
        stream.remove_device(devices.id(1))  # added by agent id, removed by id
        stream.remove_device(devices.mac(2))  # added by id, removed by MAC
        events = until(stream, state("unsubscribed", devices.id(2)))
        assert states(events) == ["unsubscribed"] * 3  # none mistaken for a drop
        assert not stream.devices
        emit(server, devices.id(0), "not-subscribed", 2)
        assert texts(drain(stream, 0.5)) == []


def test_parity_api(api: ImpCentralApi, server: EmulatorServer, devices: Devices) -> None:
    messages: queue.Queue[LogMessage] = queue.Queue()
    changes: queue.Queue[StateChange] = queue.Queue()
    stream = api.log_streams.create(messages.put, changes.put, format=api.log_streams.FORMAT_JSON)
    try:
        assert isinstance(stream.id, str) and stream.id
        api.log_streams.add_device(stream.id, devices.mac(3))
        server.emit_log(devices.id(3), "hello")
        assert messages.get(timeout=10).msg == "hello"
        api.log_streams.remove_device(stream.id, devices.agent(3))
        seen = [changes.get(timeout=10).state for _ in range(3)]
        assert seen == ["opened", "subscribed", "unsubscribed"]
    finally:
        api.log_streams.close(stream.id)
    assert stream.closed
    with pytest.raises(InvalidDataError, match=f'^Incorrect LogStream id: "{stream.id}"$'):
        api.log_streams.close(stream.id)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda a: a.log_streams.create(None), 'Non empty "messageHandler" parameter required'),
        (
            lambda a: a.log_streams.create(print, format="xml"),
            'Wrong "format" parameter value: "xml"',
        ),
        (lambda a: a.log_streams.open(format="XML"), 'Wrong "format" parameter value: "XML"'),
        (lambda a: a.log_streams.add_device("", "d"), 'Non empty "logStreamId" parameter required'),
        (lambda a: a.log_streams.add_device("s", ""), 'Non empty "deviceId" parameter required'),
        (
            lambda a: a.log_streams.remove_device(None, "d"),
            'Non empty "logStreamId" parameter required',
        ),
        (lambda a: a.log_streams.close(""), 'Non empty "logStreamId" parameter required'),
        (lambda a: a.log_streams.close("nope"), 'Incorrect LogStream id: "nope"'),
    ],
)
def test_validation_messages_match_the_node_client(
    call: Callable[[ImpCentralApi], object], message: str
) -> None:
    api = ImpCentralApi("http://127.0.0.1:9")  # never contacted
    with pytest.raises(InvalidDataError) as caught:
        call(api)
    assert str(caught.value) == message


def test_membership_of_a_stream_opened_elsewhere_is_sent_as_is(
    api: ImpCentralApi, devices: Devices
) -> None:
    with pytest.raises(NotFoundError):
        api.log_streams.add_device("not-a-stream", devices.id(0))


def test_more_than_five_devices_says_which_were_dropped(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open([devices.id(n) for n in range(5)]) as stream:
        until(stream, state("subscribed", devices.id(4)))
        assert stream.add_device(devices.mac(5)) == [devices.id(0)]
        events = until(stream, state("subscribed", devices.id(5)))
        assert states(events) == ["unsubscribed", "dropped", "subscribed"]
        assert events[1] == StateChange(
            "dropped",
            devices.id(0),
            stream.id,
            events[1].detail,  # type: ignore[union-attr]
        )
        assert stream.devices == (*(devices.id(n) for n in range(1, 5)), devices.mac(5))
        emit(server, devices.id(0), "dropped", 1)
        expect_once(stream, emit(server, devices.id(5), "kept", 2))


# --- faults -----------------------------------------------------------------------------------


def test_connection_cut_mid_stream(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open([devices.id(0)], format="json") as stream:
        until(stream, state("subscribed"))
        server.set_faults(sse_cut_after=3)  # every connection dies after three events
        lines = emit(server, devices.id(0), "cut", 12)
        expect_once(stream, lines)
        server.clear_faults()
        expect_once(stream, emit(server, devices.id(0), "after", 5))


def test_server_restart(api: ImpCentralApi, server: EmulatorServer, devices: Devices) -> None:
    with api.log_streams.open([devices.agent(1)]) as stream:
        until(stream, state("subscribed"))
        server.restart()
        events = until(stream, state("reconnected"))
        assert states(events)[0] == "disconnected"
        assert stream.ids == (stream.id,)
        expect_once(stream, emit(server, devices.id(1), "after-restart", 5))


def test_server_closes_the_stream(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open([devices.id(0), devices.mac(1)], format="json") as stream:
        first = stream.id
        until(stream, state("subscribed", devices.id(1)))
        httpx.post(f"{server.base_url}/_emulator/logstreams/{first}/close")
        events = until(stream, state("recreated"))
        assert states(events) == ["closed", "disconnected", "recreated"]
        recreated = events[-1]
        assert isinstance(recreated, StateChange) and recreated.messages_may_be_missing
        assert recreated.log_stream_id == stream.id != first
        assert stream.ids == (first, stream.id)
        assert stream.devices == (devices.id(0), devices.mac(1))
        lines = [*emit(server, devices.id(0), "a", 3), *emit(server, devices.id(1), "b", 3)]
        expect_once(stream, lines)
        # Both ids keep working with the parity API.
        api.log_streams.remove_device(first, devices.id(0))
        until(stream, state("unsubscribed", devices.id(0)))


def test_another_stream_opened_for_the_account(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open([devices.id(2)]) as stream:
        until(stream, state("subscribed"))
        api._request("POST", "logstream")  # e.g. impt started elsewhere
        until(stream, state("recreated"))
        expect_once(stream, emit(server, devices.id(2), "still-here", 4))


def test_stream_gone_while_disconnected_is_recreated(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open([devices.id(3)]) as stream:
        until(stream, state("subscribed"))
        server.stop()
        server.close_log_stream(stream.id)  # reconnecting will find it gone (404)
        server.start()
        events = until(stream, state("recreated"))
        assert "closed" not in states(events)
        expect_once(stream, emit(server, devices.id(3), "new", 3))


def test_silent_connection_counts_as_dead(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open([devices.id(0)]) as stream:
        until(stream, state("subscribed"))
        time.sleep(0.5)  # a couple of keep-alives set the pace
        server.set_faults(sse_silence=True)
        started = time.monotonic()
        events = until(stream, state("disconnected"))
        assert time.monotonic() - started < 5.0  # a few keep-alive intervals, with margin for load
        assert "silent" in str(events[-1]) or "no data" in str(events[-1])
        server.clear_faults()
        until(stream, state("reconnected"))
        expect_once(stream, emit(server, devices.id(0), "loud", 4))


def test_flaky_network_during_recovery(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open(
        [devices.id(0)], reconnect_delay=0.05, max_reconnect_delay=0.5
    ) as stream:
        until(stream, state("subscribed"))
        server.set_faults(drop_rate=0.3, error_rate=0.3)  # most attempts fail somewhere
        server.close_log_stream(stream.id)
        until(stream, state("recreated"), timeout=30)
        server.clear_faults()
        expect_once(stream, emit(server, devices.id(0), "through", 5))


@pytest.mark.impcentral_emulator(token_ttl=1.0)
def test_token_expiry_mid_stream(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open([devices.id(0)]) as stream:
        until(stream, state("subscribed"))
        time.sleep(1.5)  # the access token has expired
        stream.add_device(devices.id(1))  # the refreshing auth renews it
        server.close_log_stream(stream.id)  # recreating needs the API too
        until(stream, state("recreated"))
        time.sleep(1.5)
        stream.remove_device(devices.id(0))
        until(stream, state("unsubscribed"))
        expect_once(stream, emit(server, devices.id(1), "fresh", 3))


def test_unrecoverable_stream_ends_loudly(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    errors: queue.Queue[BaseException] = queue.Queue()
    handled = api.log_streams.create(print, None, errors.put)
    with api.log_streams.open([devices.id(0)]) as stream:
        until(stream, state("subscribed"))
        server.reset()  # every token and stream is gone: no refresh can help
        with pytest.raises(ImpCentralApiError, match="refresh token"):
            until(stream, lambda e: False)
        assert stream.closed
    assert isinstance(errors.get(timeout=10), ImpCentralApiError)
    wait_for(lambda: handled.closed)
    handled.close()
    assert stream_threads() == []


def test_failed_creation_leaves_nothing_running(api: ImpCentralApi, server: EmulatorServer) -> None:
    server.set_faults(error_rate=1.0, error_statuses=[503])
    with pytest.raises(ImpCentralApiError) as caught:
        api.log_streams.create(print)
    assert caught.value.status_code == 503
    assert stream_threads() == []
    assert api.log_streams._streams == {}


def test_failed_connection_after_creation_leaves_nothing_running(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with pytest.raises(NotFoundError):
        api.log_streams.open(["no-such-device"])  # creation worked, the subscription did not
    assert stream_threads() == []
    server.set_faults(drop_rate=1.0)
    with pytest.raises(Exception, match="Request error"):
        api.log_streams.open()
    server.clear_faults()
    time.sleep(0.3)
    assert stream_threads() == []
    hub = server.emulator.hub
    assert all(s.connection is None for s in hub.streams.values())


def test_slow_consumer_loses_the_oldest_and_is_told(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open([devices.id(0)], buffer_size=10) as stream:
        until(stream, state("subscribed"))
        lines = emit(server, devices.id(0), "flood", 100)
        wait_for(lambda: stream._queue._buffer._lost >= 90)
        overflow = stream.receive(timeout=5)
        assert isinstance(overflow, StateChange) and overflow.state == "overflow"
        assert overflow.count == 90 and overflow.messages_may_be_missing
        assert texts(drain(stream, 0.5)) == lines[90:]


def test_handler_that_raises_does_not_stop_the_stream(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    received: queue.Queue[str] = queue.Queue()
    errors: queue.Queue[BaseException] = queue.Queue()

    def on_message(message: LogMessage) -> None:
        if message.msg == "bad":
            raise ValueError("cannot handle this one")
        received.put(message.msg)

    stream = api.log_streams.create(on_message, None, errors.put)
    try:
        api.log_streams.add_device(stream.id, devices.id(0))
        for line in ("good-1", "bad", "good-2"):
            server.emit_log(devices.id(0), line)
        assert [received.get(timeout=10), received.get(timeout=10)] == ["good-1", "good-2"]
        error = errors.get(timeout=1)
        assert isinstance(error, LogStreamHandlerError)
        assert isinstance(error.__cause__, ValueError)
        assert isinstance(error.event, LogMessage) and error.event.msg == "bad"
        assert threading.current_thread().name not in {"impcentral-logstream-handlers"}
    finally:
        stream.close()


def test_handler_runs_off_the_callers_thread(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    threads: queue.Queue[str] = queue.Queue()
    stream = api.log_streams.create(lambda m: threads.put(threading.current_thread().name))
    with stream:
        stream.add_device(devices.id(0))
        server.emit_log(devices.id(0), "x")
        assert threads.get(timeout=10) != threading.current_thread().name
        with pytest.raises(RuntimeError):
            stream.receive(timeout=0)


def test_receive_after_close(api: ImpCentralApi) -> None:
    stream = api.log_streams.open()
    stream.close()
    with pytest.raises(LogStreamClosed):
        stream.receive(timeout=1)
    assert list(stream) == []


def test_close_from_another_thread_ends_iteration_promptly(
    api: ImpCentralApi, devices: Devices
) -> None:
    stream = api.log_streams.open([devices.id(0)])
    seen: list[LogStreamEvent] = []
    timer = threading.Timer(0.5, stream.close)
    timer.start()
    started = time.monotonic()
    seen.extend(stream)  # blocks until closed
    assert time.monotonic() - started < 2.0
    timer.join()
    assert stream.closed and stream_threads() == []
    assert states(seen) == ["opened", "subscribed"]


def test_close_while_waiting_to_reconnect(api: ImpCentralApi, server: EmulatorServer) -> None:
    stream = api.log_streams.open(reconnect_delay=20.0, max_reconnect_delay=30.0)
    until(stream, state("opened"))
    server.stop()
    until(stream, state("disconnected"))
    started = time.monotonic()
    stream.close()
    assert time.monotonic() - started < 2.0
    assert stream_threads() == []


def test_leaving_with_closes_the_connection(
    api: ImpCentralApi, server: EmulatorServer, devices: Devices
) -> None:
    with api.log_streams.open([devices.id(0)]) as stream:
        until(stream, state("subscribed"))
        hub_stream = server.emulator.hub.streams[stream.id]
        assert hub_stream.connection is not None
    wait_for(lambda: hub_stream.connection is None, timeout=2.0)
    assert stream_threads() == []


def test_closing_the_client_closes_its_streams(server: EmulatorServer, devices: Devices) -> None:
    with ImpCentralApi(server.url) as client:
        client.auth.login("demo", "demo-password")
        handled = client.log_streams.create(print)
        iterated = client.log_streams.open([devices.id(0)])
        assert stream_threads()
    assert handled.closed and iterated.closed
    wait_for(lambda: stream_threads() == [])
    assert client.log_streams._streams == {}


@pytest.mark.parametrize("per_chunk", [100, 20_000])
def test_a_consumer_that_keeps_up_loses_nothing_to_a_connection_faster_than_itself(
    per_chunk: int,
) -> None:
    """The reader cuts lines out many times faster than the consumer parses them; it waits for
    the consumer to take half a buffer instead of discarding what would have been read, also
    when one chunk holds more lines than the buffer."""
    n = 20_000
    line = b"event: message\ndata: d1 2024-01-01T00:00:00.000Z development server.log x\n\n"
    api = memory_api([line * per_chunk] * (n // per_chunk))
    received = lost = 0
    with api.log_streams.open(["d1"], buffer_size=500) as stream:
        for event in stream:
            if isinstance(event, LogMessage):
                received += 1
            elif isinstance(event, StateChange) and event.state == StateChange.OVERFLOW:
                lost += event.count or 0
            if received + lost >= n:
                break
    assert (received, lost) == (n, 0)


def test_receive_and_iteration_take_turns_without_losing_a_line() -> None:
    """Both read one cursor, so mixing them neither skips nor repeats, across parsed slices."""
    n = 1_000
    got: list[str] = []
    with memory_api(numbered_lines(n)).log_streams.open(["d1"]) as stream:
        events = iter(stream)
        turn = 0
        while len(got) < n:
            turn += 1
            event = stream.receive(timeout=5) if turn % 3 == 0 else next(events)
            if isinstance(event, LogMessage):
                got.append(event.msg)
    assert got == [str(i) for i in range(n)]


def test_close_ends_iteration_at_once_though_parsed_lines_wait() -> None:
    got: list[str] = []
    with memory_api(numbered_lines(1_000)).log_streams.open(["d1"]) as stream:
        for event in stream:
            if isinstance(event, LogMessage):
                got.append(event.msg)
                if event.msg == "10":  # the rest of its slice is parsed already
                    stream.close()
    assert got == [str(i) for i in range(11)]


def test_a_consumer_that_stopped_costs_the_reader_one_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sync_streams, "_ROOM_WAIT", 0.01)
    buffer = sync_streams._Queue(10)
    waits: list[float] = []
    wait = buffer._room.wait

    def counted(timeout: float) -> bool:
        waits.append(timeout)
        return wait(timeout)

    monkeypatch.setattr(buffer._room, "wait", counted)
    for _ in range(20):  # nobody takes: the first wait is in vain, and no other follows
        buffer.push(["line"] * 3)
    assert len(waits) == 1
    overflow, *newest = buffer.take(100)  # the consumer is back
    assert isinstance(overflow, StateChange) and (overflow.count, len(newest)) == (50, 10)
    for _ in range(5):
        buffer.push(["line"] * 3)
    assert len(waits) == 2
