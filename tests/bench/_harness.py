"""Samples, interleaved rounds, rows, the printed table and the JSON file.

Two CPU cores shared with other work make absolute timings drift; ratios hold up better when
both sides of a comparison see the same load. So a scenario runs its contenders back to back
within a round, rotates their order from round to round, and reports a ratio between two
contenders as the median of the per-round ratios (paired), next to each one's median.
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
    """One run of one contender."""

    #: Wall seconds, or CPU seconds in the scenarios that measure CPU.
    seconds: float
    #: CPU seconds the emulator process spent during the run (None: not measured).
    emulator_cpu: float | None = None
    #: Calls that ended in an error the caller saw (None: not counted).
    failed: int | None = None

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


def interleave(
    contenders: Sequence[Contender], rounds: int, *, warm_up: bool = True
) -> dict[str, list[Sample]]:
    """Run every available contender once per round, after one untimed round if ``warm_up``.

    The order rotates each round, so no contender always runs first (or right after the
    heaviest one).
    """
    runnable = [c for c in contenders if c.unavailable is None]
    if warm_up:
        for contender in runnable:
            contender.run()
    samples: dict[str, list[Sample]] = {c.name: [] for c in runnable}
    for index in range(rounds):
        shift = index % len(runnable) if runnable else 0
        for contender in runnable[shift:] + runnable[:shift]:
            samples[contender.name].append(contender.run())
    return samples


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def paired_ratio(subject: list[Sample], baseline: list[Sample]) -> float:
    """Median of the per-round ratios subject/baseline."""
    pairs = zip(subject, baseline, strict=True)
    return statistics.median(s.seconds / b.seconds for s, b in pairs)


@dataclass
class Row:
    """One line of the table: a contender's figure in a scenario, maybe checked against a target.

    ``ratio`` is the row's figure over the one named by ``baseline``: for times, above 1 is
    slower; for memory, above 1 is more.
    """

    scenario: str
    contender: str
    figure: str
    value: float
    unit: str
    ratio: float | None = None
    baseline: str | None = None
    #: The most failed calls in any round (None: not counted).
    failed: int | None = None
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
    operations: int = 1,
    per: str = "",
    rate: bool = False,
    note: str = "",
) -> Row:
    """A row for a contender: its median, as a total (no ``per``), per operation or a rate."""
    seconds = [s.seconds for s in samples]
    mid = median(seconds)
    shares = [s.emulator_share for s in samples if s.emulator_share is not None]
    failures = [s.failed for s in samples if s.failed is not None]
    if rate:
        figure = f"{operations / mid:,.0f} {per}/s"
    elif per:
        figure = duration(mid / operations) + f"/{per}"
    else:
        figure = duration(mid)
    return Row(
        scenario,
        contender,
        figure,
        mid,
        "s",
        failed=max(failures) if failures else None,
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
) -> None:
    """Fill in ``row``'s paired ratio to a baseline, and whether it stays within ``limit``."""
    row.ratio = paired_ratio(subject, baseline)
    row.baseline = baseline_name
    if limit is not None:
        row.target = f"<= {limit:.2f}x"
        row.met = row.ratio <= limit


def skipped(scenario: str, contender: str, why: str) -> Row:
    """The row of a contender that could not run here."""
    return Row(scenario, contender, "skipped", 0.0, "s", note=why)


def bottleneck_note(rows: Sequence[Row]) -> None:
    """Say so on every row where the emulator, not the client, limited the run."""
    for row in rows:
        if row.emulator_share is not None and row.emulator_share >= EMULATOR_BOUND:
            extra = f"emulator-bound ({row.emulator_share:.0%} busy)"
            row.note = f"{row.note}; {extra}" if row.note else extra


def duration(seconds: float) -> str:
    if seconds >= 1.0:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.1f} us"


# --- output -----------------------------------------------------------------------------------

_COLUMNS = (
    ("scenario", 32),
    ("contender", 29),
    ("median", 24),
    ("ratio", 6),
    ("vs", 27),
    ("failed", 6),
    ("target", 19),
    ("result", 6),
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
            str(row.failed) if row.failed is not None else "",
            row.target or "",
            row.status,
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
