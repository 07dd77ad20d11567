"""Static checks of openapi/impcentral-v5.yaml: validity, operation set, house conventions."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from openapi_spec_validator import validate

from ._spec import (
    JSON_MEDIA_TYPES,
    Operation,
    example_values,
    load_spec,
    operations,
    ref_name,
    resolve,
    validator,
)

# (method, path) -> (operationId, tag, success statuses)
EXPECTED: dict[tuple[str, str], tuple[str, str, set[str]]] = {
    ("post", "/auth"): ("login", "auth", {"200"}),
    ("post", "/auth/token"): ("createAccessToken", "auth", {"200"}),
    ("get", "/accounts/me/refresh_tokens"): ("listRefreshTokens", "auth", {"200"}),
    ("delete", "/accounts/me/refresh_tokens/{refresh_token_id}"): (
        "deleteRefreshToken",
        "auth",
        {"204"},
    ),
    ("get", "/accounts"): ("listAccounts", "accounts", {"200"}),
    ("get", "/accounts/{account_id}"): ("getAccount", "accounts", {"200"}),
    ("get", "/accounts/me/login_keys"): ("listLoginKeys", "accounts", {"200"}),
    ("post", "/accounts/me/login_keys"): ("createLoginKey", "accounts", {"201"}),
    ("get", "/accounts/me/login_keys/{login_key_id}"): ("getLoginKey", "accounts", {"200"}),
    ("patch", "/accounts/me/login_keys/{login_key_id}"): ("updateLoginKey", "accounts", {"200"}),
    ("delete", "/accounts/me/login_keys/{login_key_id}"): ("deleteLoginKey", "accounts", {"204"}),
    ("get", "/products"): ("listProducts", "products", {"200"}),
    ("post", "/products"): ("createProduct", "products", {"201"}),
    ("get", "/products/{product_id}"): ("getProduct", "products", {"200"}),
    ("patch", "/products/{product_id}"): ("updateProduct", "products", {"200"}),
    ("delete", "/products/{product_id}"): ("deleteProduct", "products", {"204"}),
    ("get", "/devicegroups"): ("listDeviceGroups", "device_groups", {"200"}),
    ("post", "/devicegroups"): ("createDeviceGroup", "device_groups", {"201"}),
    ("get", "/devicegroups/{device_group_id}"): ("getDeviceGroup", "device_groups", {"200"}),
    ("patch", "/devicegroups/{device_group_id}"): ("updateDeviceGroup", "device_groups", {"200"}),
    ("delete", "/devicegroups/{device_group_id}"): ("deleteDeviceGroup", "device_groups", {"204"}),
    ("post", "/devicegroups/{device_group_id}/restart"): (
        "restartDeviceGroup",
        "device_groups",
        {"204"},
    ),
    ("post", "/devicegroups/{device_group_id}/conditional_restart"): (
        "conditionalRestartDeviceGroup",
        "device_groups",
        {"204"},
    ),
    ("post", "/devicegroups/{device_group_id}/relationships/devices"): (
        "addDevicesToDeviceGroup",
        "device_groups",
        {"204"},
    ),
    ("delete", "/devicegroups/{device_group_id}/relationships/devices"): (
        "removeDevicesFromDeviceGroup",
        "device_groups",
        {"204"},
    ),
    ("put", "/devicegroups/{device_group_id}/relationships/min_supported_deployment"): (
        "updateMinSupportedDeployment",
        "device_groups",
        {"200", "204"},
    ),
    ("get", "/devices"): ("listDevices", "devices", {"200"}),
    ("get", "/devices/{device_id}"): ("getDevice", "devices", {"200"}),
    ("patch", "/devices/{device_id}"): ("updateDevice", "devices", {"200"}),
    ("delete", "/devices/{device_id}"): ("deleteDevice", "devices", {"204"}),
    ("post", "/devices/{device_id}/restart"): ("restartDevice", "devices", {"204"}),
    ("post", "/devices/{device_id}/conditional_restart"): (
        "conditionalRestartDevice",
        "devices",
        {"204"},
    ),
    ("get", "/devices/{device_id}/logs"): ("listDeviceLogs", "devices", {"200"}),
    ("get", "/deployments"): ("listDeployments", "deployments", {"200"}),
    ("post", "/deployments"): ("createDeployment", "deployments", {"201"}),
    ("get", "/deployments/{deployment_id}"): ("getDeployment", "deployments", {"200"}),
    ("patch", "/deployments/{deployment_id}"): ("updateDeployment", "deployments", {"200"}),
    ("delete", "/deployments/{deployment_id}"): ("deleteDeployment", "deployments", {"204"}),
    ("get", "/webhooks"): ("listWebhooks", "webhooks", {"200"}),
    ("post", "/webhooks"): ("createWebhook", "webhooks", {"201"}),
    ("get", "/webhooks/{webhook_id}"): ("getWebhook", "webhooks", {"200"}),
    ("patch", "/webhooks/{webhook_id}"): ("updateWebhook", "webhooks", {"200"}),
    ("delete", "/webhooks/{webhook_id}"): ("deleteWebhook", "webhooks", {"204"}),
    ("post", "/logstream"): ("createLogStream", "log_streams", {"200", "201"}),
    ("get", "/logstream/{log_stream_id}"): ("getLogStream", "log_streams", {"200"}),
    ("put", "/logstream/{log_stream_id}/{device_id}"): (
        "addDeviceToLogStream",
        "log_streams",
        {"200", "204"},
    ),
    ("delete", "/logstream/{log_stream_id}/{device_id}"): (
        "removeDeviceFromLogStream",
        "log_streams",
        {"200", "204"},
    ),
}

# Collection -> every filter it accepts (query parameter names).
EXPECTED_FILTERS: dict[str, set[str]] = {
    "listAccounts": set(),
    "listLoginKeys": set(),
    "listProducts": {"filter[owner.id]"},
    "listDeviceGroups": {"filter[owner.id]", "filter[product.id]", "filter[type]"},
    "listDevices": {
        "filter[owner.id]",
        "filter[product.id]",
        "filter[devicegroup.id]",
        "filter[devicegroup.owner.id]",
        "filter[devicegroup.type]",
    },
    "listDeployments": {
        "filter[owner.id]",
        "filter[creator.id]",
        "filter[product.id]",
        "filter[devicegroup.id]",
        "filter[sha]",
        "filter[flagged]",
        "filter[flagger.id]",
        "filter[tags]",
    },
    "listWebhooks": {"filter[devicegroup.id]"},
    "listDeviceLogs": set(),
}

PATH_PARAMETER_NAMES = {
    "account_id",
    "login_key_id",
    "refresh_token_id",
    "product_id",
    "device_group_id",
    "device_id",
    "deployment_id",
    "webhook_id",
    "log_stream_id",
}
RATE_LIMIT_HEADERS = {"X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"}
DEVICE_GROUP_TYPES = {
    "development_devicegroup",
    "pre_factoryfixture_devicegroup",
    "pre_dut_devicegroup",
    "pre_production_devicegroup",
    "factoryfixture_devicegroup",
    "dut_devicegroup",
    "production_devicegroup",
}
OPS = operations()
OPS_BY_ID = {op.operation_id: op for op in OPS}


def op_id(op: Operation) -> str:
    return op.operation_id


def schemas() -> dict[str, Any]:
    found: dict[str, Any] = load_spec()["components"]["schemas"]
    return found


# --- validity, operation set


def test_spec_is_valid_openapi_3_1() -> None:
    spec = load_spec()
    assert spec["openapi"].startswith("3.1.")
    validate(spec)


def test_server_is_the_public_endpoint_with_a_replaceable_base_url() -> None:
    (server,) = load_spec()["servers"]
    endpoint = server["variables"]["endpoint"]
    assert server["url"] == "{endpoint}"
    assert endpoint["default"] == "https://api.electricimp.com/v5"


def test_operation_set_is_exactly_the_47_operations() -> None:
    found = {(op.method, op.path) for op in OPS}
    assert len(OPS) == 47
    assert found == set(EXPECTED), {
        "missing": set(EXPECTED) - found,
        "extra": found - set(EXPECTED),
    }


@pytest.mark.parametrize("op", OPS, ids=op_id)
def test_operation_id_tag_and_success_statuses(op: Operation) -> None:
    operation_id, tag, success = EXPECTED[(op.method, op.path)]
    assert op.operation_id == operation_id
    assert op.operation["tags"] == [tag]
    assert re.fullmatch(r"[a-z][A-Za-z]*", op.operation_id)
    assert {code for code in op.responses if code.startswith("2")} == success
    assert op.operation.get("summary")


def test_tags_are_declared_and_used() -> None:
    declared = [tag["name"] for tag in load_spec()["tags"]]
    used = {op.operation["tags"][0] for op in OPS}
    assert set(declared) == used
    assert len(declared) == len(set(declared))


def test_operation_ids_are_unique() -> None:
    assert len(OPS_BY_ID) == len(OPS)


# --- security and errors


def test_security_bearer_globally_and_none_on_auth() -> None:
    spec = load_spec()
    assert spec["security"] == [{"bearerAuth": []}]
    scheme = spec["components"]["securitySchemes"]["bearerAuth"]
    assert scheme == {**scheme, "type": "http", "scheme": "bearer"}
    assert OPS_BY_ID["login"].operation["security"] == []
    assert OPS_BY_ID["createAccessToken"].operation["security"] == []
    stream_security = OPS_BY_ID["getLogStream"].operation["security"]
    assert {} in stream_security
    assert {"bearerAuth": []} in stream_security
    others = [op for op in OPS if op.operation_id not in {"login", "createAccessToken"}]
    others = [op for op in others if op.operation_id != "getLogStream"]
    assert all("security" not in op.operation for op in others)


@pytest.mark.parametrize("op", OPS, ids=op_id)
def test_documented_error_responses(op: Operation) -> None:
    codes = set(op.responses)
    assert "429" in codes, "every operation documents rate limiting"
    if op.requires_auth:
        assert "401" in codes
    if op.parameters_in("path"):
        assert "404" in codes
    if op.request_body is not None or op.parameters_in("query"):
        assert "400" in codes
    for code, response in op.responses.items():
        if code.startswith(("4", "5")):
            for media_type, media in response["content"].items():
                assert media_type in JSON_MEDIA_TYPES
                assert ref_name(media["schema"]) == "ErrorDocument", (code, media_type)


def test_auth_errors_are_specific() -> None:
    login = OPS_BY_ID["login"].responses
    assert {"400", "401", "403", "429"} <= set(login)
    token = OPS_BY_ID["createAccessToken"].responses
    assert {"400", "401", "404", "429"} <= set(token)
    otp = login["403"]["content"]["application/json"]
    ((_, value),) = example_values(otp)
    error = value["errors"][0]
    assert (error["status"], error["code"]) == ("403", "PX200")
    assert set(error["meta"]) == {"login_token", "expires_at"}
    ((_, value),) = example_values(login["401"]["content"]["application/json"])
    assert value["errors"][0]["code"] == "PX100"


def test_compile_error_is_documented_with_diagnostics() -> None:
    media = OPS_BY_ID["createDeployment"].responses["400"]["content"]["application/vnd.api+json"]
    examples = dict(example_values(media))
    error = examples["compilation_error"]["errors"][0]
    assert error["code"] == "CX005"
    assert error["meta"]
    for item in error["meta"]:
        assert set(item) == {"file", "row", "column", "text", "type"}


@pytest.mark.parametrize("op", OPS, ids=op_id)
def test_every_response_documents_rate_limit_headers(op: Operation) -> None:
    for code, response in op.responses.items():
        headers = response.get("headers", {})
        assert set(headers) >= RATE_LIMIT_HEADERS, code
        for name in RATE_LIMIT_HEADERS:
            assert headers[name] == {"$ref": f"#/components/headers/{name}"}


# --- parameters


@pytest.mark.parametrize("op", OPS, ids=op_id)
def test_path_parameters_follow_the_naming_convention(op: Operation) -> None:
    names = [p["name"] for p in op.parameters_in("path")]
    assert names == re.findall(r"\{([^}]+)\}", op.path)
    for param in op.parameters_in("path"):
        assert param["name"] in PATH_PARAMETER_NAMES
        assert param["required"] is True
        schema = resolve(param["schema"])
        assert schema["type"] == "string"
        assert "format" not in schema


@pytest.mark.parametrize("op", OPS, ids=op_id)
def test_query_parameters_are_flat(op: Operation) -> None:
    for param in op.parameters_in("query"):
        assert param.get("style", "form") == "form"
        assert "explode" not in param
        schema = resolve(param["schema"])
        assert schema.get("type") in {"string", "integer"}, param["name"]
        assert re.fullmatch(r"(filter\[[a-z_.]+\]|page\[(number|size)\]|format)", param["name"])


@pytest.mark.parametrize("operation_id", sorted(EXPECTED_FILTERS))
def test_collections_list_every_filter_and_page_key(operation_id: str) -> None:
    op = OPS_BY_ID[operation_id]
    names = {p["name"] for p in op.parameters_in("query")}
    assert {n for n in names if n.startswith("filter[")} == EXPECTED_FILTERS[operation_id]
    assert {"page[number]", "page[size]"} <= names
    params = {p["name"]: resolve(p["schema"]) for p in op.parameters_in("query")}
    assert params["page[number]"] == {"type": "integer", "minimum": 1}
    assert params["page[size]"] == {"type": "integer", "minimum": 1, "maximum": 100}


def test_header_parameters() -> None:
    def headers(operation_id: str) -> dict[str, bool]:
        return {p["name"]: p["required"] for p in OPS_BY_ID[operation_id].parameters_in("header")}

    for operation_id in ("createLoginKey", "updateLoginKey", "deleteLoginKey"):
        assert headers(operation_id) == {"X-Electricimp-Password": True}
    assert headers("getLoginKey") == {}
    assert headers("login") == {"X-Electricimp-OTP-Token": False}
    assert headers("removeDevicesFromDeviceGroup") == {"X-Electricimp-Key": False}


def test_log_stream_format_and_event_schema() -> None:
    op = OPS_BY_ID["getLogStream"]
    (fmt,) = op.parameters_in("query")
    assert fmt["name"] == "format"
    assert resolve(fmt["schema"])["enum"] == ["text", "json"]
    media = op.responses["200"]["content"]
    assert list(media) == ["text/event-stream"]
    event = resolve(media["text/event-stream"]["schema"])
    assert event["type"] == "object"
    assert set(event["required"]) == {"event", "data"}
    assert set(event["properties"]) == {"event", "data", "id", "retry"}


# --- bodies and schemas


def test_media_types() -> None:
    for op in OPS:
        expected = "application/json" if op.path.startswith("/auth") else "application/vnd.api+json"
        body = op.request_body
        if body is not None:
            assert list(body["content"]) == [expected], op.operation_id
            assert body["required"] is True
        for code, response in op.responses.items():
            if code.startswith("2") and "content" in response:
                wanted = "text/event-stream" if op.operation_id == "getLogStream" else expected
                assert list(response["content"]) == [wanted], (op.operation_id, code)


def _walk(schema: Any, seen: set[int]) -> list[dict[str, Any]]:
    """Every (resolved) subschema reachable from ``schema``."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or id(schema) in seen:
        return []
    seen.add(id(schema))
    found = [schema]
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for sub in schema.get(key, []):
            found += _walk(sub, seen)
    for key in ("items", "additionalProperties", "propertyNames", "not", "contentSchema"):
        if isinstance(schema.get(key), dict):
            found += _walk(schema[key], seen)
    for sub in schema.get("properties", {}).values():
        found += _walk(sub, seen)
    return found


