"""Cold ``import impcentral`` against cold ``import httpx``: each in a fresh interpreter."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.bench._context import Context
from tests.bench._harness import Contender, Row, Sample, compare, interleave, median, time_row

LIMIT = 0.3
_PROBE = (
    "import time; start = time.perf_counter(); import {module}; print(time.perf_counter() - start)"
)


def _environment(write_bytecode: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _import_seconds(module: str, env: dict[str, str]) -> float:
    """Seconds the import statement takes in a new interpreter (its start-up not counted)."""
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    return float(done.stdout.strip())


def import_time(ctx: Context) -> list[Row]:
    """Median over fresh interpreters, with bytecode caches in place as after ``pip install``
    (one import beforehand writes them for the editable checkout)."""
    for module in ("impcentral", "httpx"):
        _import_seconds(module, _environment(write_bytecode=True))
    env = _environment(write_bytecode=False)
    runs = max(ctx.rounds, 7)
    contenders = [
        Contender("import impcentral", lambda: Sample(_import_seconds("impcentral", env))),
        Contender("import httpx", lambda: Sample(_import_seconds("httpx", env))),
    ]
    samples = interleave(contenders, runs)
    scenario = "cold import"
    rows = []
    for name, figure_samples in samples.items():
        best = min(s.seconds for s in figure_samples)
        row = time_row(scenario, name, figure_samples, operations=1, per="import")
        row.note = f"{name}: best {best * 1e3:.0f} ms of {runs} fresh interpreters"
        rows.append(row)
    sdk, httpx_row = rows
    compare(sdk, samples["import impcentral"], "import httpx", samples["import httpx"])
    sdk.target = f"< {LIMIT:.1f} s"
    sdk.met = median([s.seconds for s in samples["import impcentral"]]) < LIMIT
    return [sdk, httpx_row]
