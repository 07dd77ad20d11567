"""``api.with_raw_response``, ``api.rate_limit`` and what ``help()`` shows of the resources."""

from __future__ import annotations

import asyncio
import inspect
import pydoc

import httpx
import pytest
from impcentral_generated.models import ProductDocument

from impcentral import (
    AsyncImpCentralApi,
    ImpCentralApi,
    NotFoundError,
    RateLimit,
    RateLimitError,
    RawResponse,
)

from .conftest import FakeApi, jsonapi, product, tokens_body

LIMITS = {"X-RateLimit-Limit": "40", "X-RateLimit-Remaining": "39", "X-RateLimit-Reset": "1"}


def test_a_raw_response_has_the_status_headers_request_and_typed_result(
    fake: FakeApi, api: ImpCentralApi
) -> None:
    fake.on("GET", "/products/p1", jsonapi({"data": product("p1", "lab")}, headers=LIMITS))
    raw = api.with_raw_response.products.get("p1")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-ratelimit-remaining"] == "39"
    assert raw.http_request.method == "GET"
    assert raw.http_request.url.path == "/v5/products/p1"
    assert raw.rate_limit == RateLimit(limit=40, remaining=39, reset=1.0)
    parsed = raw.parse()
    assert isinstance(parsed, ProductDocument) and parsed.data.attributes.name == "lab"
    assert raw.parse() is parsed
    assert (raw.method, str(raw.url)) == ("GET", "https://api.test/v5/products/p1")
    assert raw.text.startswith('{"data"')
    assert repr(raw) == "<RawResponse 200 GET https://api.test/v5/products/p1>"
    assert len(fake.requests) == 1  # parsing sends nothing


def test_an_error_status_raises_as_for_the_ordinary_call(fake: FakeApi, api: ImpCentralApi) -> None:
    with pytest.raises(NotFoundError):
        api.with_raw_response.products.get("nope")


def test_a_raw_call_without_a_body_parses_to_none(fake: FakeApi, api: ImpCentralApi) -> None:
    fake.on("DELETE", "/products/p1", httpx.Response(204))
    raw = api.with_raw_response.products.delete("p1")
    assert (raw.status_code, raw.parse()) == (204, None)


def test_a_raw_login_keeps_the_tokens(fake: FakeApi) -> None:
    fake.on("POST", "/auth", tokens_body("fresh", refresh="r1"))
    with fake.sync_api(access_token=None) as api:
        raw = api.with_raw_response.auth.login("me@example.com", "pw")
        assert raw.status_code == 200
        assert api.auth.tokens.refresh_token == "r1"
        assert raw.parse().access_token == "fresh"


def test_the_raw_variants_are_those_of_the_builders(api: ImpCentralApi) -> None:
    raw_get = api.with_raw_response.products.get
    assert (
        str(inspect.signature(raw_get)) == "(product_id: 'str') -> 'RawResponse[ProductDocument]'"
    )
    assert raw_get.__doc__ == api.products.get.__doc__
    assert "list_all" not in dir(api.with_raw_response.products)
    assert {"get", "list", "create", "update", "delete"} <= set(dir(api.with_raw_response.products))
    with pytest.raises(AttributeError, match="no raw-response variant"):
        _ = api.with_raw_response.products.list_all
    assert set(dir(api.with_raw_response)) == {
        "accounts",
        "auth",
        "deployments",
        "device_groups",
        "devices",
        "products",
        "webhooks",
    }
    with pytest.raises(AttributeError, match="no resource"):
        _ = api.with_raw_response.debug


def test_async_raw_responses(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", jsonapi({"data": product("p1")}, headers=LIMITS))

    async def main() -> RawResponse[ProductDocument]:
        async with fake.async_api() as api:
            raw: RawResponse[ProductDocument] = await api.with_raw_response.products.get("p1")
            assert api.rate_limit.remaining == 39
            return raw

    raw = asyncio.run(main())
    assert raw.status_code == 200 and raw.parse().data.id == "p1"


def test_the_rate_limit_is_the_last_seen_and_shared_with_views(
    fake: FakeApi, api: ImpCentralApi
) -> None:
    assert api.rate_limit == RateLimit(limit=None, remaining=None, reset=None)
    fake.on("GET", "/products/p1", jsonapi({"data": product("p1")}, headers=LIMITS))
    fake.on("GET", "/products/p2", jsonapi({"data": product("p2")}))  # no headers: kept
    view = api.with_options(timeout=5)
    view.products.get("p1")
    api.products.get("p2")
    assert api.rate_limit == view.rate_limit == RateLimit(limit=40, remaining=39, reset=1.0)
    limited = {"X-RateLimit-Limit": "40", "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "0"}
    fake.on("GET", "/products/p3", jsonapi({"errors": []}, 429, limited))
    with pytest.raises(RateLimitError):
        api.products.get("p3")
    assert api.rate_limit == RateLimit(limit=40, remaining=0, reset=0.0)


@pytest.mark.parametrize(
    ("client", "prefix"), [(ImpCentralApi, ""), (AsyncImpCentralApi, "async ")]
)
def test_help_lists_each_resource_with_its_methods_and_results(client: type, prefix: str) -> None:
    text = pydoc.render_doc(client, renderer=pydoc.plaintext)
    products = "ProductsResource" if client is ImpCentralApi else "AsyncProductsResource"
    assert f"products = <{products}, built on first use>" in text
    assert f"{prefix}get(product_id: str) -> ProductDocument" in text
    assert f"{prefix}get_logs(device_id: str, page_number: int | None = None" in text
    assert "list_all(filters: Mapping[str, Any] | None = None, page_size: int = 100) -> " in text
    assert "built_on_first_use object" not in text.lower().replace(".", "_")
    assert "rate_limit" in text and "with_raw_response" in text


def test_the_methods_show_their_result_types(api: ImpCentralApi) -> None:
    assert inspect.signature(api.products.get).return_annotation == "ProductDocument"
    assert inspect.signature(api.products.list_all).return_annotation == "Iterator[Product]"
    assert inspect.signature(api.products.delete).return_annotation == "None"


def test_a_raw_response_repr_hides_secret_ids(fake: FakeApi, api: ImpCentralApi) -> None:
    key = {"type": "login_key", "id": "secret-key-id", "attributes": {}}
    fake.on("GET", "/accounts/me/login_keys/secret-key-id", jsonapi({"data": key}))
    raw = api.with_raw_response.accounts.get_login_key("secret-key-id")
    assert "secret-key-id" not in repr(raw)