def test_no_allof_anywhere() -> None:
    # openapi-python-client keeps the first model when allOf overrides an object property.
    for name, schema in schemas().items():
        assert all("allOf" not in sub for sub in _walk(schema, set())), name


@pytest.mark.parametrize("op", [op for op in OPS if op.request_body is not None], ids=op_id)
def test_request_bodies_are_strict(op: Operation) -> None:
    body = op.request_body
    assert body is not None
    for media in body["content"].values():
        for sub in _walk(media["schema"], set()):
            if sub.get("type") == "object":
                assert "additionalProperties" in sub, (op.operation_id, sub)
                assert sub["additionalProperties"] is not True


def _response_schemas() -> list[tuple[str, Any]]:
    found: list[tuple[str, Any]] = []
    for op in OPS:
        for code, response in op.responses.items():
            for media in response.get("content", {}).values():
                found.append((f"{op.operation_id} {code}", media["schema"]))
    return found


def test_response_objects_accept_unknown_members() -> None:
    for label, schema in _response_schemas():
        for sub in _walk(schema, set()):
            if sub.get("type") == "object":
                assert sub.get("additionalProperties", True) is not False, (label, sub)


def _closed_enums(schema: Any, seen: set[int]) -> list[Any]:
    """Closed ``enum`` lists reachable from ``schema`` that are not paired with a plain string."""
    schema = resolve(schema)
    if not isinstance(schema, dict) or id(schema) in seen:
        return []
    seen.add(id(schema))
    found: list[Any] = []
    if "enum" in schema:
        found.append(schema["enum"])
    for key in ("anyOf", "oneOf"):
        branches = [resolve(s) for s in schema.get(key, [])]
        is_open = key == "anyOf" and any(
            b.get("type") == "string" and "enum" not in b and "const" not in b for b in branches
        )
        for branch in branches:
            if is_open and "enum" in branch:
                continue
            found += _closed_enums(branch, seen)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            found += _closed_enums(schema[key], seen)
    for sub in schema.get("properties", {}).values():
        found += _closed_enums(sub, seen)
    return found


