"""The typed example passes ``mypy --strict``: the public surface is fully typed for users."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_example_usage_type_checks() -> None:
    example = Path(__file__).with_name("example_usage.py")
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", str(example)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
