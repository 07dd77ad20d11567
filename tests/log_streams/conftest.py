"""Fixtures: an emulator with quick keep-alives, and logged-in sync and async clients."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi
from impcentral.emulator import EmulatorServer

from .helpers import Devices

# Keep-alives every 0.2 s make a silent connection detectable within about a second.
EMULATOR_OPTIONS = {"rate_limit": 0, "keepalive_interval": 0.2, "devices": 7}


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[EmulatorServer]:
    """The emulator on loopback; ``@pytest.mark.impcentral_emulator(...)`` adds options."""
    marker = request.node.get_closest_marker("impcentral_emulator")
    options = {**EMULATOR_OPTIONS, **(marker.kwargs if marker else {})}
    with EmulatorServer(**options) as running:
        yield running


@pytest.fixture
def devices(server: EmulatorServer) -> Devices:
    return Devices(server.devices())


@pytest.fixture
def api(server: EmulatorServer) -> Iterator[ImpCentralApi]:
    with ImpCentralApi(server.url) as client:
        client.auth.login("demo", "demo-password")
        yield client


@pytest.fixture
async def aapi(server: EmulatorServer) -> AsyncIterator[AsyncImpCentralApi]:
    async with AsyncImpCentralApi(server.url) as client:
        await client.auth.login("demo", "demo-password")
        yield client