def test_response_enums_are_open() -> None:
    for label, schema in _response_schemas():
        assert _closed_enums(schema, set()) == [], label


def test_device_group_variants_pin_type_and_share_attributes() -> None:
    union = schemas()["DeviceGroup"]
    variants = [ref_name(v) for v in union["oneOf"]]
    assert len(variants) == 7
    pinned = set()
    for name in variants:
        assert name is not None
        variant = schemas()[name]
        pinned.add(variant["properties"]["type"]["const"])
        assert ref_name(variant["properties"]["attributes"]) == "DeviceGroupAttributes"
        assert ref_name(variant["properties"]["relationships"]) == "DeviceGroupRelationships"
    assert pinned == DEVICE_GROUP_TYPES
    for kind in ("Create", "Update"):
        document = schemas()[f"DeviceGroup{kind}Document"]
        request_variants = document["properties"]["data"]["oneOf"]
        consts = {
            schemas()[ref_name(v) or ""]["properties"]["type"]["const"] for v in request_variants
        }
        assert consts == DEVICE_GROUP_TYPES


def test_resource_documents_exist_for_every_resource() -> None:
    names = set(schemas())
    for resource in (
        "Product",
        "DeviceGroup",
        "Device",
        "Deployment",
        "Webhook",
        "LoginKey",
        "Account",
    ):
        assert {resource, f"{resource}Document", f"{resource}ListDocument"} <= names
    for resource in ("Product", "DeviceGroup", "Deployment", "Webhook", "LoginKey"):
        assert {f"{resource}CreateDocument", f"{resource}UpdateDocument"} <= names
    assert {"DeviceUpdateDocument", "RefreshToken", "RefreshTokenListDocument"} <= names
    assert {
        "ErrorDocument",
        "TokenResponse",
        "LoginRequest",
        "OtpLoginRequest",
        "RefreshTokenRequest",
        "LoginKeyTokenRequest",
    } <= names


