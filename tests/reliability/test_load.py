"""Load: many threads and many asyncio tasks against the emulator's rate limit.

``LOAD_REQUESTS`` = 2,000 requests per run, from 50 threads and from 500 asyncio tasks, against
the emulator with ``--rate-limit 40`` (the service's real limit of 40 requests per one-second
window and token): a floor of 50 s per run. ``IMPCENTRAL_RELIABILITY_REQUESTS`` sets another
count, for a quicker local run with the same limit and the same properties.

Properties: every call returns a result (no 429, no other error reaches the caller), the run
takes at most 15 % longer than requests / limit, and the emulator never sees more connections
than httpx's pool allows (100), none left open once the client is closed.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi

from .conftest import (
    EMAIL,
    PASSWORD,
    ConnectionSampler,
    EmulatorProcess,
    Record,
    count_statuses,
    describe,
    wait_for_no_connections,
)

RATE_LIMIT = 40
LOAD_REQUESTS = int(os.environ.get("IMPCENTRAL_RELIABILITY_REQUESTS", "2000"))
FLOOR = LOAD_REQUESTS / RATE_LIMIT
# httpx's default pool: at most 100 connections to one host.
POOL_LIMIT = 100
# Enough retries that a request refused once or twice while the pace settles still succeeds.
MAX_RETRIES = 8


@pytest.fixture(scope="module")
def emulator() -> Any:
    with EmulatorProcess("--rate-limit", str(RATE_LIMIT)) as process:
        yield process


def report(figures: Record, label: str, elapsed: float, statuses: Any, peak: int) -> None:
    figures(f"{label} requests", f"{LOAD_REQUESTS} at --rate-limit {RATE_LIMIT}")
    figures(f"{label} time", f"{elapsed:.2f} s (floor {FLOOR:.1f} s, x{elapsed / FLOOR:.3f})")
    figures(f"{label} attempts by status", describe(statuses))
    figures(f"{label} peak server-side connections", peak)


def test_fifty_threads(emulator: EmulatorProcess, figures: Record) -> None:
    api = ImpCentralApi(emulator.url, max_retries=MAX_RETRIES)
    api.auth.login(EMAIL, PASSWORD)
    calls: list[Callable[[], Any]] = [api.accounts.get, api.devices.list, api.products.list]
    statuses = count_statuses(api)
    work = itertools.count()

    def worker() -> list[Any]:
        results = []
        while (n := next(work)) < LOAD_REQUESTS:
            results.append(calls[n % len(calls)]())
        return results

    with ConnectionSampler(emulator.port) as sampler:
        started = time.monotonic()
        with ThreadPoolExecutor(50) as pool:
            results = [r for f in [pool.submit(worker) for _ in range(50)] for r in f.result()]
        elapsed = time.monotonic() - started
    api.close()
    report(figures, "threads", elapsed, statuses.statuses, sampler.peak)

    assert len(results) == LOAD_REQUESTS and all(r is not None for r in results)
    assert statuses.statuses[200] == LOAD_REQUESTS
    assert set(statuses.statuses) <= {200, 429}
    assert elapsed <= FLOOR * 1.15
    assert 0 < sampler.peak <= POOL_LIMIT
    assert wait_for_no_connections(emulator.port) == 0


def test_five_hundred_tasks(emulator: EmulatorProcess, figures: Record) -> None:
    async def run() -> tuple[list[Any], float, Any]:
        async with AsyncImpCentralApi(emulator.url, max_retries=MAX_RETRIES) as api:
            await api.auth.login(EMAIL, PASSWORD)
            calls: list[Callable[[], Awaitable[Any]]] = [
                api.accounts.get,
                api.devices.list,
                api.products.list,
            ]
            statuses = count_statuses(api)
            work = itertools.count()
            results: list[Any] = []

            async def worker() -> None:
                while (n := next(work)) < LOAD_REQUESTS:
                    results.append(await calls[n % len(calls)]())

            started = time.monotonic()
            await asyncio.gather(*(worker() for _ in range(500)))
            return results, time.monotonic() - started, statuses.statuses

    with ConnectionSampler(emulator.port) as sampler:
        results, elapsed, statuses = asyncio.run(run())
    report(figures, "asyncio tasks", elapsed, statuses, sampler.peak)

    assert len(results) == LOAD_REQUESTS and all(r is not None for r in results)
    assert statuses[200] == LOAD_REQUESTS
    assert set(statuses) <= {200, 429}
    assert elapsed <= FLOOR * 1.15
    assert 0 < sampler.peak <= POOL_LIMIT
    assert wait_for_no_connections(emulator.port) == 0
