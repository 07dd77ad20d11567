"""The fleet task against a realistic service: what a user waits for, and what fails.

The emulator runs with 30 ms of latency before every answer and impCentral's limit of 40
requests per second per token, with 300 devices in one development group. Two tasks:

- get: ``devices.get`` of each of the 300 devices (the ids are known beforehand);
- restart: list the group's devices (``devices.list_all``, 100 a page), then ``devices.restart``
  each of them.

Each is done the ways users write it: the SDK with ``asyncio.gather`` over
``AsyncImpCentralApi``, the SDK with a thread pool over ``ImpCentralApi``, the SDK one call at a
time, raw httpx with ``asyncio.gather`` and nothing else (no pacing, no retry: what a naive
client gets), and the official Node client with ``Promise.all`` and one call at a time. Each run
logs in anew (a fresh rate-limit window: the limit is per token), uses a new client, times the
task alone, and counts the calls that failed for the caller.
Wall time is reported against the rate-limit floor: the least time the task's calls can take
under the limit (``floor_seconds``).
"""

from __future__ import annotations

import asyncio
import json
import math
import tempfile
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from typing import Any

import httpx

from impcentral import AsyncImpCentralApi, Devices, ImpCentralApi, ImpCentralError
from tests.bench._context import TIMEOUT, Context
from tests.bench._emulator import EmulatorProcess, Fixture, headers
from tests.bench._harness import Contender, Row, Sample, interleave, skipped, time_row

DEVICES = 300
LATENCY = 0.03
RATE_LIMIT = 40
#: The emulator's rate-limit window (impcentral/emulator/ratelimit.py): fixed, one second long,
#: opened by the first request after the previous window ended.
WINDOW = 1.0
PAGE_SIZE = 100
THREADS = 20
#: Target for the SDK's concurrent forms: wall time at most this times the floor, no failure.
WITHIN = 1.05

GET = "get"
RESTART = "restart"

SDK_ASYNC = "SDK async, asyncio.gather"
SDK_THREADS = f"SDK sync, {THREADS} threads"
SDK_SEQUENTIAL = "SDK sync, one at a time"
RAW = "raw httpx, asyncio.gather"
RAW_WINDOWED = "raw httpx, paced by hand"
NODE_ALL = "Node, Promise.all"
NODE_SEQUENTIAL = "Node, one at a time"
FLOOR = "rate-limit floor"

_NOTES = {
    SDK_SEQUENTIAL: (
        "one call at a time: each waits for the previous answer, so N calls take N round trips "
        f"of at least the {LATENCY * 1e3:.0f} ms latency, longer than the floor (no target)"
    ),
    RAW: (
        "every call sent at once, with no pacing and no retry: whatever goes beyond "
        f"{RATE_LIMIT} in a window is refused with 429 and fails; the time goes on the client's "
        "own CPU (httpx with every request in flight), not on waiting for the server"
    ),
    RAW_WINDOWED: (
        f"reference, no target: raw httpx sending each window's {RATE_LIMIT} calls at once and "
        "the next ones one window after this window's first answer, so never refused: what a "
        "simple correct client gets on this machine"
    ),
    NODE_ALL: (
        "imp-central-api has no 429 handling: every call the window refuses fails "
        "(Promise.allSettled, so failed calls are counted instead of ending the run)"
    ),
}
_NOTES[NODE_SEQUENTIAL] = _NOTES[SDK_SEQUENTIAL]
_FLOOR = (
    f"the emulator admits {RATE_LIMIT} requests per token in fixed 1-s windows, each opened by "
    f"the first request after the last one closed: N calls need ceil(N/{RATE_LIMIT}) windows, "
    f"so at best the last answer comes (ceil(N/{RATE_LIMIT}) - 1) s after the first call was "
    f"counted, plus that call's {LATENCY * 1e3:.0f} ms latency. That is below "
    f"N/{RATE_LIMIT} s (300 calls: 7.03 s, not 7.5 s), and no client can do better"
)