def test_relationships_are_flat_linkages() -> None:
    for name, schema in schemas().items():
        if name.endswith("Relationships"):
            for rel, sub in schema["properties"].items():
                linkage = resolve(sub)
                assert set(linkage["properties"]) == {"type", "id"}, (name, rel)
                assert "data" not in linkage["properties"]


def test_device_group_linkages_carry_the_subtype() -> None:
    for name, schema in schemas().items():
        if name.endswith("Relationships"):
            for rel in ("devicegroup", "production_target", "dut_target"):
                if rel in schema["properties"]:
                    linkage = resolve(schema["properties"][rel])
                    type_schema = linkage["properties"]["type"]
                    values = {type_schema["const"]} if "const" in type_schema else set()
                    for branch in [type_schema, *type_schema.get("anyOf", [])]:
                        values |= set(resolve(branch).get("enum", []))
                    assert values and values <= DEVICE_GROUP_TYPES, (name, rel)


def test_list_documents_carry_links() -> None:
    for name, schema in schemas().items():
        if name.endswith("ListDocument") and name != "RefreshTokenListDocument":
            assert "links" in schema["required"], name
            assert ref_name(schema["properties"]["links"]) == "ListLinks"
    links = schemas()["ListLinks"]
    assert {"self", "first", "next", "prev", "last"} <= set(links["properties"])
    assert "next" not in links.get("required", [])


