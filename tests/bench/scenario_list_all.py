"""``devices.list_all`` over every device: time against raw httpx, and peak memory at two sizes."""

from __future__ import annotations

import asyncio
import gc
import json
import tracemalloc
from collections.abc import Callable

import httpx

from impcentral import AsyncImpCentralApi, ImpCentralApi
from tests.bench._context import TIMEOUT, Context, timed
from tests.bench._emulator import EmulatorProcess, Fixture
from tests.bench._harness import (
    Contender,
    Row,
    Sample,
    compare,
    interleave,
    median,
    time_row,
)

SDK_SYNC = "sync SDK"
SDK_ASYNC = "AsyncImpCentralApi"
RAW_SYNC = "raw httpx.Client"
RAW_ASYNC = "raw httpx.AsyncClient"
PAGE_SIZE = 100
END_TO_END = 1.10
#: "Flat": five times the devices may cost at most this much more peak memory. Keeping even one
#: id per device (~100 bytes each) would about double the peak from 2,000 to 10,000 devices.
FLAT = 1.25
_MEMORY_RUNS = 3


class Walkers:
    """One way per contender to walk every device of one emulator, counting them."""

    def __init__(self, fx: Fixture, transport: httpx.MockTransport | None = None) -> None:
        """``transport``: answer the sync walkers from memory instead of the emulator."""
        self.fx = fx
        self.first = f"{fx.url}/devices?page[number]=1&page[size]={PAGE_SIZE}"
        self.loop = asyncio.new_event_loop()
        own = httpx.Client(transport=transport) if transport is not None else None
        self.api = ImpCentralApi(fx.url, access_token=fx.token, http_client=own)
        self.raw = httpx.Client(headers=fx.headers, timeout=TIMEOUT, transport=transport)
        self.async_api, self.async_raw = self.loop.run_until_complete(self._async_clients())

    async def _async_clients(self) -> tuple[AsyncImpCentralApi, httpx.AsyncClient]:
        return (
            AsyncImpCentralApi(self.fx.url, access_token=self.fx.token),
            httpx.AsyncClient(headers=self.fx.headers, timeout=TIMEOUT),
        )

    def close(self) -> None:
        self.api.close()
        self.raw.close()
        self.loop.run_until_complete(self.async_api.aclose())
        self.loop.run_until_complete(self.async_raw.aclose())
        self.loop.close()

    def by_name(self) -> dict[str, Callable[[], int]]:
        return {
            SDK_SYNC: self.sdk,
            SDK_ASYNC: lambda: self.loop.run_until_complete(self.sdk_async()),
            RAW_SYNC: self.baseline,
            RAW_ASYNC: lambda: self.loop.run_until_complete(self.baseline_async()),
        }

    def sdk(self) -> int:
        count = 0
        for _device in self.api.devices.list_all(page_size=PAGE_SIZE):
            count += 1
        return count

    async def sdk_async(self) -> int:
        count = 0
        async for _device in self.async_api.devices.list_all(page_size=PAGE_SIZE):
            count += 1
        return count

    def baseline(self) -> int:
        count = 0
        url: str | None = self.first
        while url:
            response = self.raw.get(url)
            page = json.loads(_body(response))
            for _device in page["data"]:
                count += 1
            url = _next(response, page)
        return count

    async def baseline_async(self) -> int:
        count = 0
        url: str | None = self.first
        while url:
            response = await self.async_raw.get(url)
            page = json.loads(_body(response))
            for _device in page["data"]:
                count += 1
            url = _next(response, page)
        return count


def _body(response: httpx.Response) -> bytes:
    if not response.is_success:
        raise RuntimeError(f"HTTP {response.status_code}: {response.text[:200]}")
    return response.content


def _next(response: httpx.Response, page: dict[str, object]) -> str | None:
    links = page.get("links")
    following = links.get("next") if isinstance(links, dict) else None
    return str(response.url.join(following)) if following else None


def _timed_walk(
    walk: Callable[[], int], expected: int, emulator: EmulatorProcess | None
) -> Callable[[], Sample]:
    def check() -> None:
        count = walk()
        if count != expected:
            raise RuntimeError(f"walked {count} devices, expected {expected}")

    return lambda: timed(check, emulator)


def peak_bytes(walk: Callable[[], int]) -> int:
    """tracemalloc's peak while walking (allocations before the walk not counted); median of
    a few walks after one untraced warm-up."""
    walk()
    peaks = []
    for _ in range(_MEMORY_RUNS):
        gc.collect()
        tracemalloc.start()
        try:
            walk()
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
    return int(median(peaks))