def floor_seconds(calls: int) -> float:
    """The least wall time for ``calls`` calls under the emulator's rate limit.

    The window is fixed, not sliding: it admits ``RATE_LIMIT`` requests and the next one opens
    with the first request after it ends. So ``calls`` need ``ceil(calls / RATE_LIMIT)``
    windows, and a client that sends each window's share the moment the window opens gets its
    last answer ``ceil(calls / RATE_LIMIT) - 1`` windows after its first call was counted, plus
    the latency that call spent before being counted. That is below ``calls / RATE_LIMIT``
    seconds (7.03 s against 7.5 s for 300 calls), and no client can do better.
    """
    return (math.ceil(calls / RATE_LIMIT) - 1) * WINDOW + LATENCY


@dataclass(frozen=True)
class Fleet:
    """The devices on the emulator, all in one development group, and a token to use."""

    fixture: Fixture
    token: str
    group_id: str
    ids_file: Path

    @classmethod
    def create(cls, emulator: EmulatorProcess, scratch: Path) -> Fleet:
        fx = Fixture(emulator)
        group = {
            "type": "development_devicegroup",
            "attributes": {"name": "fleet"},
            "relationships": {"product": {"type": "product", "id": fx.product_id}},
        }
        members = [{"type": "device", "id": device_id} for device_id in fx.device_ids]
        with httpx.Client(headers=fx.headers, timeout=TIMEOUT) as client:
            created = client.post(f"{fx.url}/devicegroups", content=json.dumps({"data": group}))
            group_id: str = created.raise_for_status().json()["data"]["id"]
            added = client.post(
                f"{fx.url}/devicegroups/{group_id}/relationships/devices",
                content=json.dumps({"data": members}),
            )
            added.raise_for_status()
        ids_file = scratch / "device-ids.json"
        ids_file.write_text(json.dumps(fx.device_ids), encoding="utf-8")
        return cls(fx, fx.token, group_id, ids_file)

    def with_new_token(self) -> Fleet:
        """This fleet with a token of its own, so that a run starts in a fresh rate-limit
        window whatever the run before it did (as the Node client, which logs in each run)."""
        return replace(self, token=self.fixture.login())

    @property
    def url(self) -> str:
        return self.fixture.url

    @property
    def headers(self) -> dict[str, str]:
        return headers(self.token)

    @property
    def device_ids(self) -> list[str]:
        return self.fixture.device_ids

    @property
    def emulator(self) -> EmulatorProcess:
        return self.fixture.emulator

    @property
    def group_filter(self) -> dict[str, str]:
        return {Devices.FILTER_DEVICE_GROUP_ID: self.group_id}

    def calls(self, task: str) -> int:
        """Calls the task needs: one per device, plus the pages of the listing to restart."""
        pages = math.ceil(len(self.device_ids) / PAGE_SIZE) if task == RESTART else 0
        return len(self.device_ids) + pages


# --- the contenders: each does ``task`` once on a new client -----------------------------


def sdk_async(fleet: Fleet, task: str) -> Sample:
    async def main() -> Sample:
        async with AsyncImpCentralApi(fleet.url, access_token=fleet.token) as api:
            start = time.perf_counter()
            call: Callable[[str], Awaitable[object]] = api.devices.get
            ids = fleet.device_ids
            if task == RESTART:
                call = api.devices.restart
                pages = api.devices.list_all(fleet.group_filter, page_size=PAGE_SIZE)
                ids = [device.id async for device in pages]
            outcomes = await asyncio.gather(*(call(i) for i in ids), return_exceptions=True)
            seconds = time.perf_counter() - start
        return Sample(seconds, failed=_failures(fleet, outcomes))

    return asyncio.run(main())


def sdk_threads(fleet: Fleet, task: str) -> Sample:
    api = ImpCentralApi(fleet.url, access_token=fleet.token)
    with api, ThreadPoolExecutor(THREADS) as pool:
        start = time.perf_counter()
        ids, call = _sync_task(api, fleet, task)
        outcomes = list(pool.map(partial(_attempt, call), ids))
        seconds = time.perf_counter() - start
    return Sample(seconds, failed=_failures(fleet, outcomes))


