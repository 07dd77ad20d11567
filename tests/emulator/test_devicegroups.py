"""Device group rules: subtypes, fixture targets, production-only attributes, membership."""

from __future__ import annotations

from typing import Any

from .conftest import Api, error_codes, group_body


def test_group_names_are_unique_per_product(api: Api) -> None:
    first, second = api.product("A"), api.product("B")
    api.group(first["id"], "Dev")
    duplicate = api.post("/devicegroups", group_body(first["id"], "Dev"))
    assert duplicate.status_code == 409 and error_codes(duplicate) == ["CX001"]
    api.group(second["id"], "Dev")


def test_fixture_groups_need_production_and_dut_targets_of_the_right_types(api: Api) -> None:
    pid = api.product()["id"]
    production = api.group(pid, "Prod", "production_devicegroup")
    dut = api.group(pid, "DUT", "dut_devicegroup")
    pre_dut = api.group(pid, "Pre DUT", "pre_dut_devicegroup")
    targets = {
        "production_target": {"type": "production_devicegroup", "id": production["id"]},
        "dut_target": {"type": "dut_devicegroup", "id": dut["id"]},
    }
    missing = api.post("/devicegroups", group_body(pid, "F", "factoryfixture_devicegroup"))
    assert missing.status_code == 400
    wrong_type = {**targets, "dut_target": {"type": "pre_dut_devicegroup", "id": pre_dut["id"]}}
    body = group_body(pid, "F", "factoryfixture_devicegroup", relationships=wrong_type)
    assert api.post("/devicegroups", body).status_code == 400
    lying = {**targets, "dut_target": {"type": "dut_devicegroup", "id": pre_dut["id"]}}
    body = group_body(pid, "F", "factoryfixture_devicegroup", relationships=lying)
    assert api.post("/devicegroups", body).status_code == 409
    fixture = api.group(pid, "F", "factoryfixture_devicegroup", relationships=targets)
    assert fixture["relationships"]["production_target"] == targets["production_target"]
    assert fixture["relationships"]["dut_target"] == targets["dut_target"]
    not_fixture = group_body(pid, "D", relationships=targets)
    assert api.post("/devicegroups", not_fixture).status_code == 400


def test_region_is_only_for_production_groups_and_only_on_create(api: Api) -> None:
    pid = api.product()["id"]
    dev = group_body(pid, "Dev", attributes={"region": "eu"})
    assert api.post("/devicegroups", dev).status_code == 400
    prod = api.group(pid, "Prod", "production_devicegroup", attributes={"region": "eu"})
    assert prod["attributes"]["region"] == "eu"
    patch = {"data": {"type": prod["type"], "id": prod["id"], "attributes": {"region": "us"}}}
    assert api.patch(f"/devicegroups/{prod['id']}", patch).status_code == 400


def test_load_code_after_blessing_defaults_true_and_is_production_only(api: Api) -> None:
    pid = api.product()["id"]
    prod = api.group(pid, "Prod", "pre_production_devicegroup")
    assert prod["attributes"]["load_code_after_blessing"] is True
    flip = {"data": {"type": prod["type"], "id": prod["id"]}}
    flip["data"]["attributes"] = {"load_code_after_blessing": False}
    updated = api.patch(f"/devicegroups/{prod['id']}", flip).json()["data"]
    assert updated["attributes"]["load_code_after_blessing"] is False
    dev = api.group(pid, "Dev")
    assert "load_code_after_blessing" not in dev["attributes"]
    bad = {
        "data": {
            "type": dev["type"],
            "id": dev["id"],
            "attributes": {"load_code_after_blessing": True},
        }
    }
    assert api.patch(f"/devicegroups/{dev['id']}", bad).status_code == 400


def test_env_vars_are_stored_and_echoed(api: Api) -> None:
    pid = api.product()["id"]
    env = {"LOG_LEVEL": "debug", "PERIOD": 30, "RATIO": 0.5}
    group = api.group(pid, attributes={"env_vars": env})
    assert group["attributes"]["env_vars"] == env
    assert api.get(f"/devicegroups/{group['id']}").json()["data"]["attributes"]["env_vars"] == env
    for bad in ({"1BAD": "x"}, {"OK": True}, {"OK": None}, {"OK": [1]}):
        body = group_body(pid, "Other", attributes={"env_vars": bad})
        assert api.post("/devicegroups", body).status_code == 400, bad


def test_a_groups_type_cannot_change(api: Api) -> None:
    group = api.group(api.product()["id"])
    body = {"data": {"type": "pre_dut_devicegroup", "id": group["id"], "attributes": {}}}
    assert api.patch(f"/devicegroups/{group['id']}", body).status_code == 409


