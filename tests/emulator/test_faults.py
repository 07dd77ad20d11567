"""Faults on demand, in process and over the admin routes."""

from __future__ import annotations

import time

import httpx
import pytest

from .conftest import Api, SseReader


def test_error_rate_answers_5xx_error_documents_on_the_api_only(api: Api) -> None:
    api.server.set_faults(error_rate=1.0, error_statuses=[502, 503])
    for _ in range(5):
        response = api.get("/products")
        assert response.status_code in (502, 503)
        assert response.json()["errors"][0]["status"] == str(response.status_code)
    assert api.client.get("/_emulator/faults").status_code == 200
    api.server.clear_faults()
    assert api.get("/products").status_code == 200


def test_drop_rate_closes_connections_without_a_response(api: Api) -> None:
    api.server.set_faults(drop_rate=1.0)
    with pytest.raises(httpx.RemoteProtocolError):
        api.get("/products")
    api.server.set_faults(drop_rate=0.0)
    assert api.get("/products").status_code == 200


def test_latency_delays_responses(api: Api) -> None:
    api.server.set_faults(latency=0.3)
    started = time.monotonic()
    api.get("/products")
    assert time.monotonic() - started >= 0.3


def test_sse_cut_after_n_events_then_a_reconnect_continues(api: Api) -> None:
    stream_id = api.post("/logstream").json()["data"]["id"]
    device = api.devices()[0]
    api.put(f"/logstream/{stream_id}/{device['id']}")
    api.server.emit_log(device["id"], "one")
    api.server.emit_log(device["id"], "two")
    api.server.set_faults(sse_cut_after=2)
    url = f"{api.server.url}/logstream/{stream_id}?format=text"
    first = SseReader(url)
    assert first.next() == ("state_change", "opened")
    assert first.next() == ("state_change", f"{device['id']} subscribed")
    assert first.next() is None, "cut after two events"
    first.close()
    api.server.clear_faults()
    second = SseReader(url)
    try:
        assert second.next() == ("state_change", "opened")
        assert second.next()[1].endswith("server.log one")  # type: ignore[index]
        assert second.next()[1].endswith("server.log two")  # type: ignore[index]
    finally:
        second.close()


@pytest.mark.impcentral_emulator(keepalive_interval=0.1)
def test_sse_silence_stops_everything_including_keep_alives(api: Api) -> None:
    stream_id = api.post("/logstream").json()["data"]["id"]
    reader = SseReader(f"{api.server.url}/logstream/{stream_id}")
    try:
        assert reader.next() == ("state_change", "opened")
        api.server.set_faults(sse_silence=True)
        time.sleep(0.3)  # let a keep-alive already on its way arrive
        while not reader.items.empty():
            reader.items.get()
        time.sleep(0.5)
        assert reader.items.empty(), "nothing at all while silent"
        api.server.set_faults(sse_silence=False)
        assert reader.next(skip_comments=False) == ("comment", ": keep-alive")
    finally:
        reader.close()


def test_admin_routes_control_faults_over_http(api: Api) -> None:
    admin = api.client
    assert admin.get("/_emulator/faults").json()["error_rate"] == 0.0
    changed = admin.patch("/_emulator/faults", json={"latency": 0.01, "sse_cut_after": 3})
    assert changed.json()["latency"] == 0.01 and changed.json()["sse_cut_after"] == 3
    kept = admin.patch("/_emulator/faults", json={"error_rate": 0.5}).json()
    assert kept["latency"] == 0.01 and kept["error_rate"] == 0.5
    replaced = admin.put("/_emulator/faults", json={"drop_rate": 0.1}).json()
    assert replaced["latency"] == 0.0 and replaced["drop_rate"] == 0.1
    assert api.server.faults.drop_rate == 0.1
    for bad in ({"error_rate": 2}, {"nope": 1}, {"sse_silence": "yes"}, {"error_statuses": [404]}):
        response = admin.patch("/_emulator/faults", json=bad)
        assert response.status_code == 400, bad
    assert admin.put("/_emulator/faults", content=b"{oops").status_code == 400


def test_admin_close_stream_and_emit_logs(api: Api) -> None:
    stream_id = api.post("/logstream").json()["data"]["id"]
    device = api.devices()[0]
    api.put(f"/logstream/{stream_id}/{device['id']}")
    reader = SseReader(f"{api.server.url}/logstream/{stream_id}?format=json")
    try:
        reader.next()
        reader.next()
        emitted = api.client.post(
            f"/_emulator/devices/{device['attributes']['mac_address']}/logs",
            json={"msg": "from a test", "type": "agent.log", "count": 2},
        )
        assert emitted.status_code == 200 and emitted.json()["emitted"] == 2
        assert '"msg": "from a test"' in reader.next()[1]  # type: ignore[index]
        assert '"type": "agent.log"' in reader.next()[1]  # type: ignore[index]
        closed = api.client.post(f"/_emulator/logstreams/{stream_id}/close")
        assert closed.status_code == 204
        assert reader.next() == ("state_change", '{"state": "closed"}')
        assert reader.next() is None
    finally:
        reader.close()
    assert api.client.post("/_emulator/logstreams/nope/close").status_code == 404
    assert api.client.post("/_emulator/devices/nope/logs").status_code == 404


def test_admin_reset_restores_the_start_state(api: Api) -> None:
    devices = [d["id"] for d in api.devices()]
    api.product()
    api.server.set_faults(latency=0.01)
    assert api.client.post("/_emulator/reset").status_code == 204
    assert api.server.faults.latency == 0.0
    assert api.get("/products").status_code == 401, "tokens are gone with the old state"
    api.login()
    assert api.get("/products").json()["data"] == []
    assert [d["id"] for d in api.devices()] == devices, "same seed, same ids"


def test_in_process_controls(api: Api) -> None:
    stream_id = api.post("/logstream").json()["data"]["id"]
    reader = SseReader(f"{api.server.url}/logstream/{stream_id}")
    try:
        assert reader.next() == ("state_change", "opened")
        api.server.close_log_stream(stream_id)
        assert reader.next() == ("state_change", "closed")
    finally:
        reader.close()
    with pytest.raises(KeyError):
        api.server.close_log_stream(stream_id)
    with pytest.raises(ValueError):
        api.server.set_faults(error_rate=3)
    api.product()
    api.server.reset()
    api.login()
    assert api.get("/products").json()["data"] == []


def test_admin_flood_logs_many_lines_in_the_background(api: Api) -> None:
    stream_id = api.post("/logstream").json()["data"]["id"]
    device = api.devices()[0]
    api.put(f"/logstream/{stream_id}/{device['id']}")
    reader = SseReader(f"{api.server.url}/logstream/{stream_id}?format=json")
    try:
        reader.next()
        reader.next()
        started = api.client.post(f"/_emulator/devices/{device['id']}/flood", json={"count": 2500})
        assert started.status_code == 202 and started.json()["count"] == 2500
        received = [reader.next() for _ in range(2500)]
        assert all(item is not None and item[0] == "message" for item in received)
    finally:
        reader.close()
    assert (
        api.client.post(f"/_emulator/devices/{device['id']}/flood", json={"count": 0}).status_code
        == 400
    )
