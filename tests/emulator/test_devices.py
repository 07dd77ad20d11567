"""Device rules: addressing, restarts, logs, filters."""

from __future__ import annotations

import pytest

from .conftest import Api, error_codes


@pytest.mark.parametrize("key", ["id", "mac_address", "agent_id"])
def test_devices_are_addressable_by_id_mac_or_agent_id(api: Api, key: str) -> None:
    device = api.devices()[0]
    ident = device["id"] if key == "id" else device["attributes"][key]
    response = api.get(f"/devices/{ident}")
    assert response.status_code == 200 and response.json()["data"]["id"] == device["id"]
    logs = api.get(f"/devices/{ident}/logs")
    assert logs.status_code == 200


def test_mac_addresses_work_with_raw_colons_in_the_path(api: Api) -> None:
    device = api.devices()[0]
    mac = device["attributes"]["mac_address"]
    assert ":" in mac
    raw = api.client.get(f"/v5/devices/{mac}", headers=api.headers())
    assert raw.status_code == 200


def test_simulated_devices_look_real(api: Api) -> None:
    devices = api.devices()
    assert len(devices) == 3
    for device in devices:
        attrs = device["attributes"]
        assert len(device["id"]) == 16 and int(device["id"], 16) >= 0
        assert attrs["mac_address"].startswith("0c:2a:69:")
        assert len(attrs["agent_id"]) == 12
        assert attrs["imp_type"].startswith("imp") and attrs["device_online"] is True
        assert "devicegroup" not in device["relationships"]


def test_unassigned_devices_cannot_be_restarted(api: Api) -> None:
    device = api.devices()[0]
    for path in ("restart", "conditional_restart"):
        response = api.post(f"/devices/{device['id']}/{path}")
        assert response.status_code == 409 and error_codes(response) == ["CX006"]


def test_restart_logs_status_lines_and_the_codes_server_log(api: Api) -> None:
    group = api.group(api.product()["id"])
    device = api.devices()[0]
    api.assign(group, device["id"])
    api.deploy(group, 'function hi() { server.log("Device says hi"); }\nhi();')
    assert api.post(f"/devices/{device['id']}/restart").status_code == 204
    entries = api.get(f"/devices/{device['id']}/logs", params={"page[size]": 100}).json()["data"]
    newest = entries[0]
    assert newest["type"] == "server.log" and newest["msg"] == "Device says hi"
    types = {entry["type"] for entry in entries}
    assert {"status", "server.log"} <= types
    assert any(e["msg"].startswith("Agent restarted") for e in entries)
    assert all(set(e) == {"ts", "type", "msg"} for e in entries)


def test_historical_logs_are_paginated_newest_first(api: Api) -> None:
    device = api.devices()[0]
    api.server.emit_log(device["id"], "line", count=25)
    api.server.emit_log(device["id"], "last")
    page = api.get(f"/devices/{device['id']}/logs").json()
    assert len(page["data"]) == 20 and page["data"][0]["msg"] == "last"
    rest = api.client.get(page["links"]["next"], headers=api.headers()).json()
    assert len(rest["data"]) == 6 and "next" not in rest["links"]


def test_device_filters(api: Api) -> None:
    group = api.group(api.product()["id"], "Prod", "production_devicegroup")
    devices = api.devices()
    api.assign(group, devices[0]["id"])

    def ids(**params: str) -> set[str]:
        return {d["id"] for d in api.get("/devices", params=params).json()["data"]}

    assert ids(**{"filter[devicegroup.owner.id]": "null"}) == {d["id"] for d in devices[1:]}
    assert ids(**{"filter[devicegroup.id]": group["id"]}) == {devices[0]["id"]}
    assert ids(**{"filter[devicegroup.type]": "production_devicegroup"}) == {devices[0]["id"]}
    assert ids(**{"filter[product.id]": group["relationships"]["product"]["id"]}) == {
        devices[0]["id"]
    }


def test_a_new_device_is_named_by_its_id_and_takes_that_name_back(api: Api) -> None:
    device = api.devices()[0]
    name = device["attributes"]["name"]
    assert name == device["id"]
    body = {"data": {"type": "device", "id": device["id"], "attributes": {"name": name}}}
    written = api.patch(f"/devices/{device['id']}", body)
    assert written.status_code == 200 and written.json()["data"]["attributes"]["name"] == name


@pytest.mark.parametrize("reset", ["", None])
def test_an_empty_or_null_name_resets_the_name_to_the_id(api: Api, reset: str | None) -> None:
    device = api.devices()[0]
    agent = device["attributes"]["agent_id"]
    body = {"data": {"type": "device", "id": agent, "attributes": {"name": "Kitchen"}}}
    assert api.patch(f"/devices/{agent}", body).json()["data"]["attributes"]["name"] == "Kitchen"
    path = f"/devices/{device['id']}"
    body = {"data": {"type": "device", "id": device["id"], "attributes": {"name": reset}}}
    assert api.patch(path, body).json()["data"]["attributes"]["name"] == device["id"]
    for attributes in ({"name": 7}, {"imp_type": "imp005"}):
        body["data"]["attributes"] = attributes
        assert api.patch(path, body).status_code == 400


def test_a_device_removed_from_its_group_has_no_agent_until_assigned_again(api: Api) -> None:
    device = api.devices()[0]
    agent = device["attributes"]["agent_id"]
    group = api.group(api.product()["id"])
    api.assign(group, device["id"])
    path = f"/devicegroups/{group['id']}/relationships/devices"
    api.delete(path, {"data": [{"type": "device", "id": device["id"]}]})
    attrs = api.get(f"/devices/{device['id']}").json()["data"]["attributes"]
    assert attrs["agent_id"] == "" and attrs["agent_url"] == "" and not attrs["agent_running"]
    assert api.get(f"/devices/{agent}").status_code == 404
    api.assign(group, device["id"])
    attrs = api.get(f"/devices/{agent}").json()["data"]["attributes"]
    assert attrs["agent_id"] == agent and attrs["agent_url"].endswith(f"/{agent}")


def test_deleted_device_is_gone(api: Api) -> None:
    device = api.devices()[0]
    assert api.delete(f"/devices/{device['id']}").status_code == 204
    assert api.get(f"/devices/{device['attributes']['mac_address']}").status_code == 404


def test_conditional_restart_spares_devices_on_the_min_supported_code(api: Api) -> None:
    group = api.group(api.product()["id"])
    device = api.devices()[0]
    api.assign(group, device["id"])
    deployment = api.deploy(group, 'server.log("v1");')
    path = f"/devicegroups/{group['id']}/relationships/min_supported_deployment"
    api.put(path, {"data": {"type": "deployment", "id": deployment["id"]}})
    assert api.post(f"/devicegroups/{group['id']}/conditional_restart").status_code == 204
    newest = api.get(f"/devices/{device['id']}/logs").json()["data"][0]
    assert newest["type"] == "status" and "next restart" in newest["msg"]
    assert api.post(f"/devicegroups/{group['id']}/restart").status_code == 204
    assert api.get(f"/devices/{device['id']}/logs").json()["data"][0]["msg"] == "v1"