def sdk_sequential(fleet: Fleet, task: str) -> Sample:
    with ImpCentralApi(fleet.url, access_token=fleet.token) as api:
        start = time.perf_counter()
        ids, call = _sync_task(api, fleet, task)
        outcomes = [_attempt(call, device_id) for device_id in ids]
        seconds = time.perf_counter() - start
    return Sample(seconds, failed=_failures(fleet, outcomes))


def raw_gather(fleet: Fleet, task: str) -> Sample:
    async def main() -> Sample:
        method, path = _RAW_CALLS[task]
        async with httpx.AsyncClient(headers=fleet.headers, timeout=TIMEOUT) as client:
            start = time.perf_counter()
            ids = await _raw_ids(client, fleet, task)
            sent = (client.request(method, fleet.url + path.format(i)) for i in ids)
            answers = await asyncio.gather(*sent, return_exceptions=True)
            outcomes = [_raw_outcome(answer) for answer in answers]
            seconds = time.perf_counter() - start
        return Sample(seconds, failed=_failures(fleet, outcomes))

    return asyncio.run(main())


def raw_windowed(fleet: Fleet, task: str) -> Sample:
    """Hand-written pacing that knows the limit: a window's share of calls sent at once, the
    next share one window after the first answer of this one. A window opens no later than
    its first answer, so no call is ever refused; what is lost against the floor is the time
    from a window's opening to its first answer (the latency, and the server's and client's
    work on a busy machine)."""

    async def main() -> Sample:
        method, path = _RAW_CALLS[task]
        answered: list[float] = []
        async with httpx.AsyncClient(headers=fleet.headers, timeout=TIMEOUT) as client:

            async def send(device_id: str) -> httpx.Response:
                try:
                    return await client.request(method, fleet.url + path.format(device_id))
                finally:
                    answered.append(time.perf_counter())

            start = time.perf_counter()
            ids = await _raw_ids(client, fleet, task)
            used = fleet.calls(task) - len(ids)  # by the listing, in the first window
            answers: list[httpx.Response | BaseException] = []
            while len(answers) < len(ids):
                batch = ids[len(answers) : len(answers) + RATE_LIMIT - used]
                answered.clear()
                answers += await asyncio.gather(*map(send, batch), return_exceptions=True)
                if len(answers) < len(ids):
                    next_window = min(answered) + WINDOW
                    await asyncio.sleep(max(0.0, next_window - time.perf_counter()))
                    used = 0
            outcomes = [_raw_outcome(answer) for answer in answers]
            seconds = time.perf_counter() - start
        return Sample(seconds, failed=_failures(fleet, outcomes))

    return asyncio.run(main())


def node(ctx: Context, fleet: Fleet, task: str, *, all_at_once: bool) -> Sample:
    target = {"ids_file": fleet.ids_file} if task == GET else {"group": fleet.group_id}
    mode = {"all": "yes" if all_at_once else "no"}
    sample = ctx.node.run("fleet", fleet.emulator, task=task, **mode, **target)
    return Sample(sample.seconds, failed=sample.failed)


def _sync_task(
    api: ImpCentralApi, fleet: Fleet, task: str
) -> tuple[list[str], Callable[[str], object]]:
    if task == GET:
        return fleet.device_ids, api.devices.get
    pages = api.devices.list_all(fleet.group_filter, page_size=PAGE_SIZE)
    return [device.id for device in pages], api.devices.restart


def _attempt(call: Callable[[str], object], device_id: str) -> ImpCentralError | None:
    """The call's error, if it failed as the SDK reports failures."""
    try:
        call(device_id)
    except ImpCentralError as exc:
        return exc
    return None


#: Method and path of each task's per-device call, for the raw httpx contenders.
_RAW_CALLS = {GET: ("GET", "/devices/{}"), RESTART: ("POST", "/devices/{}/restart")}