def test_error_document_shape() -> None:
    error = schemas()["ErrorObject"]
    assert {"status", "code", "title", "detail", "meta"} <= set(error["properties"])
    assert error["properties"]["status"]["type"] == "string"
    meta_types = {resolve(b).get("type") for b in error["properties"]["meta"]["anyOf"]}
    assert meta_types == {"object", "array"}
    warnings = schemas()["Warnings"]
    assert ref_name(warnings["items"]) == "ErrorObject"


def test_request_limits() -> None:
    for name in ("ProductCreateAttributes", "DeviceGroupCreateAttributes"):
        props = schemas()[name]["properties"]
        assert props["name"]["maxLength"] == 80
        assert props["description"]["maxLength"] == 255


# --- links


CRUD = {
    "Product": ("createProduct", "getProduct", "updateProduct", "deleteProduct"),
    "DeviceGroup": (
        "createDeviceGroup",
        "getDeviceGroup",
        "updateDeviceGroup",
        "deleteDeviceGroup",
    ),
    "Deployment": ("createDeployment", "getDeployment", "updateDeployment", "deleteDeployment"),
    "Webhook": ("createWebhook", "getWebhook", "updateWebhook", "deleteWebhook"),
    "LoginKey": ("createLoginKey", "getLoginKey", "updateLoginKey", "deleteLoginKey"),
}


