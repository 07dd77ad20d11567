"""Reading streams in tests: wait for events, and check that every message came exactly once;
and a server that serves one stream's lines from memory."""

from __future__ import annotations

import asyncio
import threading
import time
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

import httpx

from impcentral import AsyncImpCentralApi, ImpCentralApi
from impcentral.emulator import EmulatorServer
from impcentral.log_streams import AsyncLogStream, LogMessage, LogStream, StateChange
from impcentral.log_streams._events import LogStreamEvent
from impcentral.log_streams._requests import EVENT_STREAM

Predicate = Callable[[LogStreamEvent], bool]
QUIET = 0.3  # after the last expected message, how long to watch for duplicates


class Devices:
    """The emulator's devices by index, with each of their three names."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.rows = rows

    def id(self, n: int) -> str:
        return self.rows[n]["id"]

    def mac(self, n: int) -> str:
        return self.rows[n]["mac_address"]

    def agent(self, n: int) -> str:
        return self.rows[n]["agent_id"]


def state(name: str, device_id: str | None = None) -> Predicate:
    def match(event: LogStreamEvent) -> bool:
        return (
            isinstance(event, StateChange)
            and event.state == name
            and (device_id is None or event.device_id == device_id)
        )

    return match


def states(events: Iterable[LogStreamEvent]) -> list[str]:
    return [e.state for e in events if isinstance(e, StateChange)]


def texts(events: Iterable[LogStreamEvent]) -> list[str]:
    return [e.msg for e in events if isinstance(e, LogMessage)]


def until(stream: LogStream, done: Predicate, timeout: float = 15.0) -> list[LogStreamEvent]:
    """Events up to and including the first that satisfies `done`."""
    seen: list[LogStreamEvent] = []
    deadline = time.monotonic() + timeout
    while True:
        remaining = deadline - time.monotonic()
        try:
            event = stream.receive(timeout=max(remaining, 0.0))
        except TimeoutError:
            raise AssertionError(f"gave up waiting; saw {seen}") from None
        seen.append(event)
        if done(event):
            return seen


def drain(stream: LogStream, seconds: float) -> list[LogStreamEvent]:
    """Whatever arrives within `seconds`."""
    seen: list[LogStreamEvent] = []
    deadline = time.monotonic() + seconds
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            seen.append(stream.receive(timeout=remaining))
        except TimeoutError:
            break
    return seen


def emit(server: EmulatorServer, device: str, prefix: str, count: int) -> list[str]:
    """Make `device` log `count` distinct lines; returns them."""
    lines = [f"{prefix}-{n}" for n in range(count)]
    for line in lines:
        server.emit_log(device, line)
    return lines


def expect_once(stream: LogStream, lines: list[str], timeout: float = 15.0) -> list[str]:
    """Every line arrives, none twice (watching a while for late copies); returns all texts."""
    wanted = set(lines)
    got: list[str] = []

    def complete(event: LogStreamEvent) -> bool:
        if isinstance(event, LogMessage):
            got.append(event.msg)
        return wanted <= set(got)

    until(stream, complete, timeout)
    got.extend(texts(drain(stream, QUIET)))
    assert_once(got, lines)
    return got


def assert_once(got: list[str], lines: list[str]) -> None:
    counts = Counter(got)
    missing = [line for line in lines if counts[line] == 0]
    twice = [line for line in lines if counts[line] > 1]
    assert not missing, f"lost: {missing}"
    assert not twice, f"delivered twice: {twice}"


async def auntil(
    stream: AsyncLogStream, done: Predicate, timeout: float = 15.0
) -> list[LogStreamEvent]:
    """Events up to and including the first that satisfies `done`."""
    seen: list[LogStreamEvent] = []
    deadline = time.monotonic() + timeout
    while True:
        remaining = max(deadline - time.monotonic(), 0.0)
        try:
            event = await asyncio.wait_for(stream.receive(), remaining)
        except asyncio.TimeoutError:
            raise AssertionError(f"gave up waiting; saw {seen}") from None
        seen.append(event)
        if done(event):
            return seen


async def adrain(stream: AsyncLogStream, seconds: float) -> list[LogStreamEvent]:
    """Whatever arrives within `seconds`."""
    seen: list[LogStreamEvent] = []
    deadline = time.monotonic() + seconds
    while (remaining := deadline - time.monotonic()) > 0:
        try:
            seen.append(await asyncio.wait_for(stream.receive(), remaining))
        except asyncio.TimeoutError:
            break
    return seen


async def aexpect_once(stream: AsyncLogStream, lines: list[str], timeout: float = 15.0) -> None:
    wanted = set(lines)
    got: list[str] = []

    def complete(event: LogStreamEvent) -> bool:
        if isinstance(event, LogMessage):
            got.append(event.msg)
        return wanted <= set(got)

    await auntil(stream, complete, timeout)
    got.extend(texts(await adrain(stream, QUIET)))
    assert_once(got, lines)


async def aemit(server: EmulatorServer, device: str, prefix: str, count: int) -> list[str]:
    """`emit` off the event loop (the emulator runs its own loop in another thread)."""
    return await asyncio.to_thread(emit, server, device, prefix, count)


def stream_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("impcentral-logstream")]


def wait_for(condition: Callable[[], Any], timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.02)


# --- a stream served from memory ---------------------------------------------------------------

ENDPOINT = "https://api.example.test/v5"
_OPENED = b"event: state_change\ndata: opened\n\n"


def _memory_server(lines: list[bytes], body: Callable[[list[bytes]], Any]) -> httpx.MockTransport:
    """Serves the log stream `s1`: `lines` once, chunk by chunk, at memory speed."""
    served: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            return httpx.Response(200, json={"data": {"type": "logstream", "id": "s1"}})
        if request.method == "GET":  # a reconnection gets no lines again
            chunks = [_OPENED, *lines] if not served else [_OPENED]
            served.append(request.url.path)
            headers = {"Content-Type": EVENT_STREAM}
            return httpx.Response(200, headers=headers, content=body(chunks))
        return httpx.Response(204)

    return httpx.MockTransport(answer)


def memory_api(lines: list[bytes]) -> ImpCentralApi:
    client = httpx.Client(transport=_memory_server(lines, iter))
    return ImpCentralApi(ENDPOINT, access_token="t", http_client=client)


def memory_aapi(lines: list[bytes]) -> AsyncImpCentralApi:
    async def body(chunks: list[bytes]) -> AsyncIterator[bytes]:
        for chunk in chunks:
            yield chunk

    client = httpx.AsyncClient(transport=_memory_server(lines, body))
    return AsyncImpCentralApi(ENDPOINT, access_token="t", http_client=client)


def numbered_lines(n: int) -> list[bytes]:
    """`n` log lines whose messages are their numbers, 100 to a chunk."""
    frame = "event: message\ndata: d1 2024-01-01T00:00:00.000Z development server.log {}\n\n"
    return [
        "".join(frame.format(i) for i in range(start, min(start + 100, n))).encode()
        for start in range(0, n, 100)
    ]
