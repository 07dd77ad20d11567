"""Log streams: N messages through the SDK's handler and iterator APIs, raw httpx, and Node.

End to end, the emulator's flood route (``POST /_emulator/devices/{id}/flood``) makes one device
log N lines as fast as the stream takes them; a run is timed from that request to the N-th
message received. Client side, the same SSE bytes come from memory, so the figure is the
client's alone; there a second raw row, with no target, also parses each message's JSON: the
raw baseline only compares lines, which is less than any consumer that uses them must do.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator

import httpx

from impcentral import ImpCentralApi
from impcentral.log_streams import LogMessage, LogStreamEvent, StateChange
from tests.bench._context import TIMEOUT, Context, timed
from tests.bench._emulator import EmulatorProcess
from tests.bench._harness import Contender, Row, Sample, compare, interleave, time_row

HANDLERS = "SDK log_streams.create"
ITERATOR = "SDK log_streams.open"
RAW = "raw httpx iter_lines"
RAW_JSON = "raw httpx iter_lines + json.loads"
NODE = "Node imp-central-api"
MIN_RATE = 50_000
LIMIT = 1.2
_WAIT = 300.0
_MESSAGE = "bench message: temperature 21.5 C, humidity 40 %"
_TYPED = (
    "the SDK makes each line a LogMessage (five fields and an aware datetime); the raw loop "
    "only compares lines"
)


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


def log_stream(ctx: Context) -> list[Row]:
    return end_to_end(ctx) + client_side(ctx)


def end_to_end(ctx: Context) -> list[Row]:
    n = ctx.count(100_000)
    fx, emulator = ctx.fixture, ctx.emulator
    device = fx.device_ids[0]
    flood_url = f"{emulator.admin_url}/_emulator/devices/{device}/flood"
    api = ImpCentralApi(fx.url, access_token=fx.token)
    raw = httpx.Client(headers=fx.headers, timeout=TIMEOUT)

    def flood() -> None:
        raw.post(flood_url, json={"count": n, "msg": _MESSAGE}).raise_for_status()

    def handlers() -> Sample:
        counter = _Counter(n)
        stream = api.log_streams.create(counter.event)
        try:
            stream.add_device(device)
            sample = _timed_until(counter.done, flood, emulator)
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

    def baseline() -> Sample:
        stream_id = raw.post(f"{fx.url}/logstream").raise_for_status().json()["data"]["id"]
        with raw.stream("GET", f"{fx.url}/logstream/{stream_id}") as response:
            raw.put(f"{fx.url}/logstream/{stream_id}/{device}").raise_for_status()

            def consume() -> None:
                flood()
                _count_lines(response.iter_lines(), n)

            return timed(consume, emulator)

    contenders = [
        Contender(HANDLERS, handlers),
        Contender(ITERATOR, iterator),
        Contender(RAW, baseline),
        Contender(
            NODE,
            lambda: ctx.node.run(
                "logstream",
                emulator,
                device=device,
                count=n,
                admin=emulator.admin_url,
                msg=_MESSAGE,
            ),
            ctx.node.unavailable,
        ),
    ]
    try:
        samples = interleave(contenders, ctx.rounds)
    finally:
        api.close()
        raw.close()
    scenario = f"log stream, {n:,} messages"
    rows = _sdk_rows(scenario, samples, n)
    if ctx.node.unavailable is None:
        node_row = time_row(scenario, NODE, samples[NODE], operations=n, per="msg", rate=True)
        compare(node_row, samples[NODE], RAW, samples[RAW])
        node_row.note = (
            "the Node client's SSE parser (eventsource 1.1.2) scans a received chunk from its "
            "start again for every line it finds, so larger chunks cost it quadratically"
        )
        rows.append(node_row)
    else:
        rows.append(Row(scenario, NODE, "skipped", 0.0, "s", note=ctx.node.unavailable))
    return rows


def client_side(ctx: Context) -> list[Row]:
    """The same stream replayed from memory through ``httpx.MockTransport``."""
    n = ctx.count(100_000)
    fx = ctx.fixture
    device = fx.device_ids[0]
    replay = _Replay(device, n)
    endpoint = "https://api.example.test/v5"
    api = ImpCentralApi(
        endpoint,
        access_token=fx.token,
        http_client=httpx.Client(transport=httpx.MockTransport(replay.answer)),
    )
    raw = httpx.Client(transport=httpx.MockTransport(replay.answer), timeout=TIMEOUT)

    def handlers() -> Sample:
        counter = _Counter(n)
        start = time.perf_counter()
        stream = api.log_streams.create(counter.event)
        try:
            stream.add_device(device)
            if not counter.done.wait(_WAIT):
                raise TimeoutError("the stream did not deliver every message")
            sample = Sample(time.perf_counter() - start)
        finally:
            stream.close()
        counter.check()
        return sample

    def iterator() -> Sample:
        def consume() -> None:
            with api.log_streams.open([device]) as stream:
                _count_messages(stream, n)

        return timed(consume)

    def baseline() -> Sample:
        def consume() -> None:
            stream_id = raw.post(f"{endpoint}/logstream").json()["data"]["id"]
            with raw.stream("GET", f"{endpoint}/logstream/{stream_id}") as response:
                raw.put(f"{endpoint}/logstream/{stream_id}/{device}")
                _count_lines(response.iter_lines(), n)

        return timed(consume)

    def useful_baseline() -> Sample:
        def consume() -> None:
            stream_id = raw.post(f"{endpoint}/logstream").json()["data"]["id"]
            url = f"{endpoint}/logstream/{stream_id}"
            with raw.stream("GET", url, params={"format": "json"}) as response:
                raw.put(f"{endpoint}/logstream/{stream_id}/{device}")
                _parse_messages(response.iter_lines(), n)

        return timed(consume)

    contenders = [
        Contender(HANDLERS, handlers),
        Contender(ITERATOR, iterator),
        Contender(RAW, baseline),
        Contender(RAW_JSON, useful_baseline),
    ]
    try:
        samples = interleave(contenders, ctx.rounds)
    finally:
        api.close()
        raw.close()
    scenario = f"log stream, {n:,} messages, client side"
    useful = time_row(scenario, RAW_JSON, samples[RAW_JSON], operations=n, per="msg", rate=True)
    compare(useful, samples[RAW_JSON], RAW, samples[RAW])
    useful.note = (
        "informative, no target: the same messages in the JSON format, each parsed with "
        "json.loads, the least a hand-written consumer does to use a line"
    )
    return [*_sdk_rows(scenario, samples, n), useful]


def _sdk_rows(scenario: str, samples: dict[str, list[Sample]], n: int) -> list[Row]:
    rows = []
    for name in (HANDLERS, ITERATOR):
        rate_row = time_row(scenario, name, samples[name], operations=n, per="msg", rate=True)
        compare(rate_row, samples[name], RAW, samples[RAW], limit=LIMIT)
        rate = n / rate_row.value
        if rate < MIN_RATE:
            rate_row.met = False
        rate_row.target = f">= {MIN_RATE:,} msg/s, <= {LIMIT:.1f}x raw"
        rate_row.note = _TYPED
        rows.append(rate_row)
    rows.append(time_row(scenario, RAW, samples[RAW], operations=n, per="msg", rate=True))
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


def _count_messages(events: Iterable[LogStreamEvent], n: int) -> None:
    """Read events until the n-th log line, counting inline as ``_count_lines`` does; raises
    if the SDK reports any line lost."""
    seen = 0
    for event in events:
        if type(event) is LogMessage:
            seen += 1
            if seen == n:
                return
        elif type(event) is StateChange and event.state == StateChange.OVERFLOW:
            raise RuntimeError(f"the SDK dropped {event.count} of {n} messages")
    raise RuntimeError(f"the stream ended after {seen} of {n} messages")


def _parse_messages(lines: Iterator[str], n: int) -> None:
    """Read SSE lines until the n-th ``message`` event, parsing the JSON of each."""
    seen = 0
    event = ""
    for line in lines:
        if line.startswith("event: "):
            event = line[7:]
        elif event == "message" and line.startswith("data: "):
            json.loads(line[6:])
            seen += 1
            if seen == n:
                return
    raise RuntimeError(f"the stream ended after {seen} of {n} messages")


def _timed_until(
    done: threading.Event, start: Callable[[], None], emulator: EmulatorProcess
) -> Sample:
    def run() -> None:
        start()
        if not done.wait(_WAIT):
            raise TimeoutError("the stream did not deliver every message")

    return timed(run, emulator)


class _Replay:
    """A fake impCentral answering just the log-stream calls, with N messages pre-rendered in
    the text format (``chunks``) and the JSON one (``json_chunks``).

    Each stream id gets the N messages once; a reconnection (after the body ends) gets only
    ``opened``, so the SDK never reads the whole body twice while it is being closed.
    """

    def __init__(self, device: str, n: int) -> None:
        ts = "2026-01-01T00:00:00.000Z"
        text = f"{device} {ts} development server.log {_MESSAGE}"
        doc = {"device_id": device, "ts": ts, "log_type": "development"}
        json_text = json.dumps({**doc, "type": "server.log", "msg": _MESSAGE})
        opened = b"event: state_change\ndata: opened\n\n"
        self.chunks = self._render(opened, f"{device} subscribed", text, n)
        self.json_chunks = self._render(
            opened, json.dumps({"state": "subscribed", "device_id": device}), json_text, n
        )
        self.opened = opened
        self.served: set[str] = set()
        self.streams = 0

    @staticmethod
    def _render(opened: bytes, subscribed: str, message: str, n: int) -> list[bytes]:
        frame = f"event: message\ndata: {message}\n\n"
        per_chunk = 1000  # what the emulator writes at once
        chunks = [opened + f"event: state_change\ndata: {subscribed}\n\n".encode()]
        for start in range(0, n, per_chunk):
            chunks.append((frame * min(per_chunk, n - start)).encode())
        return chunks

    def answer(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if request.method == "POST" and path.endswith("/logstream"):
            self.streams += 1
            stream_id = f"stream-{self.streams}"
            data = {"type": "logstream", "id": stream_id}
            return httpx.Response(200, json={"data": data})
        if request.method == "GET":
            stream_id = path.rsplit("/", 1)[1]
            chunks = self.json_chunks if request.url.params.get("format") == "json" else self.chunks
            body = [self.opened] if stream_id in self.served else chunks
            self.served.add(stream_id)
            return httpx.Response(
                200, headers={"Content-Type": "text/event-stream"}, content=iter(body)
            )
        return httpx.Response(204)
