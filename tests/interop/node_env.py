"""Node.js tooling for the interop tests and benchmarks.

``ensure_node_modules()`` makes ``tests/interop/node_modules`` match ``package-lock.json``
(running ``npm ci`` only when it is missing or stale), so a fresh clone needs nothing but ``node``
and ``npm`` on PATH. Needs nothing but the standard library, so benchmarks can reuse it: from a
sibling test package (pytest puts ``tests/`` on ``sys.path``) ``from interop.node_env import
ensure_node_modules, node_executable, FLOW_SCRIPT``; from the repository root
``from tests.interop.node_env import ...``.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

INTEROP_DIR = Path(__file__).resolve().parent
LOCKFILE = INTEROP_DIR / "package-lock.json"
NODE_MODULES = INTEROP_DIR / "node_modules"
FLOW_SCRIPT = INTEROP_DIR / "flow.js"
#: Written after a successful ``npm ci``: the SHA-256 of the lockfile it installed.
_STAMP = NODE_MODULES / ".installed-lock-sha256"
_INSTALL_LOCK = INTEROP_DIR / ".npm-install.lock"


class NodeUnavailableError(RuntimeError):
    """``node`` or ``npm`` is not on PATH."""


def node_executable() -> str:
    """Path of ``node``; raises ``NodeUnavailableError`` when it is not on PATH."""
    node = shutil.which("node")
    if node is None:
        raise NodeUnavailableError("node is not on PATH")
    return node


def npm_executable() -> str:
    """Path of ``npm``; raises ``NodeUnavailableError`` when it is not on PATH."""
    npm = shutil.which("npm")
    if npm is None:
        raise NodeUnavailableError("npm is not on PATH")
    return npm


def missing_tools() -> list[str]:
    """Names of the Node.js tools (``node``, ``npm``) absent from PATH."""
    return [tool for tool in ("node", "npm") if shutil.which(tool) is None]


def _lock_digest() -> str:
    return hashlib.sha256(LOCKFILE.read_bytes()).hexdigest()


def node_modules_stale() -> bool:
    """True when ``node_modules`` is missing or was not installed from the current lockfile."""
    try:
        installed = _STAMP.read_text(encoding="ascii").strip()
    except OSError:
        return True
    if installed != _lock_digest():
        return True
    return not (NODE_MODULES / "imp-central-api" / "package.json").is_file()


@contextlib.contextmanager
def _install_lock() -> Iterator[None]:
    """Serialise installs between concurrent test processes (POSIX only; elsewhere a no-op)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    with open(_INSTALL_LOCK, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def ensure_node_modules(timeout: float = 300.0) -> Path:
    """Install the pinned Node packages with ``npm ci`` unless they are already current.

    Returns the ``node_modules`` directory. Raises ``NodeUnavailableError`` when ``node``/``npm``
    are absent, ``subprocess.CalledProcessError`` (with npm's output) when the install fails and
    ``subprocess.TimeoutExpired`` when it takes longer than ``timeout`` seconds.
    """
    node_executable()
    npm = npm_executable()
    if not node_modules_stale():
        return NODE_MODULES
    with _install_lock():
        if not node_modules_stale():  # another process installed while we waited
            return NODE_MODULES
        env = dict(os.environ)
        env.setdefault("npm_config_update_notifier", "false")
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"],
            cwd=INTEROP_DIR,
            env=env,
            check=True,
            timeout=timeout,
            capture_output=True,
            text=True,
        )
        _STAMP.write_text(_lock_digest() + "\n", encoding="ascii")
    return NODE_MODULES
