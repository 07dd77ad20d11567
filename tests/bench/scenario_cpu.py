"""Client CPU per call: what the SDK itself costs, next to raw httpx making the same calls.

``devices.get`` of N different devices on the shared emulator (its own process, no latency, no
rate limit), timed with ``time.process_time``: the CPU time of this process alone, all its
threads included, so neither the emulator's work nor waiting on the socket counts. Two forms:
one call at a time (``ImpCentralApi`` against ``httpx.Client`` + ``json.loads``) and all at once
(``AsyncImpCentralApi`` with ``asyncio.gather`` against ``httpx.AsyncClient`` with
``asyncio.gather``). The clients are made once: the figure is a call's cost in a running
program, after the untimed warm-up round.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable

import httpx

from impcentral import AsyncImpCentralApi, ImpCentralApi
from tests.bench._context import TIMEOUT, Context
from tests.bench._harness import Contender, Row, Sample, compare, interleave, time_row

CALLS = 1000
LIMIT = 1.2
#: Requests the raw async baseline lets into httpx's pool at once. Without a cap, hundreds of
#: requests wait inside httpcore's pool, which re-examines every waiting request whenever a
#: connection changes state: a cost no careful hand-written client pays, so no fair baseline.
RAW_IN_FLIGHT = 20

SDK_SYNC = "SDK sync, one at a time"
RAW_SYNC = "raw httpx.Client"
SDK_ASYNC = "SDK async, asyncio.gather"
RAW_ASYNC = f"raw AsyncClient, {RAW_IN_FLIGHT} at once"
_NOTE = (
    "CPU time of the client process (time.process_time) per call; the raw baselines parse "
    "each body with json.loads, the SDK builds typed models"
)


def _cpu(work: Callable[[], object]) -> Sample:
    start = time.process_time()
    work()
    return Sample(time.process_time() - start)


def _body(response: httpx.Response) -> bytes:
    if not response.is_success:
        raise RuntimeError(f"HTTP {response.status_code}: {response.text[:200]}")
    return response.content


def run(ctx: Context) -> list[Row]:
    fx = ctx.fixture
    ids = fx.device_ids[: ctx.count(CALLS)]
    loop = asyncio.new_event_loop()

    async def async_clients() -> tuple[AsyncImpCentralApi, httpx.AsyncClient]:
        return (
            AsyncImpCentralApi(fx.url, access_token=fx.token),
            httpx.AsyncClient(headers=fx.headers, timeout=TIMEOUT),
        )

    api = ImpCentralApi(fx.url, access_token=fx.token)
    raw = httpx.Client(headers=fx.headers, timeout=TIMEOUT)
    async_api, async_raw = loop.run_until_complete(async_clients())
    gate = asyncio.Semaphore(RAW_IN_FLIGHT)

    def sdk() -> None:
        get = api.devices.get
        for device_id in ids:
            get(device_id)

    def baseline() -> None:
        get = raw.get
        for device_id in ids:
            json.loads(_body(get(f"{fx.url}/devices/{device_id}")))

    async def sdk_async() -> None:
        get = async_api.devices.get
        await asyncio.gather(*(get(device_id) for device_id in ids))

    async def get_one(device_id: str) -> object:
        async with gate:
            response = await async_raw.get(f"{fx.url}/devices/{device_id}")
        return json.loads(_body(response))

    async def baseline_async() -> None:
        await asyncio.gather(*(get_one(device_id) for device_id in ids))

    contenders = [
        Contender(SDK_SYNC, lambda: _cpu(sdk)),
        Contender(RAW_SYNC, lambda: _cpu(baseline)),
        Contender(SDK_ASYNC, lambda: _cpu(lambda: loop.run_until_complete(sdk_async()))),
        Contender(RAW_ASYNC, lambda: _cpu(lambda: loop.run_until_complete(baseline_async()))),
    ]
    try:
        samples = interleave(contenders, ctx.rounds)
    finally:
        api.close()
        raw.close()
        loop.run_until_complete(async_api.aclose())
        loop.run_until_complete(async_raw.aclose())
        loop.close()
    scenario = f"client CPU, {len(ids):,} devices.get"
    rows = []
    for sdk_name, raw_name in ((SDK_SYNC, RAW_SYNC), (SDK_ASYNC, RAW_ASYNC)):
        row = time_row(scenario, sdk_name, samples[sdk_name], operations=len(ids), per="call")
        compare(row, samples[sdk_name], raw_name, samples[raw_name], limit=LIMIT)
        row.note = _NOTE
        raw_row = time_row(scenario, raw_name, samples[raw_name], operations=len(ids), per="call")
        rows += [row, raw_row]
    return rows
