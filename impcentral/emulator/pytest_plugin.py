"""pytest plugin (auto-loaded): the ``impcentral_emulator`` fixture, a running emulator per test.

Configure it per test with ``@pytest.mark.impcentral_emulator(devices=5, otp_code="123456")``;
the keywords are :class:`~impcentral.emulator.config.EmulatorConfig` fields.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from impcentral.emulator.server import EmulatorServer


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "impcentral_emulator(**options): options of the impcentral_emulator fixture",
    )


@pytest.fixture
def impcentral_emulator(request: pytest.FixtureRequest) -> Iterator[EmulatorServer]:
    """A started :class:`EmulatorServer` on a free loopback port; ``.url`` is its ``/v5`` URL."""
    # Imported here: the plugin loads in every pytest run, even without the ``emulator`` extra.
    from impcentral.emulator.server import EmulatorServer

    marker = request.node.get_closest_marker("impcentral_emulator")
    options = dict(marker.kwargs) if marker else {}
    with EmulatorServer(**options) as server:
        yield server
