"""Timing, interleaving, ratios, the printed table and the JSON file.

Two CPU cores shared with other work make absolute timings drift; ratios hold up better when
both sides of a comparison see the same load. So every scenario runs its contenders back to
back within a round, rotates their order from round to round, and reports each ratio as the
median of the per-round ratios (paired), next to the median time of each contender.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

#: The emulator counts as the bottleneck of a run when it was on a CPU this share of the time.
EMULATOR_BOUND = 0.8


@dataclass
class Sample:
    """One timed run of one contender."""

    seconds: float
    #: CPU seconds the emulator process spent during the run (None: no emulator involved).
    emulator_cpu: float | None = None
    #: tracemalloc peak during the run, for the memory scenarios.
    peak_bytes: int | None = None

    @property
    def emulator_share(self) -> float | None:
        if self.emulator_cpu is None or self.seconds <= 0:
            return None
        return self.emulator_cpu / self.seconds


@dataclass
class Contender:
    name: str
    run: Callable[[], Sample]
    #: Why this contender cannot run here (e.g. no Node.js); it is then reported, not run.
    unavailable: str | None = None


def interleave(contenders: Sequence[Contender], rounds: int) -> dict[str, list[Sample]]:
    """Run every available contender once per round, plus one untimed warm-up round.

    The order rotates each round, so no contender always runs first (or right after the
    heaviest one).
    """
    runnable = [c for c in contenders if c.unavailable is None]
    for contender in runnable:
        contender.run()
    samples: dict[str, list[Sample]] = {c.name: [] for c in runnable}
    for index in range(rounds):
        shift = index % len(runnable) if runnable else 0
        for contender in runnable[shift:] + runnable[:shift]:
            samples[contender.name].append(contender.run())
    return samples


def paired_ratio(subject: list[float], baseline: list[float]) -> float:
    """Median of the per-round ratios subject/baseline."""
    return statistics.median(s / b for s, b in zip(subject, baseline, strict=True))


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


@dataclass
class Row:
    """One line of the table: a contender's figure in a scenario, maybe checked against a target.

    ``ratio`` is subject/baseline: for times, above 1 is slower; for memory, above 1 is more.
    """

    scenario: str
    contender: str
    figure: str
    value: float
    unit: str
    ratio: float | None = None
    baseline: str | None = None
    target: str | None = None
    met: bool | None = None
    emulator_share: float | None = None
    note: str = ""
    samples: list[float] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.met is None:
            return ""
        return "met" if self.met else "MISSED"


def time_row(
    scenario: str,
    contender: str,
    samples: list[Sample],
    *,
    operations: int,
    per: str = "op",
    rate: bool = False,
    note: str = "",
) -> Row:
    """A row for a timed contender: median seconds, shown per operation or as a rate."""
    seconds = [s.seconds for s in samples]
    mid = median(seconds)
    shares = [s.emulator_share for s in samples if s.emulator_share is not None]
    figure = f"{operations / mid:,.0f} {per}/s" if rate else _per_op(mid / operations, per)
    return Row(
        scenario,
        contender,
        figure,
        mid,
        "s",
        emulator_share=median(shares) if shares else None,
        note=note,
        samples=seconds,
    )


def compare(
    row: Row,
    subject: list[Sample],
    baseline_name: str,
    baseline: list[Sample],
    *,
    limit: float | None = None,
    target: str | None = None,
) -> None:
    """Fill in ``row``'s ratio to a baseline, and whether it stays within ``limit``."""
    row.ratio = paired_ratio([s.seconds for s in subject], [s.seconds for s in baseline])
    row.baseline = baseline_name
    if limit is not None:
        row.target = target or f"<= {limit:.2f}x {baseline_name}"
        row.met = row.ratio <= limit


def bottleneck_note(rows: Sequence[Row]) -> None:
    """Say so on every row where the emulator, not the client, limited the run."""
    for row in rows:
        if row.emulator_share is not None and row.emulator_share >= EMULATOR_BOUND:
            extra = f"emulator-bound ({row.emulator_share:.0%} busy)"
            row.note = f"{row.note}; {extra}" if row.note else extra


def _per_op(seconds: float, per: str) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.3f} ms/{per}"
    return f"{seconds * 1e6:.1f} us/{per}"


# --- output -----------------------------------------------------------------------------------

_COLUMNS = (
    ("scenario", 38),
    ("contender", 22),
    ("median", 20),
    ("ratio", 6),
    ("vs", 21),
    ("target", 28),
    ("result", 6),
    ("emu busy", 8),
)


def render(rows: Sequence[Row]) -> str:
    """The table as text: one line per row, notes under the table."""
    header = " | ".join(name.ljust(width) for name, width in _COLUMNS)
    lines = [header, "-+-".join("-" * width for _, width in _COLUMNS)]
    notes: list[str] = []
    previous = None
    for row in rows:
        cells = (
            row.scenario if row.scenario != previous else "",
            row.contender,
            row.figure,
            f"{row.ratio:.2f}x" if row.ratio is not None else "",
            row.baseline or "",
            row.target or "",
            row.status,
            f"{row.emulator_share:.0%}" if row.emulator_share is not None else "",
        )
        previous = row.scenario
        marker = ""
        if row.note:
            if row.note not in notes:
                notes.append(row.note)
            marker = f" [{notes.index(row.note) + 1}]"
        line = " | ".join(
            cell.ljust(width) for cell, (_, width) in zip(cells, _COLUMNS, strict=True)
        )
        lines.append(line.rstrip() + marker)
    lines.append("")
    lines.extend(f"[{number}] {note}" for number, note in enumerate(notes, 1))
    return "\n".join(lines)


def environment() -> dict[str, Any]:
    import httpx

    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "load_average": list(load) if load else None,
        "httpx": httpx.__version__,
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def write_json(path: Path, rows: Sequence[Row], meta: dict[str, Any]) -> None:
    document = {
        "meta": meta,
        "rows": [{**asdict(row), "result": row.status or None} for row in rows],
    }
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
