"""The Node.js contender: ``bench.js`` driving the official ``imp-central-api`` client."""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path

from tests.bench._emulator import EmulatorProcess
from tests.bench._harness import Sample
from tests.interop.node_env import NodeUnavailableError, ensure_node_modules, node_executable

SCRIPT = Path(__file__).with_name("bench.js")
_TIMEOUT = 600.0


class Node:
    """Runs ``bench.js`` once per timed sample; ``unavailable`` says why it cannot run here."""

    def __init__(self, enabled: bool = True) -> None:
        self.unavailable: str | None = None
        self.version = ""
        self._env = dict(os.environ)
        if not enabled:
            self.unavailable = "Node columns turned off (--no-node)"
            return
        try:
            node = node_executable()
            modules = ensure_node_modules()
        except NodeUnavailableError as exc:
            self.unavailable = f"Node columns skipped: {exc}"
            return
        except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
            self.unavailable = f"Node columns skipped: npm ci failed ({exc})"
            return
        self._node = node
        self._env["NODE_PATH"] = str(modules)
        self.version = subprocess.run(
            [node, "--version"], capture_output=True, text=True, check=True
        ).stdout.strip()

    def run(self, mode: str, emulator: EmulatorProcess, **options: object) -> Sample:
        """One run: the script logs in (and warms up, where it does), then is timed on its own
        clock while the emulator's CPU time is read around exactly that part."""
        args = [self._node, str(SCRIPT), mode, "--endpoint", emulator.url]
        for key, value in options.items():
            args += [f"--{key.replace('_', '-')}", str(value)]
        process = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=self._env,
        )
        assert process.stdin is not None and process.stdout is not None
        deadline = time.monotonic() + _TIMEOUT
        try:
            ready = process.stdout.readline().strip()
            if ready != "ready":
                raise RuntimeError(f"bench.js {mode} failed: {ready} {self._stderr(process)}")
            cpu_before = emulator.cpu_seconds()
            process.stdin.write("go\n")
            process.stdin.flush()
            result = process.stdout.readline()
            cpu_after = emulator.cpu_seconds()
            process.wait(max(1.0, deadline - time.monotonic()))
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        if process.returncode != 0 or not result:
            raise RuntimeError(f"bench.js {mode} failed: {self._stderr(process)}")
        outcome = json.loads(result)
        return Sample(
            outcome["seconds"], emulator_cpu=cpu_after - cpu_before, failed=outcome.get("failed")
        )

    @staticmethod
    def _stderr(process: subprocess.Popen[str]) -> str:
        if process.poll() is None:
            process.kill()
        _, err = process.communicate()
        return err.strip()[-2000:]
