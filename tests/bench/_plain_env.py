"""A venv with only the SDK's runtime dependencies (and an extra's), timing code as an install
sees it.

The development venv also holds the test tools, and some change what an import costs (httpx loads
its command line's ``click``, ``rich`` and ``pygments`` whenever they are present; httpcore loads
``trio`` when it is there). Each venv is built once from ``[project] dependencies`` in
pyproject.toml, plus the named extra's (rebuilt when they change), and runs the checkout's
sources through ``PYTHONPATH``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _dependencies(extra: str | None) -> list[str] | None:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10: no TOML reader in the standard library
        return None
    with open(ROOT / "pyproject.toml", "rb") as handle:
        project = tomllib.load(handle)["project"]
    extras = project["optional-dependencies"][extra] if extra else []
    return [*project["dependencies"], *extras]


def plain_python(extra: str | None = None) -> tuple[Path | None, str]:
    """The plain venv's interpreter (with ``extra``'s packages), building the venv if needed;
    or ``None`` and why not."""
    dependencies = _dependencies(extra)
    if dependencies is None:
        return None, "needs Python 3.11+ to read pyproject.toml"
    venv = ROOT / (f".venv-bench-plain-{extra}" if extra else ".venv-bench-plain")
    python, stamp = venv / "bin" / "python", venv / "dependencies.txt"
    wanted = "\n".join(dependencies)
    if python.exists() and stamp.exists() and stamp.read_text(encoding="utf-8") == wanted:
        return python, ""
    base = getattr(sys, "_base_executable", sys.executable)
    try:
        subprocess.run([base, "-m", "venv", "--clear", str(venv)], check=True, timeout=300)
        subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", *dependencies],
            check=True,
            timeout=600,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        return None, f"could not build {venv.name}: {exc}"
    stamp.write_text(wanted, encoding="utf-8")
    return python, ""


def plain_environment(base: dict[str, str]) -> dict[str, str]:
    """``base`` with the checkout's packages on ``PYTHONPATH`` and no venv of its own leaking."""
    env = dict(base)
    env.pop("VIRTUAL_ENV", None)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(ROOT / "generated")])
    return env
