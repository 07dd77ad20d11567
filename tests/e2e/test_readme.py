"""Every Python example in README.md runs as written.

The README's ```` ```python ```` blocks are grouped by the heading they stand under; the blocks
of one heading continue one another, as pasted in order into one interpreter. Each group runs
as one script in a fresh interpreter, against a freshly started emulator (with its defaults
unless the heading's entry in ``SETTINGS`` asks for more, such as two-factor login). The
README's examples address the emulator as ``impcentral-emulator --port 8765`` serves it, so the
only change made to their text is that endpoint, ``http://127.0.0.1:8765/v5``, replaced by the
fresh emulator's. Production examples read ``IMPCENTRAL_API_ENDPOINT`` and credentials from the
environment, which the test points at the emulator. ``HTTPS_PROXY`` names a port where nothing
listens, so an example that reached for the real service would fail instead.

A group fails on any exception, on a name that no earlier line of the group defines (also in a
branch that does not run: ruff's undefined-name check), and when its output lacks what the
group is there to show.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from impcentral import ImpCentralApi
from impcentral.emulator import EmulatorServer

README = Path(__file__).resolve().parents[2] / "README.md"
EMULATOR_ENDPOINT = "http://127.0.0.1:8765/v5"
PASSWORD = "demo-password"
RUN_SECONDS = 60
RUFF = [sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--quiet"]


@dataclass
class Group:
    heading: str
    blocks: list[str] = field(default_factory=list)

    @property
    def script(self) -> str:
        return "\n\n".join(self.blocks)


def python_groups(text: str) -> list[Group]:
    """The ```python blocks, grouped under the last heading before each."""
    groups: list[Group] = []
    heading = ""
    block: list[str] | None = None
    for line in text.splitlines():
        if block is not None:
            if line.strip() == "```":
                if not groups or groups[-1].heading != heading:
                    groups.append(Group(heading))
                groups[-1].blocks.append("\n".join(block) + "\n")
                block = None
            else:
                block.append(line)
        elif line.strip() == "```python":
            block = []
        elif line.startswith("#"):
            heading = line.lstrip("#").strip()
    assert block is None, "README.md ends inside a ```python block"
    return groups


GROUPS = python_groups(README.read_text(encoding="utf-8"))


@dataclass
class Setting:
    """What a group needs beyond a default emulator, and what its run must show."""

    emulator: dict[str, Any] = field(default_factory=dict)
    stdin: str = ""
    #: The account has a login key and a product "greenhouse", both named in the environment.
    production: bool = False
    #: Runs of the group, one after the other against the same emulator.
    runs: int = 1
    expected: tuple[str, ...] = ()
    #: Checks of what the runs left behind, given the emulator and the home directory.
    check: Callable[[EmulatorServer, Path], None] | None = None


def _one_login_saved(server: EmulatorServer, home: Path) -> None:
    """Two runs, one login: the second run went on with the tokens the first one saved."""
    assert (home / ".impcentral-tokens.json").is_file()
    assert server.call(lambda: len(server.emulator.store.refresh_tokens)) == 1


SETTINGS = {
    "Quick start": Setting(expected=("lab", "development_devicegroup", "0c:2a:69")),
    "Production": Setting(production=True, expected=("greenhouse",)),
    "Live logs": Setting(expected=("server.log Hello from the field", "agent.log agent ready")),
    "The emulator": Setting(expected=("5 devices", "demo")),
    "The Node client's examples in Python": Setting(expected=("Device connected",)),
    "Pagination": Setting(expected=("log entries",)),
    "Retries and timeouts": Setting(expected=("0c:2a:69",)),
    "Raw responses and the rate limit": Setting(
        expected=("200 ", "/v5/devices", "3 devices", "RateLimit(limit=40, remaining=")
    ),
    "Errors": Setting(emulator={"otp_code": "123456"}, stdin="123456\n", expected=("404 ",)),
    "Persisting tokens": Setting(runs=2, expected=("demo",), check=_one_login_saved),
}


def test_every_group_is_checked() -> None:
    """A new heading with examples needs a setting here, so that its output is checked too."""
    assert sorted(group.heading for group in GROUPS) == sorted(SETTINGS)


def test_no_undefined_names() -> None:
    for group in GROUPS:
        result = subprocess.run(
            [*RUFF, "--select", "F821,F822,F823", "--stdin-filename", "readme_example.py", "-"],
            input=group.script,
            capture_output=True,
            text=True,
            timeout=RUN_SECONDS,
        )
        assert result.returncode == 0, f"{group.heading}:\n{result.stdout}{result.stderr}"


def _setting(group: Group) -> Setting:
    return SETTINGS.get(group.heading, Setting())


def _environment(server: EmulatorServer, home: Path, production: bool) -> dict[str, str]:
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.upper().endswith("_PROXY") and not name.startswith("IMPCENTRAL_")
    }
    env["HTTPS_PROXY"] = "http://127.0.0.1:9"  # nothing listens: the real service is out of reach
    env["HOME"] = str(home)
    if production:
        with ImpCentralApi(server.url) as api:
            api.auth.login(server.config.email, server.config.password)
            env["IMPCENTRAL_LOGIN_KEY"] = api.accounts.create_login_key(PASSWORD).data.id
            api.products.create({"name": "greenhouse"})
        env["IMPCENTRAL_API_ENDPOINT"] = server.url
    return env


@pytest.mark.parametrize(
    "group",
    [
        pytest.param(
            group,
            id=group.heading,
            marks=pytest.mark.impcentral_emulator(**_setting(group).emulator),
        )
        for group in GROUPS
    ],
)
def test_examples_run(group: Group, impcentral_emulator: EmulatorServer, tmp_path: Path) -> None:
    setting = _setting(group)
    script = group.script.replace(EMULATOR_ENDPOINT, impcentral_emulator.url)
    if impcentral_emulator.url not in script and "EmulatorServer" not in script:
        assert setting.production, f"{group.heading}: its examples name no endpoint to point"
    env = _environment(impcentral_emulator, tmp_path, setting.production)
    for _ in range(setting.runs):
        result = subprocess.run(
            [sys.executable, "-c", script],
            input=setting.stdin,
            capture_output=True,
            text=True,
            cwd=tmp_path,
            env=env,
            timeout=RUN_SECONDS,
        )
        out = result.stdout
        assert result.returncode == 0, f"{group.heading}:\n{out}\n{result.stderr}"
        for expected in setting.expected:
            assert expected in out, f"{group.heading}: {expected!r} not in the output:\n{out}"
    if setting.check is not None:
        setting.check(impcentral_emulator, tmp_path)
