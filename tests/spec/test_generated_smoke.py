"""Call every generated ``sync_detailed`` once against ``httpx.MockTransport`` and check the wire.

Arguments come from the spec's examples; the mock answers with the documented success status and
example body. Checked per operation: method, path (ids URL-encoded), query keys and values (literal
``filter[...]`` / ``page[...]`` names), ``X-Electricimp-*`` headers, ``Content-Type``, bearer token
only where the operation is authenticated, the JSON body, and the type of the parsed reply.
"""

from __future__ import annotations

import asyncio
import copy
import importlib
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import impcentral_generated.api as api
import pytest
from impcentral_generated import AuthenticatedClient, Client, models
from impcentral_generated.api.devices import get_device, list_devices

from ._spec import Operation, example_values, load_spec, operations, ref_name, resolve
from .test_examples_roundtrip import model_names

BASE_URL = "https://api.electricimp.com/v5"
TOKEN = "test-access-token"
GENERATED_OPS = [op for op in operations() if op.operation_id != "getLogStream"]


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def python_name(parameter: str) -> str:
    """The generator's keyword for a parameter: ``filter[owner.id]`` -> ``filterowner_id``."""
    return re.sub(r"[.\-]", "_", re.sub(r"[\[\]]", "", parameter)).lower()


def first_example(container: dict[str, Any]) -> Any:
    return next(example_values(container))[1]


def module_for(op: Operation) -> Any:
    tag = op.operation["tags"][0]
    return importlib.import_module(f"impcentral_generated.api.{tag}.{snake(op.operation_id)}")


def success(op: Operation) -> tuple[int, dict[str, Any]]:
    code = min(code for code in op.responses if code.startswith("2"))
    return int(code), op.responses[code]


def build_call(op: Operation) -> tuple[dict[str, Any], dict[str, str], dict[str, str], Any]:
    """Keyword arguments, expected query, expected headers and expected JSON body."""
    kwargs: dict[str, Any] = {}
    query: dict[str, str] = {}
    headers: dict[str, str] = {}
    for param in op.parameters:
        value = first_example(param)
        kwargs[python_name(param["name"])] = value
        if param["in"] == "query":
            query[param["name"]] = str(value)
        elif param["in"] == "header":
            headers[param["name"]] = str(value)
    body: Any = None
    request_body = op.request_body
    if request_body is not None:
        ((media_type, media),) = request_body["content"].items()
        body = first_example(media)
        for name in model_names(media["schema"]):
            try:
                kwargs["body"] = getattr(models, name).from_dict(copy.deepcopy(body))
                break
            except (KeyError, TypeError, ValueError):
                continue
        headers["Content-Type"] = media_type
    return kwargs, query, headers, body


def mock_client(op: Operation, seen: list[httpx.Request]) -> Client | AuthenticatedClient:
    status, response = success(op)
    content = response.get("content", {})

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        rate = {"X-RateLimit-Limit": "40", "X-RateLimit-Remaining": "39", "X-RateLimit-Reset": "1"}
        if not content:
            return httpx.Response(status, headers=rate)
        ((media_type, media),) = content.items()
        return httpx.Response(
            status,
            headers={**rate, "Content-Type": media_type},
            content=json.dumps(first_example(media)).encode(),
        )

    args: dict[str, Any] = {"transport": httpx.MockTransport(handler)}
    if op.requires_auth:
        return AuthenticatedClient(base_url=BASE_URL, token=TOKEN, httpx_args=args)
    return Client(base_url=BASE_URL, httpx_args=args)


def expected_path(op: Operation, kwargs: dict[str, Any]) -> str:
    def fill(match: re.Match[str]) -> str:
        return quote(str(kwargs[match.group(1)]), safe="")

    return "/v5" + re.sub(r"\{([^}]+)\}", fill, op.path)


def check_request(op: Operation, request: httpx.Request, kwargs: dict[str, Any]) -> None:
    _, query, headers, body = build_call(op)
    assert request.method == op.method.upper()
    assert request.url.raw_path.decode().split("?")[0] == expected_path(op, kwargs)
    sent_query = parse_qsl(request.url.query.decode(), keep_blank_values=True)
    assert len(sent_query) == len(dict(sent_query)), "no repeated query keys"
    assert dict(sent_query) == query
    for name, value in headers.items():
        assert request.headers.get(name) == value, name
    if op.requires_auth:
        assert request.headers.get("Authorization") == f"Bearer {TOKEN}"
    else:
        assert "Authorization" not in request.headers
    if body is None:
        assert request.content == b""
        assert "Content-Type" not in request.headers
    else:
        assert json.loads(request.content) == body


def check_reply(op: Operation, reply: Any) -> None:
    status, response = success(op)
    assert reply.status_code == status
    content = response.get("content", {})
    if not content:
        assert reply.parsed is None
        return
    ((_, media),) = content.items()
    wanted = tuple(getattr(models, name) for name in model_names(media["schema"]))
    assert isinstance(reply.parsed, wanted), (type(reply.parsed), wanted)


