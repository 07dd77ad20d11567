"""Log stream rules: formats, state changes, keep-alives, the five-device and one-stream limits."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest

from .conftest import Api, SseReader


def open_stream(api: Api, fmt: str = "json") -> tuple[str, SseReader]:
    stream_id = api.post("/logstream").json()["data"]["id"]
    reader = SseReader(f"{api.server.url}/logstream/{stream_id}?format={fmt}")
    return stream_id, reader


@pytest.fixture
def readers() -> Iterator[list[SseReader]]:
    opened: list[SseReader] = []
    yield opened
    for reader in opened:
        reader.close()


def test_create_returns_the_stream_id_and_url(api: Api) -> None:
    response = api.post("/logstream")
    assert response.status_code == 200
    data = response.json()["data"]
    assert data["type"] == "logstream"
    assert data["attributes"]["url"] == f"{api.server.url}/logstream/{data['id']}"


def test_json_format_messages_and_state_changes(api: Api, readers: list[SseReader]) -> None:
    stream_id, reader = open_stream(api, "json")
    readers.append(reader)
    assert reader.status == 200
    assert reader.next() == ("state_change", '{"state": "opened"}')
    device = api.devices()[0]
    assert (
        api.put(f"/logstream/{stream_id}/{device['attributes']['mac_address']}").status_code == 204
    )
    event, data = reader.next() or ("", "")
    assert event == "state_change"
    assert json.loads(data) == {"state": "subscribed", "device_id": device["id"]}
    api.server.emit_log(device["id"], "Hello\nworld")
    event, data = reader.next() or ("", "")
    message = json.loads(data)
    assert event == "message"
    assert set(message) == {"device_id", "ts", "log_type", "type", "msg"}
    assert message["msg"] == "Hello\nworld" and message["log_type"] == "development"
    assert api.delete(f"/logstream/{stream_id}/{device['id']}").status_code == 204
    event, data = reader.next() or ("", "")
    assert json.loads(data) == {"state": "unsubscribed", "device_id": device["id"]}


def test_text_format_lines(api: Api, readers: list[SseReader]) -> None:
    stream_id, reader = open_stream(api, "text")
    readers.append(reader)
    assert reader.next() == ("state_change", "opened")
    device = api.devices()[0]
    api.put(f"/logstream/{stream_id}/{device['attributes']['agent_id']}")
    assert reader.next() == ("state_change", f"{device['id']} subscribed")
    entry = api.server.emit_log(device["id"], "first\nsecond", "agent.log")
    event, data = reader.next() or ("", "")
    assert event == "message"
    assert data == f"{device['id']} {entry.ts} development agent.log first\nsecond"


def test_multi_line_messages_are_several_data_lines(api: Api) -> None:
    stream_id = api.post("/logstream").json()["data"]["id"]
    device = api.devices()[0]
    api.put(f"/logstream/{stream_id}/{device['id']}")
    api.server.emit_log(device["id"], "one\ntwo")
    raw = b""
    url = f"{api.server.url}/logstream/{stream_id}"
    with api.client.stream("GET", url) as response:
        for chunk in response.iter_bytes():
            raw += chunk
            if b"two" in raw:
                break
    assert b"\ndata: " + device["id"].encode() in raw
    assert b" one\ndata: two\n\n" in raw


@pytest.mark.impcentral_emulator(keepalive_interval=0.2)
def test_idle_streams_send_keep_alive_comments(api: Api, readers: list[SseReader]) -> None:
    _, reader = open_stream(api)
    readers.append(reader)
    assert reader.next()[0] == "state_change"  # type: ignore[index]
    assert reader.next(skip_comments=False) == ("comment", ": keep-alive")
    assert reader.next(skip_comments=False) == ("comment", ": keep-alive")


@pytest.mark.impcentral_emulator(devices=6)
def test_a_sixth_device_evicts_the_oldest(api: Api, readers: list[SseReader]) -> None:
    stream_id, reader = open_stream(api)
    readers.append(reader)
    reader.next()
    devices = [d["id"] for d in api.devices()]
    for device_id in devices:
        api.put(f"/logstream/{stream_id}/{device_id}")
    states = []
    for _ in range(7):
        _event, data = reader.next() or ("", "")
        states.append((json.loads(data)["state"], json.loads(data)["device_id"]))
    assert states[:5] == [("subscribed", d) for d in devices[:5]]
    assert states[5:] == [("unsubscribed", devices[0]), ("subscribed", devices[5])]
    api.server.emit_log(devices[0], "evicted device")
    api.server.emit_log(devices[5], "kept device")
    _, data = reader.next() or ("", "")
    assert json.loads(data)["msg"] == "kept device"


def test_opening_another_stream_closes_the_old_one(api: Api, readers: list[SseReader]) -> None:
    old_id, old = open_stream(api)
    readers.append(old)
    old.next()
    new_id, new = open_stream(api)
    readers.append(new)
    assert old.next() == ("state_change", '{"state": "closed"}')
    assert old.next() is None, "the old connection ends after closed"
    assert api.client.get(f"/v5/logstream/{old_id}").status_code == 404
    assert api.put(f"/logstream/{old_id}/{api.devices()[0]['id']}").status_code == 404
    assert new.next() == ("state_change", '{"state": "opened"}')
    assert new_id != old_id


def test_events_wait_for_a_reconnecting_client(api: Api, readers: list[SseReader]) -> None:
    stream_id, first = open_stream(api)
    first.next()
    device = api.devices()[0]
    api.put(f"/logstream/{stream_id}/{device['id']}")
    assert json.loads(first.next()[1])["state"] == "subscribed"  # type: ignore[index]
    first.close()
    hub = api.server.emulator.hub
    deadline = time.monotonic() + 5
    while api.server.call(lambda: hub.streams[stream_id].connection) is not None:
        assert time.monotonic() < deadline, "the server never noticed the client leaving"
        time.sleep(0.01)
    api.server.emit_log(device["id"], "while away")
    second = SseReader(f"{api.server.url}/logstream/{stream_id}?format=json")
    readers.append(second)
    assert second.next() == ("state_change", '{"state": "opened"}')
    assert json.loads(second.next()[1])["msg"] == "while away"  # type: ignore[index]


def test_stream_errors(api: Api) -> None:
    assert api.client.get("/v5/logstream/unknown").status_code == 404
    stream_id = api.post("/logstream").json()["data"]["id"]
    assert api.client.get(f"/v5/logstream/{stream_id}?format=xml").status_code == 400
    assert api.put(f"/logstream/{stream_id}/nope").status_code == 404
    assert api.delete(f"/logstream/{stream_id}/{api.devices()[0]['id']}").status_code == 404


@pytest.mark.impcentral_emulator(rate_limit=2)
def test_reading_a_stream_is_not_throttled(api: Api) -> None:
    stream_id = api.post("/logstream").json()["data"]["id"]
    for _ in range(3):
        reader = SseReader(f"{api.server.url}/logstream/{stream_id}")
        try:
            assert reader.status == 200
            assert reader.next() == ("state_change", "opened")
        finally:
            reader.close()
