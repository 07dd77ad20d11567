"""Token expiry under load: 2-second access tokens while 50 workers call the API for 20 s.

Each client runs ``DURATION`` = 20 s (sync with 50 threads, async with 50 tasks), ten token
lifetimes; ``IMPCENTRAL_RELIABILITY_SECONDS`` sets another length, for a quicker local run.
Tokens issued are counted on the server (the emulator's token store).

Properties: no call fails, and each token lifetime ends in exactly one renewal. No two renewals
come closer than half a lifetime: the SDK renews a token three quarters into its lifetime (its
margin for short tokens), so a shorter gap is a second renewal of the same token. And there are
at least as many renewals as lifetimes in the run (none went by unrenewed), at most one per
renewal period.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi, ImpCentralError, _auth
from impcentral.emulator import EmulatorServer

from .conftest import EMAIL, PASSWORD, Record, count_statuses, describe

TTL = 2.0
DURATION = float(os.environ.get("IMPCENTRAL_RELIABILITY_SECONDS", "20"))
WORKERS = 50

pytestmark = pytest.mark.impcentral_emulator(token_ttl=TTL, rate_limit=0)


@pytest.fixture
def issued(impcentral_emulator: EmulatorServer) -> Iterator[list[float]]:
    """Times (server clock) at which the emulator issued an access token."""
    times: list[float] = []
    store: Any = impcentral_emulator.emulator.store
    issue = store.issue_access_token

    def counting(account_id: str, now: float) -> Any:
        times.append(now)
        return issue(account_id, now)

    store.issue_access_token = counting
    yield times


def check(issued: list[float], failures: list[Any], calls: int, figures: Record) -> None:
    renewals = issued[1:]  # the first token came from the login
    gaps = [later - earlier for earlier, later in itertools.pairwise(issued)]
    figures("calls", calls)
    # Little's law: with WORKERS calls always in flight, each took this long on average; a token
    # must still be valid when its request is served, so this must stay under the margin.
    margin = TTL * _auth.REFRESH_MARGIN_SHARE
    figures("mean call time", f"{WORKERS * DURATION / calls:.2f} s (renewal margin {margin:.1f} s)")
    figures("renewals", f"{len(renewals)} in {DURATION:.0f} s of {TTL:.0f}-second tokens")
    figures("renewal gaps", f"{min(gaps):.2f}..{max(gaps):.2f} s" if gaps else "-")
    assert failures == []
    assert calls > WORKERS * 10
    assert DURATION / TTL - 1 <= len(renewals) <= DURATION / (0.75 * TTL) + 1
    assert all(gap >= TTL / 2 for gap in gaps), gaps


def test_fifty_threads(
    impcentral_emulator: EmulatorServer, issued: list[float], figures: Record
) -> None:
    api = ImpCentralApi(impcentral_emulator.url, max_retries=0)
    api.auth.login(EMAIL, PASSWORD)
    statuses = count_statuses(api)
    end = time.monotonic() + DURATION

    def worker() -> tuple[int, list[Any]]:
        calls, failures = 0, []
        while time.monotonic() < end:
            try:
                api.accounts.get()
            except ImpCentralError as error:
                failures.append(error)
            calls += 1
        return calls, failures

    with ThreadPoolExecutor(WORKERS) as pool:
        results = [f.result() for f in [pool.submit(worker) for _ in range(WORKERS)]]
    api.close()
    figures("attempts by status", describe(statuses.statuses))
    check(issued, [f for _, fs in results for f in fs], sum(c for c, _ in results), figures)


def test_fifty_tasks(
    impcentral_emulator: EmulatorServer, issued: list[float], figures: Record
) -> None:
    async def run() -> tuple[int, list[Any], Any]:
        async with AsyncImpCentralApi(impcentral_emulator.url, max_retries=0) as api:
            await api.auth.login(EMAIL, PASSWORD)
            statuses = count_statuses(api)
            end = time.monotonic() + DURATION
            failures: list[Any] = []
            calls = 0

            async def worker() -> None:
                nonlocal calls
                while time.monotonic() < end:
                    try:
                        await api.accounts.get()
                    except ImpCentralError as error:
                        failures.append(error)
                    calls += 1

            await asyncio.gather(*(worker() for _ in range(WORKERS)))
            return calls, failures, statuses.statuses

    calls, failures, statuses = asyncio.run(run())
    figures("attempts by status", describe(statuses))
    check(issued, failures, calls, figures)
