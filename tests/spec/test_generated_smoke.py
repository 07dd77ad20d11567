"""Every generated operation module, once: its request on the wire and its reading of the answer.

A module is the SDK's whole contract with the generated package: ``request_kwargs`` (keyword
arguments of ``httpx.Client.request``), ``parse`` (the typed document of a 2xx answer) and
``Document`` (its type). Arguments come from the spec's examples. Checked per operation: method,
path (ids URL-encoded), query keys and values (literal ``filter[...]`` / ``page[...]`` names),
``X-Electricimp-*`` headers, ``Content-Type``, the JSON body, and the type ``parse`` reads the
documented success body as.
"""

from __future__ import annotations

import copy
import importlib
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote

import httpx
import impcentral_generated.api as api
import pytest
from impcentral_generated import models, types
from impcentral_generated.api.devices import get_device, list_devices

from ._spec import Operation, example_values, operations, resolve
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


def send(kwargs: dict[str, Any]) -> httpx.Request:
    """The request httpx builds from ``request_kwargs`` with the API's base URL."""
    with httpx.Client(base_url=BASE_URL) as client:
        return client.build_request(**kwargs)


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
    assert "Authorization" not in request.headers  # the SDK's auth flow adds it
    if body is None:
        assert request.content == b""
        assert "Content-Type" not in request.headers
    else:
        assert json.loads(request.content) == body


def check_reply(op: Operation, module: Any) -> None:
    _, response = success(op)
    content = response.get("content", {})
    if not content:
        assert module.parse(None) is None
        return
    ((_, media),) = content.items()
    parsed = module.parse(copy.deepcopy(first_example(media)))
    wanted = tuple(getattr(models, name) for name in model_names(media["schema"]))
    assert isinstance(parsed, wanted), (type(parsed), wanted)
    assert list(types.coerced(parsed)) == []


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
def test_each_operation_on_the_wire(op: Operation) -> None:
    module = module_for(op)
    kwargs, _, _, _ = build_call(op)
    request = send(module.request_kwargs(**kwargs))
    check_request(op, request, kwargs)
    check_reply(op, module)


@pytest.mark.parametrize("op", GENERATED_OPS, ids=lambda op: op.operation_id)
def test_an_operation_module_holds_only_the_contract(op: Operation) -> None:
    module = module_for(op)
    public = {
        name
        for name, value in vars(module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", module.__name__) == module.__name__
    }
    assert public - {"Any", "TypeAlias", "quote", "types", "UNSET", "Unset"} <= {
        "request_kwargs",
        "parse",
        "Document",
    }
    assert callable(module.request_kwargs)
    assert callable(module.parse)


@pytest.mark.parametrize(
    ("identifier", "encoded"),
    [
        ("234776801163a9ee", "234776801163a9ee"),
        ("0c:2a:69:05:0d:62", "0c%3A2a%3A69%3A05%3A0d%3A62"),
        ("T1oUmIZ3At_N", "T1oUmIZ3At_N"),
    ],
)
def test_device_identifiers_are_encoded_in_paths(identifier: str, encoded: str) -> None:
    request = send(get_device.request_kwargs(identifier))
    assert request.url.raw_path == f"/v5/devices/{encoded}".encode()


def test_filters_and_pages_use_literal_bracket_names() -> None:
    request = send(
        list_devices.request_kwargs(
            filterdevicegroup_owner_id="null",
            filterdevicegroup_type="production_devicegroup",
            pagenumber=2,
            pagesize=100,
        )
    )
    assert request.url.query.decode() == (
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


def test_documented_errors_parse_into_error_documents() -> None:
    by_id = {op.operation_id: op for op in GENERATED_OPS}
    for operation_id, status in ERROR_STATUSES:
        media = resolve(by_id[operation_id].operation["responses"][str(status)])["content"]
        ((_, first),) = list(media.items())[:1]
        parsed = models.ErrorDocument.from_dict(copy.deepcopy(first_example(first)))
        assert parsed.errors, (operation_id, status)
        assert list(types.coerced(parsed)) == [], (operation_id, status)
