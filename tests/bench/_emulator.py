"""The emulator as a separate process, so that it never competes with the client for the GIL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from types import TracebackType
from typing import Any

import httpx

from impcentral.emulator.config import EmulatorConfig

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


class EmulatorProcess:
    """``python -m impcentral.emulator`` on a free loopback port; by default with no latency
    and rate limiting off.

    ``cpu_seconds()`` reads the server's CPU time, so a scenario can tell when the emulator,
    not the client, is what limits a measurement.
    """

    def __init__(self, devices: int, *, latency: float = 0.0, rate_limit: int = 0) -> None:
        self.devices = devices
        self.latency = latency
        self.rate_limit = rate_limit
        self._process: subprocess.Popen[str] | None = None
        self.url = ""

    def start(self) -> EmulatorProcess:
        command = [
            sys.executable,
            "-m",
            "impcentral.emulator",
            "--port",
            "0",
            "--rate-limit",
            str(self.rate_limit),
            "--latency",
            str(self.latency),
            "--devices",
            str(self.devices),
        ]
        self._process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
        assert self._process.stdout is not None
        self.url = self._process.stdout.readline().strip()
        if not self.url.startswith("http"):
            self.stop()
            raise RuntimeError("the emulator did not start")
        return self

    def stop(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    @property
    def pid(self) -> int:
        assert self._process is not None
        return self._process.pid

    @property
    def admin_url(self) -> str:
        """Where ``/_emulator/...`` lives: the endpoint without ``/v5``."""
        return self.url.removesuffix("/v5")

    def cpu_seconds(self) -> float:
        """User plus system CPU time of the server process so far (Linux; 0 elsewhere)."""
        try:
            with open(f"/proc/{self.pid}/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            return 0.0
        return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS

    def __enter__(self) -> EmulatorProcess:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class Fixture:
    """What every scenario needs on an emulator: a token, a product, device ids."""

    def __init__(self, emulator: EmulatorProcess) -> None:
        defaults = EmulatorConfig()
        self.emulator = emulator
        self.url = emulator.url
        self.email = defaults.email
        self.password = defaults.password
        with httpx.Client(timeout=60) as client:
            self.token = self.login()
            self.headers = headers(self.token)
            created = client.post(
                f"{self.url}/products",
                headers=self.headers,
                content=json.dumps({"data": {"type": "product", "attributes": {"name": "bench"}}}),
            )
            created.raise_for_status()
            self.product_id: str = created.json()["data"]["id"]
            self.device_ids = self._device_ids(client)

    def login(self) -> str:
        """A new access token. The emulator limits requests per token, so each token starts
        with a full rate-limit window."""
        credentials = {"id": self.email, "password": self.password}
        answer = httpx.post(f"{self.url}/auth", json=credentials, timeout=60)
        token: str = answer.raise_for_status().json()["access_token"]
        return token

    def _device_ids(self, client: httpx.Client) -> list[str]:
        ids: list[str] = []
        url: str | None = f"{self.url}/devices?page[number]=1&page[size]=100"
        while url:
            page: dict[str, Any] = client.get(url, headers=self.headers).json()
            ids.extend(device["id"] for device in page["data"])
            url = page.get("links", {}).get("next")
        return ids


def headers(token: str) -> dict[str, str]:
    """What a raw httpx client sends with every JSON:API request."""
    return {
        "Authorization": f"Bearer {token}",
        "Accept": "application/vnd.api+json",
        "Content-Type": "application/vnd.api+json",
    }
