"""Cold ``import impcentral`` against cold ``import httpx``: each in a fresh interpreter.

A third probe times the import plus a first call (``products.get`` over an in-memory
transport), so that a faster import which only postpones work would show up there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

from tests.bench._context import Context
from tests.bench._harness import Contender, Row, Sample, compare, interleave, median, time_row

LIMIT = 0.3
SDK = "import impcentral"
HTTPX = "import httpx"
FIRST_CALL = "import + first call"
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


def _seconds(probe: str, env: dict[str, str]) -> float:
    """Seconds the probe takes in a new interpreter (its start-up not counted)."""
    done = subprocess.run(
        [sys.executable, "-c", _START + _PROBES[probe] + _STOP],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=120,
    )
    return float(done.stdout.strip().splitlines()[-1])


def import_time(ctx: Context) -> list[Row]:
    """Median over fresh interpreters, with bytecode caches in place as after ``pip install``
    (one run beforehand writes them for the editable checkout)."""
    for probe in _PROBES:
        _seconds(probe, _environment(write_bytecode=True))
    env = _environment(write_bytecode=False)
    runs = max(ctx.rounds, 7)
    contenders = [Contender(probe, _probe_runner(probe, env)) for probe in _PROBES]
    samples = interleave(contenders, runs)
    scenario = "cold import"
    rows = []
    for name, figure_samples in samples.items():
        best = min(s.seconds for s in figure_samples)
        row = time_row(scenario, name, figure_samples, operations=1, per="import")
        row.figure = f"{row.value * 1e3:.0f} ms (best {best * 1e3:.0f})"
        rows.append(row)
    sdk = rows[0]
    compare(sdk, samples[SDK], HTTPX, samples[HTTPX])
    sdk.target = f"< {LIMIT:.1f} s"
    sdk.met = median([s.seconds for s in samples[SDK]]) < LIMIT
    sdk.note = (
        f"median (and best) of {runs} fresh interpreters; in this venv httpx also imports "
        "rich, click and pygments for its command line, which a plain install may not have"
    )
    return rows


def _probe_runner(probe: str, env: dict[str, str]) -> Callable[[], Sample]:
    return lambda: Sample(_seconds(probe, env))