def test_every_generated_operation_is_covered() -> None:
    found = set()
    for api_dir in api.__path__:
        for module in Path(api_dir).glob("*/*.py"):
            if module.name != "__init__.py":
                found.add(f"{module.parent.name}.{module.stem}")
    expected = {f"{op.operation['tags'][0]}.{snake(op.operation_id)}" for op in GENERATED_OPS}
    assert found == expected
    assert len(expected) == 46


@pytest.mark.parametrize("op", GENERATED_OPS, ids=lambda op: op.operation_id)
def test_sync_detailed_on_the_wire(op: Operation) -> None:
    module = module_for(op)
    kwargs, _, _, _ = build_call(op)
    seen: list[httpx.Request] = []
    with mock_client(op, seen) as client:
        reply = module.sync_detailed(client=client, **kwargs)
    (request,) = seen
    check_request(op, request, kwargs)
    check_reply(op, reply)
    assert reply.headers["X-RateLimit-Remaining"] == "39"


@pytest.mark.parametrize(
    "operation_id", ["listDeployments", "createDeviceGroup", "removeDevicesFromDeviceGroup"]
)
def test_asyncio_detailed_matches_sync(operation_id: str) -> None:
    (op,) = [op for op in GENERATED_OPS if op.operation_id == operation_id]
    module = module_for(op)
    kwargs, _, _, _ = build_call(op)
    seen: list[httpx.Request] = []

    async def call() -> Any:
        async with mock_client(op, seen) as client:
            return await module.asyncio_detailed(client=client, **kwargs)

    reply = asyncio.run(call())
    (request,) = seen
    check_request(op, request, kwargs)
    check_reply(op, reply)


@pytest.mark.parametrize(
    ("identifier", "encoded"),
    [
        ("234776801163a9ee", "234776801163a9ee"),
        ("0c:2a:69:05:0d:62", "0c%3A2a%3A69%3A05%3A0d%3A62"),
        ("T1oUmIZ3At_N", "T1oUmIZ3At_N"),
    ],
)
def test_device_identifiers_are_encoded_in_paths(identifier: str, encoded: str) -> None:
    op = next(op for op in GENERATED_OPS if op.operation_id == "getDevice")
    seen: list[httpx.Request] = []
    with mock_client(op, seen) as client:
        get_device.sync_detailed(identifier, client=client)
    assert seen[0].url.raw_path == f"/v5/devices/{encoded}".encode()


def test_filters_and_pages_use_literal_bracket_names() -> None:
    op = next(op for op in GENERATED_OPS if op.operation_id == "listDevices")
    seen: list[httpx.Request] = []
    with mock_client(op, seen) as client:
        list_devices.sync_detailed(
            client=client,
            filterdevicegroup_owner_id="null",
            filterdevicegroup_type="production_devicegroup",
            pagenumber=2,
            pagesize=100,
        )
    assert seen[0].url.query.decode() == (
        "filter%5Bdevicegroup.owner.id%5D=null"
        "&filter%5Bdevicegroup.type%5D=production_devicegroup"
        "&page%5Bnumber%5D=2&page%5Bsize%5D=100"
    )


ERROR_STATUSES = sorted(
    {
        (op.operation_id, int(code))
        for op in GENERATED_OPS
        for code in op.responses
        if code.startswith("4")
    }
)


def error_call(op: Operation, status: int) -> Callable[[], Any]:
    module = module_for(op)
    kwargs, _, _, _ = build_call(op)
    media = resolve(op.operation["responses"][str(status)])["content"]
    ((_, first),) = list(media.items())[:1]
    payload = first_example(first)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=payload)

    def call() -> Any:
        args = {"transport": httpx.MockTransport(handler)}
        client: Client | AuthenticatedClient
        if op.requires_auth:
            client = AuthenticatedClient(base_url=BASE_URL, token=TOKEN, httpx_args=args)
        else:
            client = Client(base_url=BASE_URL, httpx_args=args)
        with client:
            return module.sync_detailed(client=client, **kwargs)

    return call


def test_documented_errors_parse_into_error_documents() -> None:
    by_id = {op.operation_id: op for op in GENERATED_OPS}
    for operation_id, status in ERROR_STATUSES:
        reply = error_call(by_id[operation_id], status)()
        assert reply.status_code == status
        assert isinstance(reply.parsed, models.ErrorDocument), (operation_id, status)
        assert reply.parsed.errors[0].status == str(status) or status == 400


def test_schema_names_are_the_generated_class_names() -> None:
    for name in load_spec()["components"]["schemas"]:
        schema = load_spec()["components"]["schemas"][name]
        if schema.get("type") == "object":
            assert hasattr(models, name), name
    assert ref_name({"$ref": "#/components/schemas/ProductDocument"}) == "ProductDocument"
