"""What goes on the wire, what comes back, and that both clients expose the same surface."""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys

import httpx
import pytest

import impcentral
from impcentral import (
    DEFAULT_API_ENDPOINT,
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncImpCentralApi,
    Deployments,
    DeviceGroups,
    Devices,
    ImpCentralApi,
    ImpCentralError,
    LogStreams,
    Products,
    Webhooks,
)

from .conftest import BASE, FakeApi, jsonapi, product_doc

RESOURCES = ["auth", "accounts", "products", "device_groups", "devices", "deployments", "webhooks"]


def test_endpoint_default_and_custom() -> None:
    assert ImpCentralApi().api_endpoint == DEFAULT_API_ENDPOINT == "https://api.electricimp.com/v5"
    assert AsyncImpCentralApi("https://imp.example/v5").api_endpoint == "https://imp.example/v5"


def test_endpoints_are_per_instance(fake: FakeApi) -> None:
    first = ImpCentralApi("https://one.example/v5")
    second = ImpCentralApi("https://two.example/v5")
    assert (first.api_endpoint, second.api_endpoint) == (
        "https://one.example/v5",
        "https://two.example/v5",
    )
    assert repr(first) == "ImpCentralApi(api_endpoint='https://one.example/v5')"


def test_headers_and_no_body_on_bodiless_calls(api: ImpCentralApi, fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    fake.on("POST", "/devices/d1/restart", httpx.Response(204))
    fake.on("DELETE", "/products/p1", httpx.Response(204))
    assert api.products.get("p1").data.id == "p1"
    assert api.devices.restart("d1") is None
    assert api.products.delete("p1") is None
    for request in fake.requests:
        assert request.headers["Accept"] == "application/vnd.api+json"
        assert request.headers["User-Agent"] == f"impcentral-python/{impcentral.__version__}"
        assert request.content == b""
        assert "Content-Type" not in request.headers


def test_json_api_bodies(api: ImpCentralApi, fake: FakeApi) -> None:
    fake.on("POST", "/products", product_doc(status=201))
    api.products.create({"name": "n", "description": "d"}, "owner-1")
    request = fake.requests[0]
    assert request.headers["Content-Type"] == "application/vnd.api+json"
    assert json.loads(request.content) == {
        "data": {
            "type": "product",
            "attributes": {"name": "n", "description": "d"},
            "relationships": {"owner": {"type": "account", "id": "owner-1"}},
        }
    }


def test_update_without_attributes_sends_no_null(api: ImpCentralApi, fake: FakeApi) -> None:
    fake.on("PATCH", "/products/p1", product_doc())
    api.products.update("p1", None)
    assert json.loads(fake.requests[0].content) == {"data": {"type": "product", "id": "p1"}}


@pytest.mark.parametrize(
    ("device_id", "path"),
    [
        ("0c:2a:69:05:0d:62", "/v5/devices/0c%3A2a%3A69%3A05%3A0d%3A62"),
        ("T1oUmIZ3At_N", "/v5/devices/T1oUmIZ3At_N"),
        ("a/b?c#d", "/v5/devices/a%2Fb%3Fc%23d"),
    ],
)
def test_path_ids_are_percent_encoded(
    api: ImpCentralApi, fake: FakeApi, device_id: str, path: str
) -> None:
    fake.on("GET", "/devices/x", httpx.Response(404))
    with pytest.raises(Exception):  # noqa: B017 - only the URL matters here
        api.devices.get(device_id)
    assert fake.requests[0].url.raw_path.decode() == path


def test_filters_and_paging_on_the_wire(api: ImpCentralApi, fake: FakeApi) -> None:
    fake.on("GET", "/deployments", jsonapi({"data": [], "links": {"self": BASE}}))
    api.deployments.list(
        {Deployments.FILTER_FLAGGED: True, Deployments.FILTER_TAGS: ["v1", "beta"]}, page_size=5
    )
    api.deployments.list(None, 3)
    api.deployments.list()
    first, second, third = (dict(r.url.params) for r in fake.requests)
    assert first == {
        "filter[flagged]": "true",
        "filter[tags]": "v1,beta",
        "page[number]": "1",
        "page[size]": "5",
    }
    assert second == {"page[number]": "3", "page[size]": "20"}
    assert third == {}


def test_device_group_bodies(api: ImpCentralApi, fake: FakeApi) -> None:
    group = {"type": DeviceGroups.TYPE_FACTORY_FIXTURE, "id": "g1", "attributes": {"name": "f"}}
    fake.on("POST", "/devicegroups", jsonapi({"data": group}, 201))
    fake.on("PATCH", "/devicegroups/g1", jsonapi({"data": group}))
    fake.on("DELETE", "/devicegroups/g1/relationships/devices", httpx.Response(204))
    fake.on(
        "PUT", "/devicegroups/g1/relationships/min_supported_deployment", jsonapi({"data": group})
    )
    production = {"type": DeviceGroups.TYPE_PRODUCTION, "id": "p9"}
    dut = {"type": DeviceGroups.TYPE_DUT, "id": "d9"}
    created = api.device_groups.create(
        "prod-1", DeviceGroups.TYPE_FACTORY_FIXTURE, {"name": "f"}, production, dut
    )
    assert created.data.type == DeviceGroups.TYPE_FACTORY_FIXTURE
    api.device_groups.update("g1", DeviceGroups.TYPE_FACTORY_FIXTURE, {"name": "g"}, None, dut)
    api.device_groups.remove_devices("g1", "d1", "d2", unbond_key="unbond")
    moved = api.device_groups.update_min_supported_deployment("g1", "dep-1")
    assert moved is not None and moved.data.id == "g1"
    create, update, remove, minimum = fake.requests
    assert json.loads(create.content)["data"]["relationships"] == {
        "product": {"type": "product", "id": "prod-1"},
        "production_target": production,
        "dut_target": dut,
    }
    assert json.loads(update.content) == {
        "data": {
            "type": DeviceGroups.TYPE_FACTORY_FIXTURE,
            "id": "g1",
            "attributes": {"name": "g"},
            "relationships": {"dut_target": dut},
        }
    }
    assert json.loads(remove.content) == {
        "data": [{"type": "device", "id": "d1"}, {"type": "device", "id": "d2"}]
    }
    assert remove.headers["X-Electricimp-Key"] == "unbond"
    assert json.loads(minimum.content) == {"data": {"type": "deployment", "id": "dep-1"}}


def test_results_are_typed_documents(api: ImpCentralApi, fake: FakeApi) -> None:
    body = {
        "data": {"type": "product", "id": "p1", "attributes": {"name": "n", "vendor_field": 1}},
        "meta": {"extra": True},
    }
    fake.on("GET", "/products/p1", jsonapi(body))
    product = api.products.get("p1")
    assert product.data.attributes.name == "n"
    assert product.to_dict() == body  # unknown members survive


def test_constants_match_the_node_client() -> None:
    assert [getattr(DeviceGroups, n) for n in dir(DeviceGroups) if n.startswith("TYPE_")]
    assert DeviceGroups.TYPE_PRE_FACTORY_FIXTURE == "pre_factoryfixture_devicegroup"
    assert DeviceGroups.TYPE_PRE_DUT == "pre_dut_devicegroup"
    assert Products.FILTER_OWNER_ID == "filter[owner.id]"
    assert Devices.FILTER_DEVICE_GROUP_OWNER_ID == "filter[devicegroup.owner.id]"
    assert Deployments.FILTER_FLAGGER_ID == "filter[flagger.id]"
    assert Webhooks.CONTENT_TYPE_WWW_FORM == "application/x-www-form-urlencoded"
    assert (LogStreams.FORMAT_TEXT, LogStreams.FORMAT_JSON) == ("text", "json")
    api = ImpCentralApi()
    assert api.device_groups.TYPE_DEVELOPMENT == "development_devicegroup"
    assert api.webhooks.EVENT_BLINKUP == "blinkup"
    assert isinstance(api.devices, Devices)


def _public(obj: object) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(getattr(obj, name))
        for name in dir(obj)
        if not name.startswith("_") and callable(getattr(obj, name))
    }


