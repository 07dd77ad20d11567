"""Log streams: typed messages per second from a device that logs as fast as it can.

The emulator's flood route (``POST /_emulator/devices/{id}/flood``) makes one device log N lines
as fast as the stream takes them; a run is timed from that request to the N-th message
received. The SDK turns each line into a ``LogMessage`` (five fields and an aware datetime)
through its handler API (``log_streams.create``) and its iterators (``log_streams.open``, sync
and async); raw httpx only counts ``event: message`` lines, and the Node client runs its
handler per message. Only the SDK rows have a target.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterable, Iterable, Iterator

import httpx

from impcentral import AsyncImpCentralApi, ImpCentralApi
from impcentral.log_streams import LogMessage, StateChange
from tests.bench._context import TIMEOUT, Context, timed
from tests.bench._harness import Contender, Row, Sample, interleave, skipped, time_row

MESSAGES = 100_000
MIN_RATE = 100_000
HANDLERS = "SDK log_streams.create"
ITERATOR = "SDK log_streams.open"
ASYNC_ITERATOR = "SDK async log_streams.open"
RAW = "raw httpx iter_lines"
NODE = "Node imp-central-api"
_WAIT = 300.0
_MESSAGE = "bench message: temperature 21.5 C, humidity 40 %"


class _Counter:
    """A message handler counting log lines until ``target``; any line reported lost ends the
    wait too, and fails ``check``."""

    def __init__(self, target: int) -> None:
        self.target = target
        self.messages = 0
        self.lost = 0
        self.done = threading.Event()

    def event(self, event: object) -> None:
        if type(event) is LogMessage:
            self.messages += 1
            if self.messages == self.target:
                self.done.set()
        elif type(event) is StateChange and event.state == StateChange.OVERFLOW:
            self.lost += event.count or 0
            self.done.set()

    def check(self) -> None:
        if self.lost:
            raise RuntimeError(f"the SDK dropped {self.lost} of {self.target} messages")


def run(ctx: Context) -> list[Row]:
    n = ctx.count(MESSAGES)
    fx, emulator = ctx.fixture, ctx.emulator
    device = fx.device_ids[0]
    flood_url = f"{emulator.admin_url}/_emulator/devices/{device}/flood"
    flood_body = {"count": n, "msg": _MESSAGE}
    api = ImpCentralApi(fx.url, access_token=fx.token)
    raw = httpx.Client(headers=fx.headers, timeout=TIMEOUT)

    def flood() -> None:
        raw.post(flood_url, json=flood_body).raise_for_status()

    def handlers() -> Sample:
        counter = _Counter(n)
        stream = api.log_streams.create(counter.event)
        try:
            stream.add_device(device)

            def consume() -> None:
                flood()
                if not counter.done.wait(_WAIT):
                    raise TimeoutError("the stream did not deliver every message")

            sample = timed(consume, emulator)
        finally:
            stream.close()
        counter.check()
        return sample

    def iterator() -> Sample:
        with api.log_streams.open([device]) as stream:

            def consume() -> None:
                flood()
                _count_messages(stream, n)

            return timed(consume, emulator)

    def async_iterator() -> Sample:
        async def main() -> Sample:
            async with (
                AsyncImpCentralApi(fx.url, access_token=fx.token) as async_api,
                httpx.AsyncClient(timeout=TIMEOUT) as client,
                async_api.log_streams.open([device]) as stream,
            ):
                cpu_before = emulator.cpu_seconds()
                start = time.perf_counter()
                (await client.post(flood_url, json=flood_body)).raise_for_status()
                await _count_messages_async(stream, n)
                seconds = time.perf_counter() - start
                return Sample(seconds, emulator_cpu=emulator.cpu_seconds() - cpu_before)

        return asyncio.run(main())

    def baseline() -> Sample:
        stream_id = raw.post(f"{fx.url}/logstream").raise_for_status().json()["data"]["id"]
        with raw.stream("GET", f"{fx.url}/logstream/{stream_id}") as response:
            raw.put(f"{fx.url}/logstream/{stream_id}/{device}").raise_for_status()

            def consume() -> None:
                flood()
                _count_lines(response.iter_lines(), n)

            return timed(consume, emulator)

    def node() -> Sample:
        options = {"device": device, "count": n, "admin": emulator.admin_url, "msg": _MESSAGE}
        return ctx.node.run("logstream", emulator, **options)

    contenders = [
        Contender(HANDLERS, handlers),
        Contender(ITERATOR, iterator),
        Contender(ASYNC_ITERATOR, async_iterator),
        Contender(RAW, baseline),
        Contender(NODE, node, ctx.node.unavailable),
    ]
    try:
        samples = interleave(contenders, ctx.rounds)
    finally:
        api.close()
        raw.close()
    scenario = f"log stream, {n:,} messages"
    rows = []
    for contender in contenders:
        if contender.unavailable is not None:
            rows.append(skipped(scenario, contender.name, contender.unavailable))
            continue
        runs = samples[contender.name]
        row = time_row(scenario, contender.name, runs, operations=n, per="msg", rate=True)
        if contender.name in (HANDLERS, ITERATOR, ASYNC_ITERATOR):
            row.target = f">= {MIN_RATE:,} msg/s"
            row.met = n / row.value >= MIN_RATE
            row.note = "typed: each line becomes a LogMessage (five fields, an aware datetime)"
        elif contender.name == RAW:
            row.note = "only compares lines; parses nothing (informative, no target)"
        rows.append(row)
    return rows


def _count_lines(lines: Iterator[str], n: int) -> None:
    """Read SSE lines until the n-th ``message`` event, as a hand-written consumer would."""
    seen = 0
    for line in lines:
        if line == "event: message":
            seen += 1
            if seen == n:
                return
    raise RuntimeError(f"the stream ended after {seen} of {n} messages")


def _count_messages(events: Iterable[object], n: int) -> None:
    """Read events until the n-th log line; raises if the SDK reports any line lost."""
    seen = 0
    for event in events:
        if type(event) is LogMessage:
            seen += 1
            if seen == n:
                return
        elif type(event) is StateChange and event.state == StateChange.OVERFLOW:
            raise RuntimeError(f"the SDK dropped {event.count} of {n} messages")
    raise RuntimeError(f"the stream ended after {seen} of {n} messages")


async def _count_messages_async(events: AsyncIterable[object], n: int) -> None:
    """``_count_messages`` for the async iterator."""
    seen = 0
    async for event in events:
        if type(event) is LogMessage:
            seen += 1
            if seen == n:
                return
        elif type(event) is StateChange and event.state == StateChange.OVERFLOW:
            raise RuntimeError(f"the SDK dropped {event.count} of {n} messages")
    raise RuntimeError(f"the stream ended after {seen} of {n} messages")
