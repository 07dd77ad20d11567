"""``make demo`` does real work: the greeting is seen live and in the history; and it installs
only what it needs."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from impcentral import demo

ROOT = Path(__file__).resolve().parents[2]


def test_demo_runs_the_whole_flow(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main() == 0
    out = capsys.readouterr().out
    assert "server.log: Hello from impcentral" in out
    assert "3 devices said 'Hello from impcentral'" in out
    assert out.rstrip().endswith("== Done")


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_demo_installs_the_runtime_and_the_emulator_extra_only(tmp_path: Path) -> None:
    """From a fresh clone (no venv yet), as ``make -n`` lists the commands."""
    venv = tmp_path / "venv"
    result = subprocess.run(
        ["make", "--dry-run", "demo", f"VENV={venv}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    installs = [line for line in result.stdout.splitlines() if " install " in line]
    assert len(installs) == 1, result.stdout
    assert installs[0].endswith("install -e '.[emulator]'")
    assert f"{venv}/bin/python -m impcentral.demo" in result.stdout
    assert not venv.exists()