async def _raw_ids(client: httpx.AsyncClient, fleet: Fleet, task: str) -> list[str]:
    """The devices to call: known beforehand, or listed page after page (``links.next``)."""
    if task == GET:
        return fleet.device_ids
    ids: list[str] = []
    url: str | None = f"{fleet.url}/devices"
    params: dict[str, Any] | None = {**fleet.group_filter, "page[size]": PAGE_SIZE}
    while url:
        page = (await client.get(url, params=params)).raise_for_status().json()
        ids.extend(device["id"] for device in page["data"])
        url, params = page.get("links", {}).get("next"), None
    return ids


def _raw_outcome(answer: httpx.Response | BaseException) -> BaseException | None:
    """What a hand-written caller sees: a transport error, a refusal, or a usable body."""
    if isinstance(answer, httpx.HTTPError):
        return answer
    if isinstance(answer, BaseException):
        raise answer
    if not answer.is_success:
        return httpx.HTTPStatusError("refused", request=answer.request, response=answer)
    if answer.content:
        answer.json()
    return None


def _failures(fleet: Fleet, outcomes: Sequence[object]) -> int:
    """Failed calls among ``outcomes``; an unexpected exception ends the benchmark."""
    if len(outcomes) != len(fleet.device_ids):
        raise RuntimeError(f"{len(outcomes)} calls made for {len(fleet.device_ids)} devices")
    failed = 0
    for outcome in outcomes:
        if isinstance(outcome, ImpCentralError | httpx.HTTPError):
            failed += 1
        elif isinstance(outcome, BaseException):
            raise outcome
    return failed


def _on_new_token(work: Callable[[Fleet, str], Sample], fleet: Fleet, task: str) -> Sample:
    return work(fleet.with_new_token(), task)


# --- rows --------------------------------------------------------------------------------


def run(ctx: Context) -> list[Row]:
    devices = ctx.count(DEVICES)
    emulator = EmulatorProcess(devices, latency=LATENCY, rate_limit=RATE_LIMIT)
    with emulator, tempfile.TemporaryDirectory() as scratch:
        fleet = Fleet.create(emulator, Path(scratch))
        return [row for task in (GET, RESTART) for row in _task_rows(ctx, fleet, task)]


def _task_rows(ctx: Context, fleet: Fleet, task: str) -> list[Row]:
    python = {
        SDK_ASYNC: sdk_async,
        SDK_THREADS: sdk_threads,
        SDK_SEQUENTIAL: sdk_sequential,
        RAW: raw_gather,
        RAW_WINDOWED: raw_windowed,
    }
    contenders = [
        Contender(name, partial(_on_new_token, work, fleet, task)) for name, work in python.items()
    ]
    for name, all_at_once in ((NODE_ALL, True), (NODE_SEQUENTIAL, False)):
        runner = partial(node, ctx, fleet, task, all_at_once=all_at_once)
        contenders.append(Contender(name, runner, ctx.node.unavailable))
    samples = interleave(contenders, ctx.rounds, warm_up=False)

    calls = fleet.calls(task)
    scenario = f"fleet {task}, {len(fleet.device_ids)} devices"
    floor = floor_seconds(calls)
    figure = f"{floor:.2f} s (N/{RATE_LIMIT}: {calls / RATE_LIMIT:.2f} s)"
    rows = [Row(scenario, f"{FLOOR}, N = {calls}", figure, floor, "s", note=_FLOOR)]
    for contender in contenders:
        if contender.unavailable is not None:
            rows.append(skipped(scenario, contender.name, contender.unavailable))
            continue
        row = time_row(scenario, contender.name, samples[contender.name])
        row.ratio = row.value / floor
        row.baseline = FLOOR
        row.note = _NOTES.get(contender.name, "")
        if contender.name in (SDK_ASYNC, SDK_THREADS):
            row.target = f"<= {WITHIN:.2f}x, 0 failed"
            row.met = row.ratio <= WITHIN and row.failed == 0
        rows.append(row)
    return rows
