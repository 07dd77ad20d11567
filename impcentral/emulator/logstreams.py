"""Log streams: per-account SSE channels that carry device logs and subscription changes.

A stream keeps its undelivered events while no client is connected (bounded), so a client that
reconnects to the same stream URL loses nothing. At most one connection reads a stream: a new
connection replaces the old one, which is what a reconnecting EventSource needs.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from starlette.types import Receive, Scope, Send

from impcentral.emulator.config import Faults
from impcentral.emulator.faults import TRANSPORT_KEY, drop_connection
from impcentral.emulator.state import LogEntry

MAX_DEVICES_PER_STREAM = 5
MAX_PENDING_EVENTS = 10_000
_FAULT_POLL_SECONDS = 0.25
#: Events written in one chunk at most: one write per event would cap a stream near 10,000 msg/s;
#: much larger chunks hurt clients whose SSE parsers rescan a chunk per line (eventsource 1.x).
_MAX_BATCH = 100


# Not frozen (a frozen dataclass is twice as slow to build, and one is built per log line);
# nothing changes an event once pushed. eq=False keeps it hashable, by identity.
@dataclass(slots=True, eq=False)
class StreamEvent:
    """``message`` (a device log line) or ``state_change`` (a stream or subscription change)."""

    name: str
    state: str | None = None
    device_id: str | None = None
    entry: LogEntry | None = None
    log_type: str = "development"

    @property
    def ends_stream(self) -> bool:
        """The server closed the stream: nothing is sent after this event."""
        return self.state == "closed" and self.device_id is None

    def frame(self, fmt: str) -> bytes:
        if self.name == "message":
            assert self.entry is not None and self.device_id is not None
            entry = self.entry
            if fmt == "json":
                data = json.dumps(
                    {
                        "device_id": self.device_id,
                        "ts": entry.ts,
                        "log_type": self.log_type,
                        "type": entry.type,
                        "msg": entry.msg,
                    },
                    ensure_ascii=False,
                )
            else:
                data = f"{self.device_id} {entry.ts} {self.log_type} {entry.type} {entry.msg}"
        elif fmt == "json":
            payload: dict[str, str] = {"state": self.state or ""}
            if self.device_id is not None:
                payload["device_id"] = self.device_id
            data = json.dumps(payload)
        else:
            data = f"{self.device_id} {self.state}" if self.device_id else str(self.state)
        if "\n" in data:
            lines = "".join(f"data: {line}\n" for line in data.replace("\r\n", "\n").split("\n"))
        else:  # the usual one-line message, without the generator
            lines = f"data: {data}\n"
        return f"event: {self.name}\n{lines}\n".encode()


@dataclass(eq=False)
class Connection:
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    active: bool = True

    def stop(self) -> None:
        self.active = False
        # A connection left over from before a restart belongs to a loop that is gone.
        with contextlib.suppress(RuntimeError):
            self.wake.set()


@dataclass(eq=False)
class LogStream:
    id: str
    owner_id: str
    #: Subscribed device ids, oldest first (the one evicted when a sixth is added).
    devices: dict[str, None] = field(default_factory=dict)
    pending: deque[StreamEvent] = field(default_factory=lambda: deque(maxlen=MAX_PENDING_EVENTS))
    closed: bool = False
    connection: Connection | None = None

    def push(self, event: StreamEvent) -> None:
        self.push_all((event,))

    def push_all(self, events: Iterable[StreamEvent]) -> None:
        self.pending.extend(events)
        if self.connection is not None:
            self.connection.wake.set()


class LogStreamHub:
    """All streams, with the indexes that make fan-out of a device's log line O(subscribers)."""

    def __init__(self) -> None:
        self.streams: dict[str, LogStream] = {}
        self.open_by_account: dict[str, LogStream] = {}
        self.by_device: dict[str, dict[str, LogStream]] = {}

    def create(self, stream_id: str, account_id: str) -> LogStream:
        """A new stream; the account's previous one is closed (one open stream per account)."""
        previous = self.open_by_account.get(account_id)
        if previous is not None:
            self.close(previous)
        stream = LogStream(stream_id, account_id)
        self.streams[stream_id] = stream
        self.open_by_account[account_id] = stream
        return stream

    def close(self, stream: LogStream) -> None:
        """Server-side close: the client gets ``closed`` and the stream URL is gone afterwards."""
        if stream.closed:
            return
        for device_id in stream.devices:
            self.by_device.get(device_id, {}).pop(stream.id, None)
        stream.devices.clear()
        stream.closed = True
        self.streams.pop(stream.id, None)
        if self.open_by_account.get(stream.owner_id) is stream:
            del self.open_by_account[stream.owner_id]
        stream.push(StreamEvent("state_change", state="closed"))

    def subscribe(self, stream: LogStream, device_id: str) -> str | None:
        """Add a device; returns the device evicted to stay within five, if any."""
        if device_id in stream.devices:
            return None
        evicted = None
        if len(stream.devices) >= MAX_DEVICES_PER_STREAM:
            evicted = next(iter(stream.devices))
            self.unsubscribe(stream, evicted)
        stream.devices[device_id] = None
        self.by_device.setdefault(device_id, {})[stream.id] = stream
        stream.push(StreamEvent("state_change", state="subscribed", device_id=device_id))
        return evicted

    def unsubscribe(self, stream: LogStream, device_id: str) -> bool:
        if device_id not in stream.devices:
            return False
        del stream.devices[device_id]
        subscribers = self.by_device.get(device_id)
        if subscribers is not None:
            subscribers.pop(stream.id, None)
            if not subscribers:
                del self.by_device[device_id]
        stream.push(StreamEvent("state_change", state="unsubscribed", device_id=device_id))
        return True

    def forget_device(self, device_id: str) -> None:
        for stream in list(self.by_device.get(device_id, {}).values()):
            self.unsubscribe(stream, device_id)

    def publish(self, device_id: str, entry: LogEntry, count: int, log_type: str) -> None:
        """Send ``count`` copies of a device's log line to the streams it is subscribed to."""
        subscribers = self.by_device.get(device_id)
        if subscribers:
            event = StreamEvent("message", None, device_id, entry, log_type)
            for stream in subscribers.values():
                stream.push_all(itertools.repeat(event, count))

    def close_all(self) -> None:
        for stream in list(self.streams.values()):
            self.close(stream)

    def disconnect_all(self) -> None:
        """End every live connection without closing streams, as a server restart does."""
        for stream in self.streams.values():
            if stream.connection is not None:
                stream.connection.stop()