@pytest.mark.parametrize("resource", RESOURCES)
def test_sync_and_async_surfaces_are_identical(resource: str) -> None:
    sync_resource = getattr(ImpCentralApi(), resource)
    async_resource = getattr(AsyncImpCentralApi(), resource)
    sync_methods, async_methods = _public(sync_resource), _public(async_resource)
    assert sync_methods.keys() == async_methods.keys()
    for name, signature in sync_methods.items():
        assert [p.name for p in signature.parameters.values()] == [
            p.name for p in async_methods[name].parameters.values()
        ], name
        if name.startswith("list_all") or name == "get_all_logs":
            continue
        assert inspect.iscoroutinefunction(getattr(async_resource, name)), name


def test_methods_document_themselves() -> None:
    api = ImpCentralApi()
    for resource in RESOURCES:
        for name in _public(getattr(api, resource)):
            assert getattr(getattr(api, resource), name).__doc__, f"{resource}.{name}"
    signature = inspect.signature(api.device_groups.remove_devices)
    assert str(signature).startswith("(device_group_id: 'str', *device_ids: 'str', unbond_key")


def test_with_options_shares_state_but_not_closing(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    api = fake.sync_api()
    view = api.with_options(timeout=5)
    view.auth.access_token = "changed"
    view.close()
    api.products.get("p1")  # still open
    assert fake.requests[-1].headers["Authorization"] == "Bearer changed"
    view.debug = True
    assert api.debug
    api.close()


def test_injected_http_client_is_left_open(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    mine = httpx.Client(transport=httpx.MockTransport(fake))
    with ImpCentralApi(BASE, access_token="t", http_client=mine) as api:
        api.products.get("p1")
    assert not mine.is_closed
    mine.close()


def test_async_context_manager_and_injected_client(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    mine = httpx.AsyncClient(transport=httpx.MockTransport(fake))

    async def main() -> str:
        async with AsyncImpCentralApi(BASE, access_token="t", http_client=mine) as api:
            return (await api.products.get("p1")).data.id

    assert asyncio.run(main()) == "p1"
    assert not mine.is_closed


def _setting_cookie(header: str) -> httpx.Response:
    answer = product_doc("p2")
    return httpx.Response(
        200, headers={**answer.headers, header: "lb=node-7; Path=/"}, content=answer.content
    )


@pytest.mark.parametrize("header", ["Set-Cookie", "set-cookie"])
def test_cookies_set_by_a_response_go_with_later_requests(fake: FakeApi, header: str) -> None:
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api() as api:
        api.products.get("p1")
        assert not api._http.cookies
        fake.on("GET", "/products/p2", _setting_cookie(header))
        api.products.get("p2")
        api.products.get("p1")
    assert "Cookie" not in fake.requests[1].headers
    assert fake.requests[-1].headers["Cookie"] == "lb=node-7"


def test_async_client_keeps_cookies_too(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    fake.on("GET", "/products/p2", _setting_cookie("Set-Cookie"))

    async def main() -> None:
        async with fake.async_api() as api:
            await api.products.get("p2")
            await api.products.get("p1")

    asyncio.run(main())
    assert fake.requests[-1].headers["Cookie"] == "lb=node-7"


def test_import_loads_only_the_core() -> None:
    """Resources, the generated code, log streams and the large modules only some calls need
    are imported when a program uses them."""
    probe = "import sys, impcentral; print(' '.join(sorted(sys.modules)))"
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    for module in [
        "impcentral_generated",
        "impcentral.resources.products",
        "impcentral.log_streams",
        "asyncio",
        "dateutil",
        "importlib.metadata",
    ]:
        assert module not in loaded, module


def test_resources_are_built_for_each_view_on_first_use(fake: FakeApi) -> None:
    api = fake.sync_api()
    products = api.products
    assert api.products is products
    view = api.with_options(max_retries=0)
    assert view.products is not products
    assert view.products._client is view
    api.close()
    assert "log_streams" not in vars(api)  # closing builds nothing


def test_paths_are_joined_to_the_endpoint(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    for endpoint in (BASE, BASE + "/"):
        with ImpCentralApi(
            endpoint,
            access_token="t",
            http_client=httpx.Client(transport=httpx.MockTransport(fake)),
        ) as api:
            api.products.get("p1")
    assert [str(r.url) for r in fake.requests] == [f"{BASE}/products/p1"] * 2


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (httpx.DecodingError("Error -3 while decompressing data"), APIResponseValidationError),
        (httpx.ReadTimeout("slow"), APITimeoutError),
        (httpx.PoolTimeout("no connection free"), APITimeoutError),
        (httpx.RemoteProtocolError("illegal header"), APIConnectionError),
        (httpx.UnsupportedProtocol("ftp"), APIConnectionError),
        (httpx.TooManyRedirects("loop"), APIConnectionError),
    ],
)
def test_every_httpx_error_is_a_typed_error(
    fake: FakeApi, raised: httpx.HTTPError, expected: type[ImpCentralError]
) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise raised

    fake.on("GET", "/products/p1", fail)

    async def call() -> None:
        async with fake.async_api(max_retries=0) as aapi:
            await aapi.products.get("p1")

    with fake.sync_api(max_retries=0) as api, pytest.raises(expected) as caught:
        api.products.get("p1")
    assert caught.value.__cause__ is raised
    with pytest.raises(expected):
        asyncio.run(call())
