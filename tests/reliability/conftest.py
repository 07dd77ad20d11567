"""Shared pieces of the reliability suite: the figures it reports, and emulator helpers.

Every test that measures something records it with the ``figures`` fixture; the numbers are
printed in a "reliability figures" section at the end of the run (no ``-s`` needed) and kept as
JUnit properties.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

EMAIL = "demo@example.com"
PASSWORD = "demo-password"

_FIGURES: list[tuple[str, str, str]] = []

Record = Callable[[str, object], None]


@pytest.fixture
def figures(request: pytest.FixtureRequest, record_property: Record) -> Record:
    """``figures(name, value)``: report a measured number at the end of the session."""

    def record(name: str, value: object) -> None:
        _FIGURES.append((request.node.name, name, str(value)))
        record_property(name, value)

    return record


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _FIGURES:
        return
    terminalreporter.section("reliability figures")
    for test, name, value in _FIGURES:
        terminalreporter.write_line(f"{test}: {name} = {value}")