async def serve_stream(
    stream: LogStream,
    fmt: str,
    keepalive: float,
    faults: Callable[[], Faults],
    scope: Scope,
    receive: Receive,
    send: Send,
) -> None:
    """Write ``stream`` as ``text/event-stream`` until the client leaves or the stream ends."""
    if stream.connection is not None:
        stream.connection.stop()
    conn = Connection()
    stream.connection = conn

    async def watch_disconnect() -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                conn.stop()
                return

    watcher = asyncio.ensure_future(watch_disconnect())
    try:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/event-stream; charset=utf-8"),
                    (b"cache-control", b"no-cache"),
                    (b"x-accel-buffering", b"no"),
                ],
            }
        )
        sent = 0
        last_write = time.monotonic()
        opened = StreamEvent("state_change", state="opened")
        first: StreamEvent | None = opened
        while conn.active:
            current = faults()
            if current.sse_silence:
                conn.wake.clear()
                await _wait(conn.wake, _FAULT_POLL_SECONDS)
                continue
            if first is not None:
                batch = [first]
            elif stream.pending:
                limit = _MAX_BATCH
                if current.sse_cut_after is not None:
                    limit = max(1, min(limit, current.sse_cut_after - sent))
                batch = _take(stream, limit)
            else:
                idle = time.monotonic() - last_write
                if idle >= keepalive:
                    await send(
                        {
                            "type": "http.response.body",
                            "body": b": keep-alive\n\n",
                            "more_body": True,
                        }
                    )
                    last_write = time.monotonic()
                    continue
                conn.wake.clear()
                await _wait(conn.wake, min(keepalive - idle, _FAULT_POLL_SECONDS))
                continue
            body = _render(batch, fmt)
            await send({"type": "http.response.body", "body": body, "more_body": True})
            last_write = time.monotonic()
            if not conn.active or _closing(scope):
                break  # not delivered: the events stay for the next connection
            if first is not None:
                first = None
            else:
                for _ in batch:
                    stream.pending.popleft()
            sent += len(batch)
            if batch[-1].ends_stream:
                break
            if current.sse_cut_after is not None and sent >= current.sse_cut_after:
                if await drop_connection(scope, flush=True):
                    return
                break
        await send({"type": "http.response.body", "body": b"", "more_body": False})
    finally:
        watcher.cancel()
        if stream.connection is conn:
            stream.connection = None


def _take(stream: LogStream, limit: int) -> list[StreamEvent]:
    """The oldest pending events, up to ``limit``, stopping after one that ends the stream.

    They stay in ``pending`` until written, so a connection lost mid-write loses none of them.
    """
    batch = list(itertools.islice(stream.pending, limit))
    if stream.closed:  # only then can an event that ends the stream be pending
        for i, event in enumerate(batch):
            if event.ends_stream:
                return batch[: i + 1]
    return batch


def _render(batch: list[StreamEvent], fmt: str) -> bytes:
    """The frames of ``batch``; the copies of a line a flood makes are framed once."""
    return b"".join(
        [event.frame(fmt) * len(list(copies)) for event, copies in itertools.groupby(batch)]
    )


def _closing(scope: Scope) -> bool:
    transport = scope.get(TRANSPORT_KEY)
    return isinstance(transport, asyncio.BaseTransport) and transport.is_closing()


async def _wait(event: asyncio.Event, timeout: float) -> None:
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(event.wait(), timeout)
