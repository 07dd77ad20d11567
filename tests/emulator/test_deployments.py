"""Deployment rules: compile errors, flags, min-supported, create-only attributes, filters."""

from __future__ import annotations

from typing import Any

import pytest

from .conftest import Api, deployment_body, error_codes


@pytest.fixture
def group(api: Api) -> dict[str, Any]:
    return api.group(api.product()["id"])


def test_unbalanced_braces_fail_with_cx005_and_a_diagnostic(
    api: Api, group: dict[str, Any]
) -> None:
    code = 'function f() {\n  server.log("x");\n'
    response = api.post("/deployments", deployment_body(group, code))
    assert response.status_code == 400 and error_codes(response) == ["CX005"]
    [diagnostic] = response.json()["errors"][0]["meta"]
    assert diagnostic["file"] == "device_code"
    assert diagnostic["row"] == 3 and diagnostic["column"] == 1
    assert set(diagnostic) == {"file", "row", "column", "text", "type"}
    assert diagnostic["type"] == "error" and "}" in diagnostic["text"]
    assert api.get("/deployments").json()["data"] == []


def test_flagged_deployments_cannot_be_deleted(api: Api, group: dict[str, Any]) -> None:
    deployment = api.deploy(group, flagged=True)
    assert deployment["relationships"]["flagger"]["type"] == "account"
    refused = api.delete(f"/deployments/{deployment['id']}")
    assert refused.status_code == 409 and error_codes(refused) == ["CX003"]


def test_min_supported_deployment_and_newer_cannot_be_deleted(
    api: Api, group: dict[str, Any]
) -> None:
    old, minimum, new = api.deploy(group), api.deploy(group), api.deploy(group)
    path = f"/devicegroups/{group['id']}/relationships/min_supported_deployment"
    api.put(path, {"data": {"type": "deployment", "id": minimum["id"]}})
    assert api.delete(f"/deployments/{new['id']}").status_code == 409
    assert api.delete(f"/deployments/{minimum['id']}").status_code == 409
    assert api.delete(f"/deployments/{old['id']}").status_code == 204


def test_a_groups_first_deployment_becomes_its_min_supported_deployment(
    api: Api, group: dict[str, Any]
) -> None:
    first, second = api.deploy(group), api.deploy(group)
    relationships = api.get(f"/devicegroups/{group['id']}").json()["data"]["relationships"]
    assert relationships["min_supported_deployment"] == {"type": "deployment", "id": first["id"]}
    assert relationships["current_deployment"]["id"] == second["id"]
    assert api.delete(f"/deployments/{first['id']}").status_code == 409
    path = f"/devicegroups/{group['id']}/relationships/min_supported_deployment"
    api.put(path, {"data": {"type": "deployment", "id": second["id"]}})
    assert api.delete(f"/deployments/{first['id']}").status_code == 204


def test_create_only_attributes_are_refused_on_update(api: Api, group: dict[str, Any]) -> None:
    deployment = api.deploy(group, origin="https://example.com/commit/1")
    for attributes in ({"origin": "x"}, {"device_code": ""}, {"agent_code": ""}):
        body = {"data": {"type": "deployment", "id": deployment["id"], "attributes": attributes}}
        assert api.patch(f"/deployments/{deployment['id']}", body).status_code == 400
    body = {"data": {"type": "deployment", "id": deployment["id"], "attributes": {"tags": ["v2"]}}}
    assert api.patch(f"/deployments/{deployment['id']}", body).json()["data"]["attributes"][
        "tags"
    ] == ["v2"]


def test_tags_are_validated(api: Api, group: dict[str, Any]) -> None:
    for tags in (["has space"], ["a" * 300, "b" * 300], "v1"):
        response = api.post("/deployments", deployment_body(group, tags=tags))
        assert response.status_code == 400, tags


def test_deployment_becomes_the_groups_current_one_and_devices_run_it(
    api: Api, group: dict[str, Any]
) -> None:
    device = api.devices()[0]
    api.assign(group, device["id"])
    deployment = api.deploy(group, 'server.log("Booted v2");', agent_code='server.log("Agent v2");')
    current = api.get(f"/devicegroups/{group['id']}").json()["data"]["relationships"]
    assert current["current_deployment"]["id"] == deployment["id"]
    msgs = [e["msg"] for e in api.get(f"/devices/{device['id']}/logs").json()["data"]]
    assert "Booted v2" in msgs and "Agent v2" in msgs
    assert any(m.startswith("Downloading new code;") for m in msgs)


def test_deployment_filters(api: Api, group: dict[str, Any]) -> None:
    first = api.deploy(group, tags=["v1", "beta"])
    second = api.deploy(group, 'server.log("2");', tags=["v1"], flagged=True)

    def ids(**params: str) -> list[str]:
        return [d["id"] for d in api.get("/deployments", params=params).json()["data"]]

    assert ids() == [second["id"], first["id"]], "newest first"
    assert ids(**{"filter[tags]": "v1,beta"}) == [first["id"]]
    assert ids(**{"filter[flagged]": "true"}) == [second["id"]]
    assert ids(**{"filter[flagged]": "false"}) == [first["id"]]
    assert ids(**{"filter[sha]": first["attributes"]["sha"]}) == [first["id"]]
    assert ids(**{"filter[devicegroup.id]": group["id"]}) == [second["id"], first["id"]]
    assert api.get("/deployments", params={"filter[flagged]": "maybe"}).status_code == 400


def test_devicegroup_linkage_must_carry_the_groups_subtype(api: Api, group: dict[str, Any]) -> None:
    wrong = {**group, "type": "production_devicegroup"}
    assert api.post("/deployments", deployment_body(wrong)).status_code == 409
