"""What every scenario gets: the settings, Node, and a shared emulator started on first use."""

from __future__ import annotations

import time
from collections.abc import Callable
from contextlib import ExitStack
from functools import cached_property
from types import TracebackType

import httpx

from tests.bench._emulator import EmulatorProcess, Fixture
from tests.bench._harness import Sample
from tests.bench._node import Node

#: The raw baselines time out like the SDK does by default, so neither gives up sooner.
TIMEOUT = httpx.Timeout(60.0, connect=10.0)
#: Devices on the shared emulator: the large end of the ``list_all`` memory scenario.
SHARED_DEVICES = 10_000


class Context:
    """Settings and shared resources of one ``python -m tests.bench`` run.

    ``emulator`` (and its ``fixture``) is the shared zero-latency emulator with rate limiting
    off, started the first time a scenario asks for it; a scenario that needs other settings
    starts its own ``EmulatorProcess``.
    """

    def __init__(self, rounds: int, scale: float, node: Node) -> None:
        self.rounds = rounds
        self.scale = scale
        self.node = node
        self._resources = ExitStack()

    def count(self, full: int) -> int:
        """``full`` scaled by ``--scale`` (smoke runs use a fraction of the real sizes)."""
        return max(1, round(full * self.scale))

    @cached_property
    def emulator(self) -> EmulatorProcess:
        shared = EmulatorProcess(self.count(SHARED_DEVICES))
        return self._resources.enter_context(shared)

    @cached_property
    def fixture(self) -> Fixture:
        return Fixture(self.emulator)

    def __enter__(self) -> Context:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._resources.close()


def timed(work: Callable[[], object], emulator: EmulatorProcess | None = None) -> Sample:
    """Wall time of ``work()``, and the emulator's CPU time meanwhile when one is involved."""
    cpu_before = emulator.cpu_seconds() if emulator is not None else 0.0
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    if emulator is None:
        return Sample(seconds)
    return Sample(seconds, emulator_cpu=emulator.cpu_seconds() - cpu_before)
