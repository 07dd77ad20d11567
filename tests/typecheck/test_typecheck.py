"""The public types are real: ordinary user code passes ``mypy --strict`` with no narrowing,
and each deliberate mistake is reported."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def _mypy(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_user_code_type_checks_without_narrowing() -> None:
    source = (HERE / "user_code.py").read_text()
    assert not re.search(r"\bcast\(|^\s*assert\b|isinstance\(|type: ignore", source, re.MULTILINE)
    done = _mypy(HERE / "user_code.py")
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_deliberate_mistake_is_reported() -> None:
    path = HERE / "mistakes.py"
    expected = {
        (number, code)
        for number, line in enumerate(path.read_text().splitlines(), start=1)
        for code in re.findall(r"# error: ([a-z-]+)", line)
    }
    assert len(expected) >= 10
    done = _mypy(path)
    reported = {
        (int(number), code)
        for number, code in re.findall(r"mistakes\.py:(\d+): error: .*\[([a-z-]+)\]", done.stdout)
    }
    assert expected <= reported, done.stdout
    assert {number for number, _ in reported} <= {number for number, _ in expected}, done.stdout