def _links(operation_id: str, status: str) -> dict[str, dict[str, Any]]:
    response = OPS_BY_ID[operation_id].responses[status]
    links: dict[str, dict[str, Any]] = response.get("links", {})
    return links


@pytest.mark.parametrize("resource", sorted(CRUD))
def test_crud_links_chain_create_get_update_delete_get(resource: str) -> None:
    create, get, update, delete = CRUD[resource]
    from_create = {link["operationId"] for link in _links(create, "201").values()}
    assert {get, update, delete} <= from_create
    from_update = {link["operationId"] for link in _links(update, "200").values()}
    assert get in from_update
    after_delete = list(_links(delete, "204").values())
    assert [link["operationId"] for link in after_delete] == [get]
    (param,) = OPS_BY_ID[get].parameters_in("path")
    assert after_delete[0]["parameters"] == {param["name"]: f"$request.path.{param['name']}"}


def test_links_point_at_real_operations_and_parameters() -> None:
    for op in OPS:
        for code, response in op.responses.items():
            for name, link in response.get("links", {}).items():
                target = OPS_BY_ID[link["operationId"]]
                known = {p["name"] for p in target.parameters}
                for param in link.get("parameters", {}):
                    assert param.split(".", 1)[-1] in known, (op.operation_id, code, name, param)
                if "requestBody" in link:
                    assert target.request_body is not None
                    assert link["x-schemathesis"] == {"merge_body": False}


