"""Running the emulator: in-process server, restarts, seeds, the command line, and log hygiene."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time

import httpx
import pytest

from impcentral.emulator import Emulator, EmulatorConfig, EmulatorServer, cli


def test_server_restarts_on_the_same_port_with_its_state() -> None:
    with EmulatorServer() as server:
        assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/v5")
        login = httpx.post(f"{server.url}/auth", json={"id": "demo", "password": "demo-password"})
        token = login.json()["access_token"]
        port = server.port
        server.restart()
        assert server.port == port
        devices = httpx.get(f"{server.url}/devices", headers={"Authorization": f"Bearer {token}"})
        assert devices.status_code == 200 and len(devices.json()["data"]) == 3
        server.stop()
        assert not server.running
        try:
            httpx.get(f"{server.url}/devices", timeout=1)
            raise AssertionError("a stopped server answered")
        except httpx.ConnectError:
            pass


def test_pytest_fixture_gives_a_running_server(impcentral_emulator: EmulatorServer) -> None:
    response = httpx.post(f"{impcentral_emulator.url}/auth", json={"id": "x", "password": "y"})
    assert response.status_code == 401


def test_the_seed_makes_ids_reproducible() -> None:
    def device_ids(seed: int) -> list[str]:
        return list(Emulator(EmulatorConfig(seed=seed)).store.devices)

    assert device_ids(7) == device_ids(7)
    assert device_ids(7) != device_ids(8)


def run_cli(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "impcentral.emulator", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_cli_prints_the_url_serves_and_stops_cleanly_without_leaking_secrets() -> None:
    secrets = ["s3cret-Pa55word", "424242"]
    process = run_cli("--password", secrets[0], "--otp-code", secrets[1], "--devices", "1")
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        if not url:
            process.kill()
            raise AssertionError(f"the emulator did not start: {process.communicate()[1]}")
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v5")
        first = httpx.post(f"{url}/auth", json={"id": "demo", "password": secrets[0]})
        login_token = first.json()["errors"][0]["meta"]["login_token"]
        tokens = httpx.post(
            f"{url}/auth",
            json={"login_token": login_token},
            headers={"X-Electricimp-OTP-Token": secrets[1]},
        ).json()
        secrets += [login_token, tokens["access_token"], tokens["refresh_token"]]
        headers = {"Authorization": f"Bearer {tokens['access_token']}"}
        key = httpx.post(
            f"{url}/accounts/me/login_keys",
            json={"data": {"type": "login_key", "attributes": {}}},
            headers={**headers, "X-Electricimp-Password": secrets[0]},
        ).json()["data"]["id"]
        secrets.append(key)
        httpx.get(f"{url}/accounts/me/login_keys/{key}", headers=headers)
        httpx.get(f"{url}/accounts/me/login_keys/{key}x", headers=headers)
        httpx.post(f"{url}/auth/token", json={"key": key})
        httpx.post(
            f"{url}/auth/token", content=b"{broken", headers={"Content-Type": "application/json"}
        )
    finally:
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    assert process.returncode == 0
    for secret in secrets:
        assert secret not in out and secret not in err


def stop(process: subprocess.Popen[str]) -> tuple[str, str]:
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=10)
    assert process.returncode == 0, err
    return out, err


def test_cli_prints_the_account_the_devices_and_how_to_make_them_log() -> None:
    process = run_cli("--devices", "2")
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:") and url.endswith("/v5")
        lines = [process.stdout.readline()]
        while lines[-1] and "Ctrl-C" not in lines[-1]:
            lines.append(process.stdout.readline())
        out = "".join(lines)
        token = httpx.post(f"{url}/auth", json={"id": "demo", "password": "demo-password"})
        headers = {"Authorization": f"Bearer {token.json()['access_token']}"}
        devices = httpx.get(f"{url}/devices", headers=headers).json()["data"]
    finally:
        stop(process)
    assert len(lines) <= 15, out
    assert "demo@example.com" in out and "password demo-password" in out
    for device in devices:
        assert device["id"] in out and device["attributes"]["mac_address"] in out
    base = url.removesuffix("/v5")
    for hint in ("--log-interval", f"{base}/_emulator/devices/<device>/logs", "/_emulator/faults"):
        assert hint in out, hint


def test_a_client_that_hangs_up_during_injected_latency_leaves_no_traceback() -> None:
    process = run_cli("--latency", "0.3")
    try:
        assert process.stdout is not None
        url = httpx.URL(process.stdout.readline().strip())
        assert url.port is not None
        body = b'{"id": "demo", "password": "demo-password"}'
        for path in (b"/v5/auth", b"/v5/products"):
            with socket.create_connection((url.host, url.port)) as sock:
                sock.sendall(
                    b"POST " + path + b" HTTP/1.1\r\nHost: emulator\r\n"
                    b"Content-Type: application/json\r\n"
                    b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
                )
                time.sleep(0.05)
        time.sleep(0.6)
        after = httpx.post(f"{url}/auth", json={"id": "demo", "password": "demo-password"})
        assert after.status_code == 200
    finally:
        _, err = stop(process)
    assert "Traceback" not in err and "Exception" not in err, err


def test_cli_help_documents_every_option_and_admin_route(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["--help"])
    assert exit_info.value.code == 0
    text = capsys.readouterr().out
    for option in (
        "--host", "--port", "--email", "--username", "--password", "--devices", "--token-ttl",
        "--rate-limit", "--otp-code", "--seed", "--keepalive", "--log-interval", "--latency",
        "--error-rate", "--error-statuses", "--drop-rate", "--sse-cut-after", "--sse-silence",
        "/_emulator/faults", "/_emulator/logstreams/{id}/close", "/_emulator/devices/{device}/logs",
        "/_emulator/reset",
    ):  # fmt: skip
        assert option in text, option


@pytest.mark.parametrize(
    "args", [["--error-rate", "2"], ["--devices", "-1"], ["--error-statuses", "404"], ["--bogus"]]
)
def test_cli_rejects_bad_options(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cli.main(args)
    assert exit_info.value.code == 2
    assert "usage: impcentral-emulator" in capsys.readouterr().err


@pytest.mark.impcentral_emulator(log_interval=0.1)
def test_running_devices_log_periodically(impcentral_emulator: EmulatorServer) -> None:
    url = impcentral_emulator.url
    token = httpx.post(f"{url}/auth", json={"id": "demo", "password": "demo-password"}).json()
    headers = {"Authorization": f"Bearer {token['access_token']}"}
    device = impcentral_emulator.devices()[0]["id"]
    product = httpx.post(
        f"{url}/products",
        json={"data": {"type": "product", "attributes": {"name": "P"}}},
        headers=headers,
    ).json()["data"]["id"]
    group = httpx.post(
        f"{url}/devicegroups",
        json={
            "data": {
                "type": "development_devicegroup",
                "attributes": {"name": "G"},
                "relationships": {"product": {"type": "product", "id": product}},
            }
        },
        headers=headers,
    ).json()["data"]["id"]
    httpx.post(
        f"{url}/devicegroups/{group}/relationships/devices",
        json={"data": [{"type": "device", "id": device}]},
        headers=headers,
    )
    httpx.post(
        f"{url}/deployments",
        json={
            "data": {
                "type": "deployment",
                "attributes": {"device_code": 'server.log("tick");', "agent_code": ""},
                "relationships": {"devicegroup": {"type": "development_devicegroup", "id": group}},
            }
        },
        headers=headers,
    )
    before = len(httpx.get(f"{url}/devices/{device}/logs", headers=headers).json()["data"])
    time.sleep(0.35)
    logs = httpx.get(f"{url}/devices/{device}/logs", headers=headers).json()["data"]
    assert len(logs) >= before + 2 and logs[0]["msg"] == "tick"
