"""Single-resource GETs: sequential end to end, client side only, and 1,000 at once."""

from __future__ import annotations

import asyncio
import json
import tempfile
from pathlib import Path

import httpx

from impcentral import AsyncImpCentralApi, ImpCentralApi
from tests.bench._context import TIMEOUT, Context, timed
from tests.bench._harness import Contender, Row, Sample, compare, interleave, median, time_row

SDK_SYNC = "sync SDK"
SDK_ASYNC = "AsyncImpCentralApi"
RAW_SYNC = "raw httpx.Client"
RAW_ASYNC = "raw AsyncClient, 20 at once"
RAW_NAIVE = "raw AsyncClient, all at once"
NODE = "Node imp-central-api"
END_TO_END = 1.10
CLIENT_SIDE = 1.5
#: Requests the raw async baseline lets into httpx's pool at once: the cap the SDK's own async
#: client uses (impcentral._pacing.ASYNC_MAX_IN_FLIGHT), so both send the same way.
IN_FLIGHT = 20
#: Raw clients wait for a pooled connection as long as it takes: with hundreds of requests
#: queued in httpcore's pool, the default pool timeout can expire before the run completes, and
#: a connection opened while the event loop is busy with those requests can be noticed only
#: after the default 10 s connect timeout.
QUEUE_TIMEOUT = httpx.Timeout(60.0, pool=None)


def _check(response: httpx.Response) -> bytes:
    """What any caller does at least: refuse a failure, keep the body."""
    if not response.is_success:
        raise RuntimeError(f"HTTP {response.status_code}: {response.text[:200]}")
    return response.content


def sequential_get(ctx: Context) -> list[Row]:
    """N sequential ``products.get`` of one product: sync SDK, raw httpx + json.loads, Node."""
    n = ctx.count(2000)
    fx, emulator = ctx.fixture, ctx.emulator
    scenario = f"{n:,} sequential products.get"
    api = ImpCentralApi(fx.url, access_token=fx.token)
    raw = httpx.Client(headers=fx.headers, timeout=TIMEOUT)
    url = f"{fx.url}/products/{fx.product_id}"

    def sdk() -> None:
        get, product_id = api.products.get, fx.product_id
        for _ in range(n):
            get(product_id)

    def baseline() -> None:
        get = raw.get
        for _ in range(n):
            json.loads(_check(get(url)))

    contenders = [
        Contender(SDK_SYNC, lambda: timed(sdk, emulator)),
        Contender(RAW_SYNC, lambda: timed(baseline, emulator)),
        Contender(
            NODE,
            lambda: ctx.node.run("get-products", emulator, product=fx.product_id, count=n),
            ctx.node.unavailable,
        ),
    ]
    try:
        samples = interleave(contenders, ctx.rounds)
    finally:
        api.close()
        raw.close()
    return _rows(scenario, samples, n, "req", SDK_SYNC, RAW_SYNC, ctx.node.unavailable)


def client_side_get(ctx: Context) -> list[Row]:
    """The same calls over an in-memory transport that answers with a recorded body: what the
    client itself costs per request, with no server and no socket."""
    n = ctx.count(2000)
    fx = ctx.fixture
    scenario = f"{n:,} products.get, client side"
    with httpx.Client(headers=fx.headers, timeout=TIMEOUT) as client:
        body = _check(client.get(f"{fx.url}/products/{fx.product_id}"))
    headers = {"Content-Type": "application/vnd.api+json"}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers=headers)

    endpoint = "https://api.example.test/v5"
    api = ImpCentralApi(
        endpoint,
        access_token=fx.token,
        http_client=httpx.Client(transport=httpx.MockTransport(answer)),
    )
    raw = httpx.Client(transport=httpx.MockTransport(answer), headers=fx.headers, timeout=TIMEOUT)
    url = f"{endpoint}/products/{fx.product_id}"

    def sdk() -> None:
        get, product_id = api.products.get, fx.product_id
        for _ in range(n):
            get(product_id)

    def baseline() -> None:
        get = raw.get
        for _ in range(n):
            json.loads(_check(get(url)))

    contenders = [
        Contender(SDK_SYNC, lambda: timed(sdk)),
        Contender(RAW_SYNC, lambda: timed(baseline)),
    ]
    try:
        samples = interleave(contenders, ctx.rounds)
    finally:
        api.close()
        raw.close()
    sdk_row = time_row(scenario, SDK_SYNC, samples[SDK_SYNC], operations=n, per="req")
    compare(sdk_row, samples[SDK_SYNC], RAW_SYNC, samples[RAW_SYNC], limit=CLIENT_SIDE)
    raw_row = time_row(scenario, RAW_SYNC, samples[RAW_SYNC], operations=n, per="req")
    return [sdk_row, raw_row]