def list_all(ctx: Context) -> list[Row]:
    fx, emulator = ctx.fixture, ctx.emulator
    n = len(fx.device_ids)
    scenario = f"list_all over {n:,} devices"
    walkers = Walkers(fx)
    walks = walkers.by_name()
    try:
        contenders = [
            Contender(name, _timed_walk(walk, n, emulator)) for name, walk in walks.items()
        ]
        samples = interleave(contenders, ctx.rounds)
        large = {name: peak_bytes(walk) for name, walk in walks.items()}
    finally:
        walkers.close()
    rows = []
    for sdk, raw in ((SDK_SYNC, RAW_SYNC), (SDK_ASYNC, RAW_ASYNC)):
        row = time_row(scenario, sdk, samples[sdk], operations=n, per="device")
        compare(row, samples[sdk], raw, samples[raw], limit=END_TO_END)
        row.note = (
            "the SDK asks for the next page as soon as it has read one, and builds that page's "
            "models meanwhile; the raw loop, as most hand-written ones, reads a page at a time"
        )
        rows.append(row)
    for raw in (RAW_SYNC, RAW_ASYNC):
        rows.append(time_row(scenario, raw, samples[raw], operations=n, per="device"))
    return rows + _client_side_rows(ctx, n) + _memory_rows(ctx, n, large)


def _client_side_rows(ctx: Context, n: int) -> list[Row]:
    """The same walk over the same pages replayed from memory: what parsing costs per device
    (typed models in the SDK, ``json.loads`` dicts in the baseline), with no server."""
    fx = ctx.fixture
    pages: dict[str | None, bytes] = {}
    with httpx.Client(headers=fx.headers, timeout=TIMEOUT) as client:
        url: str | None = f"{fx.url}/devices?page[number]=1&page[size]={PAGE_SIZE}"
        while url:
            response = client.get(url)
            pages[response.url.params.get("page[number]")] = _body(response)
            url = _next(response, json.loads(response.content))
    headers = {"Content-Type": "application/vnd.api+json"}

    def answer(request: httpx.Request) -> httpx.Response:
        body = pages[request.url.params.get("page[number]")]
        return httpx.Response(200, content=body, headers=headers)

    walkers = Walkers(fx, transport=httpx.MockTransport(answer))
    try:
        contenders = [
            Contender(SDK_SYNC, _timed_walk(walkers.sdk, n, None)),
            Contender(RAW_SYNC, _timed_walk(walkers.baseline, n, None)),
        ]
        samples = interleave(contenders, ctx.rounds)
    finally:
        walkers.close()
    scenario = f"list_all over {n:,} devices, client side"
    row = time_row(scenario, SDK_SYNC, samples[SDK_SYNC], operations=n, per="device")
    compare(row, samples[SDK_SYNC], RAW_SYNC, samples[RAW_SYNC])
    row.note = "the SDK builds typed models (generated from_dict) for every device"
    return [row, time_row(scenario, RAW_SYNC, samples[RAW_SYNC], operations=n, per="device")]


def _memory_rows(ctx: Context, n: int, large: dict[str, int]) -> list[Row]:
    """Peak memory at n devices against a second emulator with a fifth of them."""
    small_n = max(1, n // 5)
    with EmulatorProcess(small_n) as small_emulator:
        walkers = Walkers(Fixture(small_emulator))
        try:
            small = {name: peak_bytes(walk) for name, walk in walkers.by_name().items()}
        finally:
            walkers.close()
    scenario = f"list_all peak memory, {small_n:,} -> {n:,}"
    rows = []
    for name in (SDK_SYNC, SDK_ASYNC, RAW_SYNC, RAW_ASYNC):
        growth = large[name] / small[name]
        row = Row(
            scenario,
            name,
            f"{small[name] / 1024:,.0f} -> {large[name] / 1024:,.0f} KiB",
            large[name],
            "bytes",
            ratio=growth,
            baseline=f"{small_n:,} devices",
            samples=[small[name], large[name]],
        )
        if name in (SDK_SYNC, SDK_ASYNC):
            row.target = f"<= {FLAT:.2f}x (flat)"
            row.met = growth <= FLAT
        else:
            row.note = (
                "raw httpx: each response and its stream wrapper refer to each other, so pages "
                "wait for the cyclic GC; the SDK breaks that cycle"
            )
        rows.append(row)
    return rows
