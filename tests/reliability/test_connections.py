"""Connection reuse under 50 threads: the blocking client keeps its connections alive.

httpcore 1.0 closes idle connections whenever its pool holds more than the keep-alive limit of
connections of any kind (httpx's default: 20), also one it has just handed to a waiting thread,
whose request then fails or waits out its timeout on a closed socket (encode/httpcore#1110).
With more than 20 threads that meant a new connection for nearly every request. The SDK's
transport lets its pool keep every connection it opens alive: 50 threads calling without pause
open about one connection each (never more than the pool's 100), and no call fails.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from impcentral import ImpCentralApi, ImpCentralError
from impcentral._transport import DeadlineBackend
from impcentral.emulator import EmulatorServer

from .conftest import EMAIL, PASSWORD, Record

THREADS = 50
CALLS = 20  # per thread
POOL_LIMIT = 100

pytestmark = pytest.mark.impcentral_emulator(rate_limit=0)


def test_fifty_threads_reuse_their_connections(
    impcentral_emulator: EmulatorServer, monkeypatch: pytest.MonkeyPatch, figures: Record
) -> None:
    opened = [0]
    lock = threading.Lock()
    connect = DeadlineBackend.connect_tcp

    def counting(self: DeadlineBackend, *args: Any, **kwargs: Any) -> Any:
        with lock:
            opened[0] += 1
        return connect(self, *args, **kwargs)

    monkeypatch.setattr(DeadlineBackend, "connect_tcp", counting)
    api = ImpCentralApi(impcentral_emulator.url, max_retries=0)
    api.auth.login(EMAIL, PASSWORD)

    def worker() -> list[ImpCentralError]:
        failures = []
        for _ in range(CALLS):
            try:
                api.accounts.get()
            except ImpCentralError as error:
                failures.append(error)
        return failures

    with ThreadPoolExecutor(THREADS) as pool:
        failures = [e for f in [pool.submit(worker) for _ in range(THREADS)] for e in f.result()]
    api.close()
    figures("calls", f"{THREADS * CALLS} from {THREADS} threads")
    figures("connections opened", opened[0])

    assert failures == []
    assert opened[0] <= POOL_LIMIT
