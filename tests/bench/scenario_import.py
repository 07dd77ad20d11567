"""Cold ``import impcentral`` against cold ``import httpx``: each in a fresh interpreter.

A third probe times the import plus a first call (``products.get`` over an in-memory
transport), so that a faster import which only postpones work would show up there. The probes
run twice: in this (development) venv, and in a venv with only the SDK's runtime dependencies,
which is what an application that installs impcentral imports.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.bench._context import Context
from tests.bench._harness import Contender, Row, Sample, compare, interleave, median, time_row
from tests.bench._plain_env import plain_environment, plain_python

LIMIT = 0.3
SDK = "import impcentral"
HTTPX = "import httpx"
FIRST_CALL = "import + first call"
PLAIN = " (runtime deps only)"
_START = "import time; start = time.perf_counter()\n"
_STOP = "print(time.perf_counter() - start)\n"
_PROBES = {
    SDK: "import impcentral\n",
    HTTPX: "import httpx\n",
    FIRST_CALL: (
        "import httpx\n"
        "from impcentral import ImpCentralApi\n"
        'body = b\'{"data": {"type": "product", "id": "p1", "attributes": {"name": "n"}}}\'\n'
        "answer = httpx.MockTransport(lambda request: httpx.Response(200, content=body))\n"
        "api = ImpCentralApi('https://api.example.test/v5', access_token='t',\n"
        "                    http_client=httpx.Client(transport=answer))\n"
        "api.products.get('p1')\n"
    ),
}


def _environment(write_bytecode: bool) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not write_bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _seconds(python: Path, probe: str, env: dict[str, str]) -> float:
    """Seconds the probe takes in a new interpreter (its start-up not counted)."""
    done = subprocess.run(
        [str(python), "-c", _START + _PROBES[probe] + _STOP],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    return float(done.stdout.strip().splitlines()[-1])


def import_time(ctx: Context) -> list[Row]:
    """Median over fresh interpreters, with bytecode caches in place as after ``pip install``
    (one run beforehand writes them)."""
    dev = Path(sys.executable)
    plain, why_not = plain_python()
    venvs = [(dev, "", _environment)]
    if plain is not None:
        venvs.append((plain, PLAIN, lambda write: plain_environment(_environment(write))))
    contenders = []
    for python, suffix, environment in venvs:
        for probe in _PROBES:
            _seconds(python, probe, environment(True))
            run = _probe_runner(python, probe, environment(False))
            contenders.append(Contender(probe + suffix, run))
    runs = max(ctx.rounds, 7)
    samples = interleave(contenders, runs)
    rows = _rows("cold import", samples, "", runs)
    note = "in this venv httpx also imports rich, click and pygments for its command line"
    rows[0].note = f"median (and best) of {runs} fresh interpreters; {note}"
    if plain is None:
        rows.append(Row("cold import", SDK + PLAIN, "skipped", 0.0, "s", note=why_not))
    else:
        plain_rows = _rows("cold import, runtime deps only", samples, PLAIN, runs)
        plain_rows[0].note = "httpx, anyio, attrs, python-dateutil, sniffio: as an install has"
        rows.extend(plain_rows)
    return rows


def _rows(scenario: str, samples: dict[str, list[Sample]], suffix: str, runs: int) -> list[Row]:
    rows = []
    for probe in _PROBES:
        figure_samples = samples[probe + suffix]
        best = min(s.seconds for s in figure_samples)
        row = time_row(scenario, probe, figure_samples, operations=1, per="import")
        row.figure = f"{row.value * 1e3:.0f} ms (best {best * 1e3:.0f})"
        rows.append(row)
    sdk = rows[0]
    compare(sdk, samples[SDK + suffix], HTTPX, samples[HTTPX + suffix])
    sdk.target = f"< {LIMIT:.1f} s"
    sdk.met = median([s.seconds for s in samples[SDK + suffix]]) < LIMIT
    return rows


def _probe_runner(python: Path, probe: str, env: dict[str, str]) -> Callable[[], Sample]:
    return lambda: Sample(_seconds(python, probe, env))
