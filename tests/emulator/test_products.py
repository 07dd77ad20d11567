"""Product rules."""

from __future__ import annotations

from .conftest import Api, error_codes


def test_product_names_are_unique_per_owner(api: Api) -> None:
    product = api.product("Thermostat")
    again = api.post(
        "/products", {"data": {"type": "product", "attributes": {"name": "Thermostat"}}}
    )
    assert again.status_code == 409 and error_codes(again) == ["CX001"]
    other = api.product("Other")
    rename = {"data": {"type": "product", "id": other["id"], "attributes": {"name": "Thermostat"}}}
    assert api.patch(f"/products/{other['id']}", rename).status_code == 409
    same = {"data": {"type": "product", "id": product["id"], "attributes": {"name": "Thermostat"}}}
    assert api.patch(f"/products/{product['id']}", same).status_code == 200


def test_product_with_device_groups_cannot_be_deleted(api: Api) -> None:
    product = api.product()
    group = api.group(product["id"])
    refused = api.delete(f"/products/{product['id']}")
    assert refused.status_code == 409
    assert refused.json()["errors"][0]["title"] == "Dependent Devicegroups Exist"
    assert api.delete(f"/devicegroups/{group['id']}").status_code == 204
    assert api.delete(f"/products/{product['id']}").status_code == 204
    assert api.get(f"/products/{product['id']}").status_code == 404


def test_update_with_another_resources_id_is_a_409(api: Api) -> None:
    product = api.product()
    body = {"data": {"type": "product", "id": "someone-else", "attributes": {"name": "B"}}}
    assert api.patch(f"/products/{product['id']}", body).status_code == 409


def test_product_in_another_account_is_forbidden(api: Api) -> None:
    body = {
        "data": {
            "type": "product",
            "attributes": {"name": "X"},
            "relationships": {"owner": {"type": "account", "id": "not-mine"}},
        }
    }
    assert api.post("/products", body).status_code == 403


def test_owner_filter(api: Api) -> None:
    api.product()
    me = api.get("/accounts/me").json()["data"]["id"]
    assert len(api.get("/products", params={"filter[owner.id]": me}).json()["data"]) == 1
    assert api.get("/products", params={"filter[owner.id]": "other"}).json()["data"] == []
