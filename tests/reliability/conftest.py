"""Shared pieces of the reliability suite: the figures it reports, and emulator helpers.

Every test that measures something records it with the ``figures`` fixture; the numbers are
printed in a "reliability figures" section at the end of the run (no ``-s`` needed) and kept as
JUnit properties.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable

import httpx
import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi

EMAIL = "demo@example.com"
PASSWORD = "demo-password"

_FIGURES: list[tuple[str, str, str]] = []

Record = Callable[[str, object], None]


@pytest.fixture
def figures(request: pytest.FixtureRequest, record_property: Record) -> Record:
    """``figures(name, value)``: report a measured number at the end of the session."""

    def record(name: str, value: object) -> None:
        _FIGURES.append((request.node.name, name, str(value)))
        record_property(name, value)

    return record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _FIGURES:
        return
    terminalreporter.section("reliability figures")
    for test, name, value in _FIGURES:
        terminalreporter.write_line(f"{test}: {name} = {value}")


class EmulatorProcess:
    """``python -m impcentral.emulator`` in its own process (its own GIL: timings measure the
    SDK's pacing, not two programs fighting over one interpreter), on a free loopback port."""

    def __init__(self, *options: str) -> None:
        self.options = options
        self.url = ""
        self.port = 0
        self._process: subprocess.Popen[str] | None = None

    def __enter__(self) -> EmulatorProcess:
        command = [sys.executable, "-m", "impcentral.emulator", "--port", "0", *self.options]
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.__exit__(None, None, None)
            raise RuntimeError("the emulator did not start")
        self.port = int(self.url.rsplit(":", 1)[1].split("/", 1)[0])
        return self

    def __exit__(self, *exc_info: object) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def established_connections(port: int) -> int:
    """Server-side TCP connections of a loopback port in state ESTABLISHED (Linux /proc)."""
    count = 0
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table, encoding="ascii") as handle:
                lines = handle.readlines()[1:]
        except OSError:
            continue
        for line in lines:
            fields = line.split()
            local_port = int(fields[1].rsplit(":", 1)[1], 16)
            if local_port == port and fields[3] == "01":
                count += 1
    return count


class ConnectionSampler:
    """Samples :func:`established_connections` in a thread; ``peak`` is the largest count."""

    def __init__(self, port: int, every: float = 0.02) -> None:
        self.port = port
        self.every = every
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, established_connections(self.port))
            self._stop.wait(self.every)

    def __enter__(self) -> ConnectionSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()


def wait_for_no_connections(port: int, timeout: float = 5.0) -> int:
    """Server-side connections still open once the client closed (0 unless it leaked some)."""
    deadline = time.monotonic() + timeout
    while (left := established_connections(port)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left


# The "status" of an attempt that got no response (a dropped or refused connection).
NO_RESPONSE = 0


class StatusCounter:
    """Counts every attempt a client sends (retries and token renewals included) by the status
    of its response, ``NO_RESPONSE`` for those that got none; through httpx's event hooks."""

    def __init__(self) -> None:
        self._sent = 0
        self._answered: Counter[int] = Counter()
        self._lock = threading.Lock()

    @property
    def statuses(self) -> Counter[int]:
        with self._lock:
            counted = Counter(self._answered)
            missing = self._sent - sum(counted.values())
        if missing:
            counted[NO_RESPONSE] = missing
        return counted

    def sent(self, request: httpx.Request) -> None:
        with self._lock:
            self._sent += 1

    def answered(self, response: httpx.Response) -> None:
        with self._lock:
            self._answered[response.status_code] += 1

    async def async_sent(self, request: httpx.Request) -> None:
        self.sent(request)

    async def async_answered(self, response: httpx.Response) -> None:
        self.answered(response)


def count_statuses(api: ImpCentralApi | AsyncImpCentralApi) -> StatusCounter:
    """Count the status of every attempt ``api`` makes (retries included), from now on."""
    counter = StatusCounter()
    if isinstance(api, AsyncImpCentralApi):
        api._http.event_hooks = {
            "request": [counter.async_sent],
            "response": [counter.async_answered],
        }
    else:
        api._http.event_hooks = {"request": [counter.sent], "response": [counter.answered]}
    return counter


def describe(statuses: Counter[int]) -> str:
    """``{200: 281, 500: 33, ...}`` as text, attempts without a response named as such."""
    return ", ".join(
        f"{'no response' if status == NO_RESPONSE else status}: {n}"
        for status, n in sorted(statuses.items())
    )
