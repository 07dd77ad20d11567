"""Document rules shared by every resource: media type, links, paging, malformed input."""

from __future__ import annotations

import pytest

from .conftest import Api, error_codes

MEDIA = "application/vnd.api+json"


def test_resources_are_jsonapi_with_flat_relationships_and_self_links(api: Api) -> None:
    response = api.post("/products", {"data": {"type": "product", "attributes": {"name": "A"}}})
    assert response.headers["content-type"] == MEDIA
    product = response.json()["data"]
    assert product["links"]["self"] == f"{api.server.url}/products/{product['id']}"
    owner = product["relationships"]["owner"]
    assert set(owner) == {"type", "id"} and owner["type"] == "account"


def test_lists_page_with_absolute_links(api: Api) -> None:
    for n in range(23):
        api.product(f"P{n}")
    first = api.get("/products").json()
    assert len(first["data"]) == 20
    assert first["links"]["first"].startswith(f"{api.server.url}/products?")
    second = api.client.get(first["links"]["next"], headers=api.headers()).json()
    assert [p["attributes"]["name"] for p in second["data"]] == ["P20", "P21", "P22"]
    assert "next" not in second["links"]
    big = api.get("/products", params={"page[size]": 100}).json()
    assert len(big["data"]) == 23 and "next" not in big["links"]
    beyond = api.get("/products", params={"page[number]": 9}).json()
    assert beyond["data"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"page[size]": 0},
        {"page[size]": 101},
        {"page[size]": "ten"},
        {"page[number]": 0},
        {"page[number]": "-1"},
        {"page[number]": "1_0"},
        {"filter[nonsense]": "x"},
        {"page[offset]": 1},
    ],
)
def test_out_of_range_page_values_and_unknown_filters_are_400(
    api: Api, params: dict[str, object]
) -> None:
    response = api.get("/products", params=params)
    assert response.status_code == 400
    assert response.json()["errors"][0]["status"] == "400"


def test_the_node_clients_null_body_is_accepted_on_bodiless_calls(api: Api) -> None:
    device = api.devices()[0]
    headers = api.headers({"Content-Type": MEDIA})
    for method, path in [
        ("GET", "/products"),
        ("GET", f"/devices/{device['id']}"),
        ("POST", "/logstream"),
        ("DELETE", "/accounts/me/refresh_tokens/unknown"),
    ]:
        response = api.client.request(method, f"/v5{path}", content=b"null", headers=headers)
        assert response.status_code < 500 and response.status_code != 400, (method, path)


@pytest.mark.parametrize(
    ("content", "content_type", "status"),
    [
        (b"{not json", MEDIA, 400),
        (b'{"data": {"type": "product", "attributes": {"name": "x"}}}', "text/plain", 415),
        (b'{"data": {"type": "widget", "attributes": {"name": "x"}}}', MEDIA, 400),
        (b'{"data": {"type": "product", "attributes": {"name": "x", "colour": 1}}}', MEDIA, 400),
        (b'{"data": {"type": "product", "attributes": {"name": 5}}}', MEDIA, 400),
        (b'{"data": {"type": "product", "attributes": {"name": "x"}}, "x": 1}', MEDIA, 400),
        (b'{"data": {"type": "product", "attributes": {"name": 1e999}}}', MEDIA, 400),
        (b'{"data": {"type": "product", "attributes": {"name": NaN}}}', MEDIA, 400),
        (b"[" * 100_000, MEDIA, 400),
        (b"null", MEDIA, 400),
        (b'"text"', MEDIA, 400),
        (b"\xff\xfe", MEDIA, 400),
    ],
)
def test_malformed_requests_get_a_4xx_error_document(
    api: Api, content: bytes, content_type: str, status: int
) -> None:
    headers = api.headers({"Content-Type": content_type})
    response = api.client.post("/v5/products", content=content, headers=headers)
    assert response.status_code == status
    assert response.headers["content-type"] == MEDIA
    assert response.json()["errors"][0]["status"] == str(status)


def test_unknown_routes_and_methods_get_error_documents(api: Api) -> None:
    missing = api.get("/nothing-here")
    assert missing.status_code == 404 and error_codes(missing) == ["NF001"]
    wrong_method = api.put("/products")
    assert wrong_method.status_code == 405
    assert set(wrong_method.headers["allow"].split(", ")) >= {"GET", "POST"}
    assert api.get("/products/").status_code == 404, "no redirects for a trailing slash"
