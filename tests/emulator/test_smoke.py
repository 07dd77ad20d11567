"""The emulator end to end over real HTTP, as users start it."""

from __future__ import annotations

import httpx

from impcentral.emulator import EmulatorServer


def test_server_serves_the_api_on_loopback_and_restarts_on_the_same_port() -> None:
    with EmulatorServer() as server:
        assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/v5")
        login = httpx.post(f"{server.url}/auth", json={"id": "demo", "password": "demo-password"})
        assert login.status_code == 200
        token = login.json()["access_token"]
        port = server.port
        server.restart()
        assert server.port == port
        devices = httpx.get(f"{server.url}/devices", headers={"Authorization": f"Bearer {token}"})
        assert devices.status_code == 200
        assert len(devices.json()["data"]) == 3


def test_pytest_fixture_gives_a_running_server(impcentral_emulator: EmulatorServer) -> None:
    response = httpx.post(f"{impcentral_emulator.url}/auth", json={"id": "x", "password": "y"})
    assert response.status_code == 401
    assert response.json()["errors"][0]["code"] == "PX100"
