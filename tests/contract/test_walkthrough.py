"""A full, realistic session through the spec: every success response validated with all checks.

Random fuzzing seldom gets deep enough to see, say, a factory fixture group or a device inside a
group; this walk makes sure those documents conform too.
"""

from __future__ import annotations

from typing import Any

from schemathesis import Case

from .test_contract import EMAIL, PASSWORD, emulator, schema


class Session:
    """One logged-in user; the token is passed explicitly, so the auth probes check it too."""

    def __init__(self) -> None:
        emulator.reset()
        self.token = ""
        self.token = self.call("POST", "/auth", body={"id": EMAIL, "password": PASSWORD})[
            "access_token"
        ]

    def case(self, method: str, path: str, **kwargs: Any) -> Case[Any]:
        operation = schema[path][method]
        media_type = "application/json" if path.startswith("/auth") else None
        if "body" in kwargs and media_type:
            kwargs["media_type"] = media_type
        return operation.Case(**kwargs)

    def call(self, method: str, path: str, *, expect: int | None = None, **kwargs: Any) -> Any:
        case = self.case(method, path, **kwargs)
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else None
        response = case.call_and_validate(headers=headers)
        if expect is not None:
            assert response.status_code == expect, response.text
        return response.json() if response.content else None


def linkage(resource: dict[str, Any]) -> dict[str, str]:
    return {"type": resource["type"], "id": resource["id"]}


def test_a_whole_product_life_cycle_conforms() -> None:
    s = Session()
    product = s.call(
        "POST",
        "/products",
        body={"data": {"type": "product", "attributes": {"name": "Thermostat"}}},
        expect=201,
    )["data"]

    def group(gtype: str, name: str, **relationships: Any) -> dict[str, Any]:
        body = {
            "data": {
                "type": gtype,
                "attributes": {"name": name, "env_vars": {"LEVEL": "debug", "N": 3}},
                "relationships": {"product": linkage(product), **relationships},
            }
        }
        return dict(s.call("POST", "/devicegroups", body=body, expect=201)["data"])

    dev = group("development_devicegroup", "Dev")
    prod = group("production_devicegroup", "Prod")
    dut = group("dut_devicegroup", "DUT")
    fixture = group(
        "factoryfixture_devicegroup",
        "Fixture",
        production_target=linkage(prod),
        dut_target=linkage(dut),
    )
    s.call(
        "GET",
        "/devicegroups/{device_group_id}",
        path_parameters={"device_group_id": fixture["id"]},
        expect=200,
    )
    s.call("GET", "/devicegroups", query={"filter[product.id]": product["id"]}, expect=200)

    devices = s.call("GET", "/devices", expect=200)["data"]
    first = devices[0]
    s.call(
        "POST",
        "/devicegroups/{device_group_id}/relationships/devices",
        path_parameters={"device_group_id": dev["id"]},
        body={"data": [{"type": "device", "id": first["attributes"]["mac_address"]}]},
        expect=204,
    )
    code = 'server.log("hello from the device");'
    deployment = s.call(
        "POST",
        "/deployments",
        body={
            "data": {
                "type": "deployment",
                "attributes": {"device_code": code, "agent_code": "", "tags": ["v1"]},
                "relationships": {"devicegroup": linkage(dev)},
            }
        },
        expect=201,
    )["data"]
    s.call(
        "PUT",
        "/devicegroups/{device_group_id}/relationships/min_supported_deployment",
        path_parameters={"device_group_id": dev["id"]},
        body={"data": {"type": "deployment", "id": deployment["id"]}},
        expect=200,
    )
    s.call(
        "GET",
        "/devices/{device_id}",
        path_parameters={"device_id": first["attributes"]["agent_id"]},
        expect=200,
    )
    s.call(
        "POST",
        "/devices/{device_id}/restart",
        path_parameters={"device_id": first["id"]},
        expect=204,
    )
    logs = s.call(
        "GET", "/devices/{device_id}/logs", path_parameters={"device_id": first["id"]}, expect=200
    )
    assert logs["data"][0]["msg"] == "hello from the device"
    s.call("GET", "/deployments", query={"filter[tags]": "v1"}, expect=200)

    webhook = s.call(
        "POST",
        "/webhooks",
        body={
            "data": {
                "type": "webhook",
                "attributes": {
                    "url": "https://example.com/hook",
                    "event": "blessing",
                    "content_type": "application/json",
                },
                "relationships": {"devicegroup": linkage(prod)},
            }
        },
        expect=201,
    )["data"]
    stream = s.call("POST", "/logstream", expect=200)["data"]
    ids = {"log_stream_id": stream["id"], "device_id": first["id"]}
    s.call("PUT", "/logstream/{log_stream_id}/{device_id}", path_parameters=ids, expect=204)
    s.call("DELETE", "/logstream/{log_stream_id}/{device_id}", path_parameters=ids, expect=204)

    key = s.call(
        "POST",
        "/accounts/me/login_keys",
        headers={"X-Electricimp-Password": PASSWORD},
        body={"data": {"type": "login_key", "attributes": {"description": "CI"}}},
        expect=201,
    )["data"]
    s.call("POST", "/auth/token", body={"key": key["id"]}, expect=200)
    s.call("GET", "/accounts/me/refresh_tokens", expect=200)
    s.call("GET", "/accounts/{account_id}", path_parameters={"account_id": "me"}, expect=200)

    # Tear down in the order the service allows, checking each resource is gone afterwards.
    s.call(
        "DELETE",
        "/accounts/me/login_keys/{login_key_id}",
        path_parameters={"login_key_id": key["id"]},
        headers={"X-Electricimp-Password": PASSWORD},
        expect=204,
    )
    s.call(
        "DELETE",
        "/webhooks/{webhook_id}",
        path_parameters={"webhook_id": webhook["id"]},
        expect=204,
    )
    s.call(
        "DELETE",
        "/devicegroups/{device_group_id}/relationships/devices",
        path_parameters={"device_group_id": dev["id"]},
        body={"data": [{"type": "device", "id": first["id"]}]},
        expect=204,
    )
    s.call(
        "DELETE",
        "/deployments/{deployment_id}",
        path_parameters={"deployment_id": deployment["id"]},
        expect=409,
    )
    for doomed in (fixture, prod, dut, dev):
        ids = {"device_group_id": doomed["id"]}
        s.call("DELETE", "/devicegroups/{device_group_id}", path_parameters=ids, expect=204)
        s.call("GET", "/devicegroups/{device_group_id}", path_parameters=ids, expect=404)
    s.call(
        "DELETE",
        "/products/{product_id}",
        path_parameters={"product_id": product["id"]},
        expect=204,
    )
    s.call(
        "GET", "/products/{product_id}", path_parameters={"product_id": product["id"]}, expect=404
    )
