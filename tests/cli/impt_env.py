"""impt (npm ``imp-central-impt``, pinned in ``impt/package.json``) for the side-by-side tests.

``impt_command()`` returns the command that runs impt: ``$IMPCENTRAL_IMPT`` when set (a path to
impt's ``bin/impt``, e.g. from a checkout of its repository), else the copy installed on demand
into ``tests/cli/impt/node_modules`` (``npm ci`` from the lockfile when there is one, otherwise
``npm install``, which writes it). Raises :class:`ImptUnavailableError` saying why when neither
works, so the tests can skip with the reason.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

IMPT_DIR = Path(__file__).resolve().parent / "impt"
IMPT_BIN = IMPT_DIR / "node_modules" / "imp-central-impt" / "bin" / "impt"
IMPT_ENV = "IMPCENTRAL_IMPT"


class ImptUnavailableError(RuntimeError):
    pass


_failure: ImptUnavailableError | None = None


def impt_command() -> list[str]:
    """The command that runs impt; tried once per test run."""
    global _failure
    if _failure is not None:
        raise _failure
    try:
        return _command()
    except ImptUnavailableError as exc:
        _failure = exc
        raise


def _command() -> list[str]:
    node = shutil.which("node")
    if node is None:
        raise ImptUnavailableError("node is not on PATH")
    given = os.environ.get(IMPT_ENV)
    if given:
        if not Path(given).is_file():
            raise ImptUnavailableError(f"{IMPT_ENV}={given} is not a file")
        return [node, given]
    if not IMPT_BIN.is_file():
        _install()
    return [node, str(IMPT_BIN)]


def _install() -> None:
    npm = shutil.which("npm")
    if npm is None:
        raise ImptUnavailableError("npm is not on PATH")
    verb = "ci" if (IMPT_DIR / "package-lock.json").is_file() else "install"
    env = {**os.environ, "npm_config_update_notifier": "false"}
    try:
        subprocess.run(
            [npm, verb, "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
            cwd=IMPT_DIR, env=env, check=True, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        lines = str(getattr(exc, "stderr", "") or "").strip().splitlines()
        # npm ends with where its log is; the line that says what went wrong comes before.
        telling = [line for line in lines if "404" in line or "ERR" in line.upper()]
        reason = (telling or lines or [str(exc)])[0]
        raise ImptUnavailableError(f"npm {verb} imp-central-impt failed: {reason}") from None
    if not IMPT_BIN.is_file():
        raise ImptUnavailableError("npm installed no imp-central-impt")
