"""The emulator's ``--drift`` fault: which documents deviate and what stays as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from impcentral.contract.checker import masked
from impcentral.contract.spec import closed, read, spec_path
from impcentral.emulator import EmulatorServer
from impcentral.emulator.cli import config_from_args, parser
from impcentral.emulator.drift import UNKNOWN_DEVICE_GROUP_TYPE, drift_document

JSONAPI = "application/vnd.api+json"


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with (
        EmulatorServer(drift=True, rate_limit=0) as server,
        httpx.Client(base_url=server.url, headers={"Content-Type": JSONAPI}, timeout=5) as http,
    ):
        token = http.post(
            "/auth",
            json={"id": "demo@example.com", "password": "demo-password"},
            headers={"Content-Type": "application/json"},
        ).json()["access_token"]
        http.headers["Authorization"] = f"Bearer {token}"
        yield http


def test_the_three_deviations(client: httpx.Client) -> None:
    product = client.post(
        "/products", json={"data": {"type": "product", "attributes": {"name": "p"}}}
    )
    assert product.status_code == 201
    assert product.headers["content-length"] == str(len(product.content))
    assert product.json()["data"]["attributes"]["created_at"] == ""
    group = client.post(
        "/devicegroups",
        json={
            "data": {
                "type": "development_devicegroup",
                "attributes": {"name": "g"},
                "relationships": {
                    "product": {"type": "product", "id": product.json()["data"]["id"]}
                },
            }
        },
    ).json()["data"]
    assert group["type"] == UNKNOWN_DEVICE_GROUP_TYPE
    devices = client.get("/devices").json()["data"]
    assert devices
    assert all(
        "macAddress" in d["attributes"] and "mac_address" not in d["attributes"] for d in devices
    )


def test_errors_and_log_streams_are_left_alone(client: httpx.Client) -> None:
    missing = client.get("/products/nope")
    assert missing.status_code == 404
    assert missing.json()["errors"][0]["status"] == "404"
    stream = client.post("/logstream").json()["data"]["id"]
    with client.stream("GET", f"/logstream/{stream}") as events:
        assert events.headers["content-type"].startswith("text/event-stream")
        first = next(events.iter_lines())
    assert first.startswith("event:")


def test_drift_document_changes_only_primary_data_of_json_documents() -> None:
    assert drift_document(b"not json") == b"not json"
    body = {"data": [{"type": "product", "attributes": {"created_at": "x"}}], "links": {}}
    assert json.loads(drift_document(json.dumps(body).encode()))["data"][0]["attributes"] == {
        "created_at": ""
    }
    token = {"access_token": "t", "expires_in": 3600}
    assert json.loads(drift_document(json.dumps(token).encode())) == token


def test_the_command_line_switch() -> None:
    assert config_from_args(parser().parse_args(["--drift"])).drift is True
    assert config_from_args(parser().parse_args([])).drift is False


def test_the_closed_reading_closes_only_resource_attributes() -> None:
    assert spec_path().is_file()
    raw = read()
    strict = closed(raw)
    schemas = strict["components"]["schemas"]
    assert schemas["DeviceAttributes"]["additionalProperties"] is False
    assert schemas["ProductAttributes"]["additionalProperties"] is False
    assert "additionalProperties" not in schemas["WebhookRelationships"]
    assert "additionalProperties" not in schemas["TokenResponse"]
    assert "additionalProperties" not in raw["components"]["schemas"]["DeviceAttributes"]


def test_reports_never_show_credentials_or_login_keys() -> None:
    body = b'{"access_token":"a1","refresh_token":"r1","expires_in":3600}'
    assert "a1" not in masked(body) and "r1" not in masked(body)
    keys = b'{"data":[{"type":"login_key","id":"7d8e6670aa285e9d"}]}'
    assert "7d8e6670aa285e9d" not in masked(keys, login_keys=True)
