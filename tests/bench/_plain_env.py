"""A venv with only the SDK's runtime dependencies, for timing imports as an install sees them.

The development venv also holds the test tools, and some change what ``import httpx`` costs
(httpx loads its command line's ``click``, ``rich`` and ``pygments`` whenever they are present).
This venv is built once from ``[project] dependencies`` in pyproject.toml (rebuilt when they
change) and runs the checkout's sources through ``PYTHONPATH``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-bench-plain"
_STAMP = VENV / "dependencies.txt"


def _dependencies() -> list[str] | None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: no TOML reader in the standard library
        return None
    with open(ROOT / "pyproject.toml", "rb") as handle:
        return list(tomllib.load(handle)["project"]["dependencies"])


def plain_python() -> tuple[Path | None, str]:
    """The plain venv's interpreter, building the venv if needed; or ``None`` and why not."""
    dependencies = _dependencies()
    if dependencies is None:
        return None, "needs Python 3.11+ to read pyproject.toml"
    python = VENV / "bin" / "python"
    wanted = "\n".join(dependencies)
    if python.exists() and _STAMP.exists() and _STAMP.read_text(encoding="utf-8") == wanted:
        return python, ""
    base = getattr(sys, "_base_executable", sys.executable)
    try:
        subprocess.run([base, "-m", "venv", "--clear", str(VENV)], check=True, timeout=300)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", *dependencies],
            check=True,
            timeout=600,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"could not build {VENV.name}: {exc}"
    _STAMP.write_text(wanted, encoding="utf-8")
    return python, ""


def plain_environment(base: dict[str, str]) -> dict[str, str]:
    """``base`` with the checkout's packages on ``PYTHONPATH`` and no venv of its own leaking."""
    env = dict(base)
    env.pop("VIRTUAL_ENV", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    return env
