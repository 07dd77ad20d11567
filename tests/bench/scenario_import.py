"""Cold ``import impcentral`` against cold ``import httpx``, each in a fresh interpreter.

The probes run in a venv holding only the SDK's runtime dependencies (``_plain_env``), which is
what an application that installs impcentral imports; the development venv also holds the test
tools, and some change what ``import httpx`` costs. A third probe times the import plus a first
call (``products.get`` over an in-memory transport), so that an import made faster by only
postponing work shows up there.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

from tests.bench._context import Context
from tests.bench._harness import Contender, Row, Sample, interleave, paired_ratio, time_row
from tests.bench._plain_env import plain_environment, plain_python

#: ``import impcentral`` may take at most this much longer than ``import httpx``.
ABOVE_HTTPX = 0.050
MIN_RUNS = 7
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


def _plain_environment(write_bytecode: bool) -> dict[str, str]:
    return plain_environment(_environment(write_bytecode))


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


def _probe_runner(python: Path, probe: str, env: dict[str, str]) -> Callable[[], Sample]:
    return lambda: Sample(_seconds(python, probe, env))


def run(ctx: Context) -> list[Row]:
    """Median over fresh interpreters, with bytecode caches in place as after ``pip install``
    (one run of each probe beforehand writes them)."""
    python, why_not = plain_python()
    environment = _plain_environment
    scenario = "cold import, runtime deps only"
    if python is None:
        python, environment = Path(sys.executable), _environment
        scenario = "cold import, development venv"
    contenders = []
    for probe in _PROBES:
        _seconds(python, probe, environment(True))
        contenders.append(Contender(probe, _probe_runner(python, probe, environment(False))))
    runs = max(ctx.rounds, MIN_RUNS)
    samples = interleave(contenders, runs, warm_up=False)

    rows = []
    for probe in _PROBES:
        row = time_row(scenario, probe, samples[probe])
        best = min(s.seconds for s in samples[probe])
        row.figure = f"{row.value * 1e3:.0f} ms (best {best * 1e3:.0f})"
        rows.append(row)
    sdk = rows[0]
    above = statistics.median(
        s.seconds - h.seconds for s, h in zip(samples[SDK], samples[HTTPX], strict=True)
    )
    sdk.figure += f", {above * 1e3:+.0f} ms"
    sdk.ratio = paired_ratio(samples[SDK], samples[HTTPX])
    sdk.baseline = HTTPX
    sdk.target = f"<= httpx + {ABOVE_HTTPX * 1e3:.0f} ms"
    sdk.met = above <= ABOVE_HTTPX
    sdk.note = (
        f"median (and best) of {runs} fresh interpreters; the SDK's excess over httpx is the "
        "median of the per-round differences"
    )
    if why_not:
        sdk.note += f"; in the development venv, as the plain one could not be made: {why_not}"
    rows[2].note = "informative, no target: import, then one products.get over MockTransport"
    return rows
