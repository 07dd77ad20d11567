"""What every scenario gets: the shared emulator, a token and ids on it, Node, the settings."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import httpx

from tests.bench._emulator import EmulatorProcess, Fixture
from tests.bench._harness import Sample
from tests.bench._node import Node

#: The raw baselines time out like the SDK does by default, so neither gives up sooner.
TIMEOUT = httpx.Timeout(60.0, connect=10.0)


@dataclass
class Context:
    rounds: int
    scale: float
    node: Node
    emulator: EmulatorProcess
    fixture: Fixture

    def count(self, full: int) -> int:
        """``full`` scaled by ``--scale`` (smoke runs use a fraction of the real sizes)."""
        return max(1, round(full * self.scale))


def timed(work: Callable[[], object], emulator: EmulatorProcess | None = None) -> Sample:
    """Wall time of ``work()``, and the emulator's CPU time meanwhile when one is involved."""
    cpu_before = emulator.cpu_seconds() if emulator is not None else 0.0
    start = time.perf_counter()
    work()
    seconds = time.perf_counter() - start
    if emulator is None:
        return Sample(seconds)
    return Sample(seconds, emulator_cpu=emulator.cpu_seconds() - cpu_before)