def test_update_links_send_the_matching_id() -> None:
    for create, *_ in CRUD.values():
        for link in _links(create, "201").values():
            if link["operationId"].startswith("update"):
                assert link["requestBody"]["data"]["id"] == "$response.body#/data/id"


def test_login_key_links_forward_the_password_header() -> None:
    for link in _links("createLoginKey", "201").values():
        if link["operationId"] in {"updateLoginKey", "deleteLoginKey"}:
            assert (
                link["parameters"]["header.X-Electricimp-Password"]
                == "$request.header.X-Electricimp-Password"
            )


# --- examples


def _example_cases() -> list[tuple[str, dict[str, Any], Any]]:
    """(label, schema, example value) for every example attached to the operations."""
    cases: list[tuple[str, dict[str, Any], Any]] = []
    for op in OPS:
        for param in op.parameters:
            for name, value in example_values(param):
                cases.append(
                    (f"{op.operation_id} param {param['name']} {name}", param["schema"], value)
                )
        body = op.request_body
        if body is not None:
            for media_type, media in body["content"].items():
                for name, value in example_values(media):
                    cases.append(
                        (f"{op.operation_id} request {media_type} {name}", media["schema"], value)
                    )
        for code, response in op.responses.items():
            for header_name, header in response.get("headers", {}).items():
                header = resolve(header)
                for name, value in example_values(header):
                    cases.append(
                        (
                            f"{op.operation_id} {code} header {header_name} {name}",
                            header["schema"],
                            value,
                        )
                    )
            for media_type, media in response.get("content", {}).items():
                for name, value in example_values(media):
                    cases.append(
                        (f"{op.operation_id} {code} {media_type} {name}", media["schema"], value)
                    )
    return cases


EXAMPLE_CASES = _example_cases()


@pytest.mark.parametrize(
    ("label", "schema", "value"), EXAMPLE_CASES, ids=[c[0] for c in EXAMPLE_CASES]
)
def test_example_validates_against_its_schema(
    label: str, schema: dict[str, Any], value: Any
) -> None:
    errors = sorted(validator(schema).iter_errors(value), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_every_operation_has_examples() -> None:
    for op in OPS:
        body = op.request_body
        if body is not None:
            for media_type, media in body["content"].items():
                assert list(example_values(media)), (op.operation_id, media_type)
        for code, response in op.responses.items():
            for media_type, media in response.get("content", {}).items():
                assert list(example_values(media)), (op.operation_id, code, media_type)


def test_every_component_example_is_used_and_valid_somewhere() -> None:
    used: set[str] = set()
    text = json.dumps(load_spec()["paths"]) + json.dumps(load_spec()["components"]["responses"])
    for name in load_spec()["components"]["examples"]:
        if f'"#/components/examples/{name}"' in text:
            used.add(name)
    assert used == set(load_spec()["components"]["examples"])


def test_json_log_stream_examples_match_their_payload_schemas() -> None:
    media = OPS_BY_ID["getLogStream"].responses["200"]["content"]["text/event-stream"]
    checked = 0
    for _, value in example_values(media):
        if value["data"].startswith("{"):
            payload = json.loads(value["data"])
            name = "LogStreamMessage" if value["event"] == "message" else "LogStreamStateChange"
            schema = {"$ref": f"#/components/schemas/{name}"}
            assert not list(validator(schema).iter_errors(payload)), value
            checked += 1
    assert checked >= 2


def test_examples_use_realistic_identifiers() -> None:
    text = json.dumps(load_spec())
    for sample in (
        "4e264cef-3316-cdfa-7f39-7a5d458994b3",
        "234776801163a9ee",
        "0c:2a:69:05:0d:62",
        "T1oUmIZ3At_N",
        "2018-07-22T11:27:49.633Z",
        "7d8e6670aa285e9d",
    ):
        assert sample in text
