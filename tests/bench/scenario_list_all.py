"""``devices.list_all`` peak memory: walking five times the devices should cost no more memory.

Every device of the shared emulator (10,000) is walked, and then every device of a second
emulator with a fifth of them (2,000), by the SDK (sync and async) and by raw httpx loops that
follow ``links.next``; the row's ratio is the peak at the large size over the peak at the small
one. A client that kept anything per device (even an id, ~100 bytes) would grow visibly.
"""

from __future__ import annotations

import asyncio
import gc
import json
import tracemalloc
from collections.abc import Callable

import httpx

from impcentral import AsyncImpCentralApi, ImpCentralApi
from tests.bench._context import TIMEOUT, Context
from tests.bench._emulator import EmulatorProcess, Fixture
from tests.bench._harness import Row, median

SDK_SYNC = "SDK sync"
SDK_ASYNC = "SDK async"
RAW_SYNC = "raw httpx.Client"
RAW_ASYNC = "raw httpx.AsyncClient"
PAGE_SIZE = 100
#: "Flat": five times the devices may cost at most this much more peak memory.
FLAT = 1.25
_MEMORY_RUNS = 3


class Walkers:
    """One way per contender to walk every device of one emulator, counting them."""

    def __init__(self, fx: Fixture) -> None:
        self.fx = fx
        self.first = f"{fx.url}/devices?page[number]=1&page[size]={PAGE_SIZE}"
        self.loop = asyncio.new_event_loop()
        self.api = ImpCentralApi(fx.url, access_token=fx.token)
        self.raw = httpx.Client(headers=fx.headers, timeout=TIMEOUT)
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


def peak_bytes(walk: Callable[[], int], expected: int) -> int:
    """tracemalloc's peak while walking (allocations before the walk not counted); median of
    a few walks after one untraced warm-up."""
    walk()
    peaks = []
    for _ in range(_MEMORY_RUNS):
        gc.collect()
        tracemalloc.start()
        try:
            count = walk()
            peaks.append(tracemalloc.get_traced_memory()[1])
        finally:
            tracemalloc.stop()
        if count != expected:
            raise RuntimeError(f"walked {count} devices, expected {expected}")
    return int(median(peaks))


def _peaks(fx: Fixture) -> dict[str, int]:
    walkers = Walkers(fx)
    try:
        n = len(fx.device_ids)
        return {name: peak_bytes(walk, n) for name, walk in walkers.by_name().items()}
    finally:
        walkers.close()


def run(ctx: Context) -> list[Row]:
    n = len(ctx.fixture.device_ids)
    large = _peaks(ctx.fixture)
    small_n = max(1, n // 5)
    with EmulatorProcess(small_n) as small_emulator:
        small = _peaks(Fixture(small_emulator))
    scenario = f"list_all memory, {small_n:,} -> {n:,}"
    rows = []
    for name in (SDK_SYNC, SDK_ASYNC, RAW_SYNC, RAW_ASYNC):
        row = Row(
            scenario,
            name,
            f"{small[name] / 1024:,.0f} -> {large[name] / 1024:,.0f} KiB",
            large[name],
            "bytes",
            ratio=large[name] / small[name],
            baseline=f"{small_n:,} devices",
            samples=[small[name], large[name]],
        )
        if name in (SDK_SYNC, SDK_ASYNC):
            row.target = f"<= {FLAT:.2f}x (flat)"
            row.met = row.ratio is not None and row.ratio <= FLAT
        else:
            row.note = (
                "raw httpx: each response and its stream wrapper refer to each other, so pages "
                "wait for the cyclic GC (informative, no target)"
            )
        rows.append(row)
    return rows