def concurrent_get(ctx: Context) -> list[Row]:
    """N ``devices.get`` of N different devices, all at once: AsyncImpCentralApi with
    asyncio.gather, raw httpx.AsyncClient with asyncio.gather, Node with Promise.all.

    Raw httpx runs twice: gathering every request straight into the pool (as written first),
    and through a semaphore of 20, which is what the SDK's own client does internally; the SDK's
    target is against the latter, so that both send the same way and only client cost differs.
    """
    n = ctx.count(1000)
    fx, emulator = ctx.fixture, ctx.emulator
    ids = fx.device_ids[:n]
    scenario = f"{len(ids):,} concurrent devices.get"
    loop = asyncio.new_event_loop()

    async def clients() -> tuple[AsyncImpCentralApi, httpx.AsyncClient]:
        return (
            AsyncImpCentralApi(fx.url, access_token=fx.token),
            httpx.AsyncClient(headers=fx.headers, timeout=QUEUE_TIMEOUT),
        )

    api, raw = loop.run_until_complete(clients())
    gate = asyncio.Semaphore(IN_FLIGHT)

    async def sdk() -> None:
        get = api.devices.get
        await asyncio.gather(*(get(device_id) for device_id in ids))

    async def get_one(device_id: str) -> object:
        async with gate:
            response = await raw.get(f"{fx.url}/devices/{device_id}")
        return json.loads(_check(response))

    async def baseline() -> None:
        await asyncio.gather(*(get_one(device_id) for device_id in ids))

    async def naive() -> None:
        responses = await asyncio.gather(*(raw.get(f"{fx.url}/devices/{i}") for i in ids))
        for response in responses:
            json.loads(_check(response))

    with tempfile.TemporaryDirectory() as scratch:
        ids_file = Path(scratch) / "ids.json"
        ids_file.write_text(json.dumps(ids), encoding="utf-8")
        contenders = [
            Contender(SDK_ASYNC, lambda: timed(lambda: loop.run_until_complete(sdk()), emulator)),
            Contender(
                RAW_ASYNC, lambda: timed(lambda: loop.run_until_complete(baseline()), emulator)
            ),
            Contender(RAW_NAIVE, lambda: timed(lambda: loop.run_until_complete(naive()), emulator)),
            Contender(
                NODE,
                lambda: ctx.node.run("get-devices", emulator, ids_file=ids_file),
                ctx.node.unavailable,
            ),
        ]
        try:
            samples = interleave(contenders, ctx.rounds)
        finally:
            loop.run_until_complete(api.aclose())
            loop.run_until_complete(raw.aclose())
            loop.close()
    rows = _rows(scenario, samples, len(ids), "req", SDK_ASYNC, RAW_ASYNC, ctx.node.unavailable)
    naive_row = time_row(scenario, RAW_NAIVE, samples[RAW_NAIVE], operations=len(ids), per="req")
    naive_row.note = (
        "every request gathered straight into httpx's pool (100 connections, 20 kept alive): "
        "httpcore re-checks each waiting request whenever a connection changes state"
    )
    rows.insert(-1, naive_row)
    return rows


def _rows(
    scenario: str,
    samples: dict[str, list[Sample]],
    n: int,
    per: str,
    sdk: str,
    raw: str,
    node_unavailable: str | None,
) -> list[Row]:
    """The SDK against raw httpx (end-to-end target) and against Node (must be faster), then
    the baselines' own figures."""
    rows = [time_row(scenario, sdk, samples[sdk], operations=n, per=per)]
    compare(rows[0], samples[sdk], raw, samples[raw], limit=END_TO_END)
    if node_unavailable is None:
        versus_node = time_row(scenario, sdk, samples[sdk], operations=n, per=per)
        compare(versus_node, samples[sdk], NODE, samples[NODE])
        versus_node.target = "< 1.00x (faster)"
        versus_node.met = versus_node.ratio is not None and versus_node.ratio < 1.0
        raw_median = median([sample.seconds for sample in samples[raw]])
        node_median = median([sample.seconds for sample in samples[NODE]])
        if not versus_node.met and node_median < raw_median:
            versus_node.note = (
                f"{raw} alone takes {raw_median / node_median:.2f}x Node's time here: "
                "the Python HTTP stack, which the SDK's own connections replace in part"
            )
        rows.append(versus_node)
    rows.append(time_row(scenario, raw, samples[raw], operations=n, per=per))
    if node_unavailable is None:
        rows.append(time_row(scenario, NODE, samples[NODE], operations=n, per=per))
    else:
        rows.append(Row(scenario, NODE, "skipped", 0.0, "s", note=node_unavailable))
    return rows