def test_group_delete_rules(api: Api) -> None:
    pid = api.product()["id"]
    production = api.group(pid, "Prod", "production_devicegroup")
    dut = api.group(pid, "DUT", "dut_devicegroup")
    targets = {
        "production_target": {"type": "production_devicegroup", "id": production["id"]},
        "dut_target": {"type": "dut_devicegroup", "id": dut["id"]},
    }
    fixture = api.group(pid, "F", "factoryfixture_devicegroup", relationships=targets)
    target_delete = api.delete(f"/devicegroups/{production['id']}")
    assert target_delete.status_code == 409
    deployment = api.deploy(fixture, flagged=True)
    assert api.delete(f"/devicegroups/{fixture['id']}").status_code == 409
    unflag = {
        "data": {"type": "deployment", "id": deployment["id"], "attributes": {"flagged": False}}
    }
    assert api.patch(f"/deployments/{deployment['id']}", unflag).status_code == 200
    assert api.delete(f"/devicegroups/{fixture['id']}").status_code == 204
    assert api.get(f"/deployments/{deployment['id']}").status_code == 404, "deleted with the group"
    assert api.delete(f"/devicegroups/{production['id']}").status_code == 204


def test_group_with_devices_cannot_be_deleted(api: Api) -> None:
    group = api.group(api.product()["id"])
    device = api.devices()[0]
    assert api.assign(group, device["id"]).status_code == 204
    assert api.delete(f"/devicegroups/{group['id']}").status_code == 409


def test_bulk_assign_is_not_atomic_and_reports_each_missing_device(api: Api) -> None:
    group = api.group(api.product()["id"])
    device = api.devices()[0]
    response = api.assign(group, "nope-1", device["attributes"]["mac_address"], "nope-2")
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [e["status"] for e in errors] == ["404", "404"]
    assigned = api.get(f"/devices/{device['id']}").json()["data"]["relationships"]["devicegroup"]
    assert assigned == {"type": group["type"], "id": group["id"]}


def test_bulk_unassign_reports_devices_not_in_the_group(api: Api) -> None:
    group = api.group(api.product()["id"])
    first, second = api.devices()[:2]
    api.assign(group, first["id"])
    body = {
        "data": [
            {"type": "device", "id": first["attributes"]["agent_id"]},
            {"type": "device", "id": second["id"]},
        ]
    }
    response = api.delete(f"/devicegroups/{group['id']}/relationships/devices", body)
    assert response.status_code == 400
    assert [e["status"] for e in response.json()["errors"]] == ["404"]
    assert "devicegroup" not in api.get(f"/devices/{first['id']}").json()["data"]["relationships"]


def test_unassigning_from_production_needs_the_unbond_key(api: Api) -> None:
    group = api.group(api.product()["id"], "Prod", "production_devicegroup")
    device = api.devices()[0]
    api.assign(group, device["id"])
    body = {"data": [{"type": "device", "id": device["id"]}]}
    path = f"/devicegroups/{group['id']}/relationships/devices"
    assert api.delete(path, body).status_code == 403
    assert api.delete(path, body, headers={"X-Electricimp-Key": "unbond"}).status_code == 204


def test_min_supported_deployment_must_be_the_groups_own_and_not_older(api: Api) -> None:
    pid = api.product()["id"]
    group, other = api.group(pid, "A"), api.group(pid, "B")
    old, new = api.deploy(group), api.deploy(group)
    foreign = api.deploy(other)
    path = f"/devicegroups/{group['id']}/relationships/min_supported_deployment"

    def put(deployment: dict[str, Any]) -> Any:
        return api.put(path, {"data": {"type": "deployment", "id": deployment["id"]}})

    assert put(foreign).status_code == 409
    response = put(new)
    assert response.status_code == 200
    linkage = response.json()["data"]["relationships"]["min_supported_deployment"]
    assert linkage == {"type": "deployment", "id": new["id"]}
    assert put(old).status_code == 409
    missing = api.put(path, {"data": {"type": "deployment", "id": "nope"}})
    assert missing.status_code == 404


def test_list_filters(api: Api) -> None:
    first, second = api.product("A"), api.product("B")
    api.group(first["id"], "Dev")
    api.group(second["id"], "Prod", "production_devicegroup")

    def names(**params: str) -> list[str]:
        listed = api.get("/devicegroups", params=params).json()["data"]
        return [g["attributes"]["name"] for g in listed]

    assert names(**{"filter[product.id]": first["id"]}) == ["Dev"]
    assert names(**{"filter[type]": "production_devicegroup"}) == ["Prod"]
    assert api.get("/devicegroups", params={"filter[type]": "nope"}).status_code == 400
