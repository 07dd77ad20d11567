"""Every request and response example in the spec survives the generated models unchanged.

``Model.from_dict(example).to_dict()`` must give the example back: no known field may be lost,
renamed or retyped. Timestamps are compared as instants (the models re-serialise them with
``datetime.isoformat``).
"""

from __future__ import annotations

import copy
import json
import re
from datetime import datetime
from typing import Any

import pytest
from dateutil.parser import isoparse
from impcentral_generated import models

from ._spec import example_values, load_spec, operations, ref_name, resolve

TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def normalise(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: normalise(item) for key, item in value.items()}
    if isinstance(value, list):
        return [normalise(item) for item in value]
    if isinstance(value, str) and TIMESTAMP.match(value):
        parsed: datetime = isoparse(value)
        return parsed
    return value


def model_names(schema: dict[str, Any]) -> list[str]:
    """Generated classes that may represent a body with this schema, in the generator's order."""
    name = ref_name(schema)
    if name is not None:
        resolved = resolve(schema)
        if "oneOf" in resolved or "anyOf" in resolved:
            return model_names(resolved)
        return [name]
    names: list[str] = []
    for branch in schema.get("oneOf", []) + schema.get("anyOf", []):
        names += model_names(branch)
    return names


def roundtrip(names: list[str], value: Any) -> tuple[str, Any]:
    """The first model that parses ``value``, and what it serialises back to."""
    failures: list[str] = []
    for name in names:
        cls = getattr(models, name)
        try:
            parsed = cls.from_dict(copy.deepcopy(value))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            failures.append(f"{name}: {exc!r}")
            continue
        return name, parsed.to_dict()
    raise AssertionError(f"no model parses the example: {failures}")


def _cases() -> list[tuple[str, list[str], Any]]:
    cases: list[tuple[str, list[str], Any]] = []
    for op in operations():
        body = op.request_body
        if body is not None:
            for media_type, media in body["content"].items():
                for name, value in example_values(media):
                    label = f"{op.operation_id} request {media_type} {name}"
                    cases.append((label, model_names(media["schema"]), value))
        for code, response in op.responses.items():
            for media_type, media in response.get("content", {}).items():
                for name, value in example_values(media):
                    label = f"{op.operation_id} {code} {media_type} {name}"
                    cases.append((label, model_names(media["schema"]), value))
    return cases


CASES = _cases()


def test_there_are_examples_for_every_model_kind() -> None:
    used = {name for _, names, _ in CASES for name in names}
    documents = {name for name in load_spec()["components"]["schemas"] if name.endswith("Document")}
    documents -= {"DeploymentLinkageDocument"}  # tolerated alternative reply, never exemplified
    assert documents <= used, documents - used


@pytest.mark.parametrize(("label", "names", "value"), CASES, ids=[case[0] for case in CASES])
def test_example_roundtrips(label: str, names: list[str], value: Any) -> None:
    assert names, f"{label}: no generated model for the schema"
    _, back = roundtrip(names, value)
    assert normalise(back) == normalise(value)


def test_device_group_examples_parse_into_their_subtype() -> None:
    example = load_spec()["components"]["examples"]["DeviceGroupList"]["value"]
    parsed = models.DeviceGroupListDocument.from_dict(copy.deepcopy(example))
    assert [type(item).__name__ for item in parsed.data] == [
        "ProductionDeviceGroup",
        "FactoryFixtureDeviceGroup",
    ]
    factory = parsed.data[1]
    assert isinstance(factory, models.FactoryFixtureDeviceGroup)
    assert factory.relationships is not None
    target = factory.relationships.production_target
    assert target is not None
    assert (target.type, target.id) == (
        "production_devicegroup",
        "6b4d1f3e-27c9-0a85-dd13-9e4f2a7b8c60",
    )


def test_unknown_members_and_enum_values_are_tolerated() -> None:
    example = copy.deepcopy(load_spec()["components"]["examples"]["Device"]["value"])
    example["data"]["attributes"]["imp_type"] = "imp099"
    example["data"]["attributes"]["battery"] = {"level": 87}
    example["data"]["relationships"]["devicegroup"]["type"] = "future_devicegroup"
    example["data"]["extra"] = True
    example["jsonapi"] = {"version": "1.0"}
    parsed = models.DeviceDocument.from_dict(copy.deepcopy(example))
    assert parsed.data.attributes.imp_type == "imp099"
    assert normalise(parsed.to_dict()) == normalise(example)


def test_json_log_stream_payloads_roundtrip() -> None:
    media = load_spec()["paths"]["/logstream/{log_stream_id}"]["get"]["responses"]["200"]
    checked = 0
    for _, event in example_values(media["content"]["text/event-stream"]):
        assert models.LogStreamEvent.from_dict(copy.deepcopy(event)).to_dict() == event
        if event["data"].startswith("{"):
            payload = json.loads(event["data"])
            name = "LogStreamMessage" if event["event"] == "message" else "LogStreamStateChange"
            _, back = roundtrip([name], payload)
            assert normalise(back) == normalise(payload)
            checked += 1
    assert checked >= 2


def test_error_meta_is_typed() -> None:
    compile_error = load_spec()["components"]["examples"]["CompilationError"]["value"]
    parsed = models.ErrorDocument.from_dict(copy.deepcopy(compile_error))
    meta = parsed.errors[0].meta
    assert isinstance(meta, list)
    assert isinstance(meta[0], models.ErrorMetaItem)
    assert (meta[0].file, meta[0].row, meta[0].column) == ("device_code", 3, 12)
    otp = load_spec()["components"]["examples"]["OtpRequiredError"]["value"]
    otp_meta = models.ErrorDocument.from_dict(copy.deepcopy(otp)).errors[0].meta
    assert isinstance(otp_meta, models.ErrorMeta)
    assert otp_meta.login_token == "5ae0a0d4-aa2c-4b57-bb55-0e2a5f3d8f4c"
    assert isinstance(otp_meta.expires_at, datetime)
