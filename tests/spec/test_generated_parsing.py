"""How the generated ``from_dict`` parses (generator/templates/): what openapi-python-client's own
templates gave, with less work per object.

- no import machinery, closure or ``typing`` object per call: the models a module refers to are
  bound once, on first use;
- a device group is chosen by its ``type`` (each variant pins it with ``const``) instead of being
  tried as each variant in turn;
- the constructor is called positionally, so the arguments must follow the field order;
- malformed bodies still raise one of the errors the SDK reports as an invalid response.
"""

from __future__ import annotations

import ast
import builtins
import copy
import json
from collections.abc import Callable
from datetime import timezone
from pathlib import Path
from typing import Any

import attrs
import pytest
from dateutil.parser import isoparse
from impcentral_generated import models, types

from ._spec import load_spec

MODELS_DIR = Path(models.__file__).parent
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError)
VARIANTS = {
    "development_devicegroup": models.DevelopmentDeviceGroup,
    "pre_factoryfixture_devicegroup": models.PreFactoryFixtureDeviceGroup,
    "pre_dut_devicegroup": models.PreDutDeviceGroup,
    "pre_production_devicegroup": models.PreProductionDeviceGroup,
    "factoryfixture_devicegroup": models.FactoryFixtureDeviceGroup,
    "dut_devicegroup": models.DutDeviceGroup,
    "production_devicegroup": models.ProductionDeviceGroup,
}


def example(name: str) -> Any:
    return copy.deepcopy(load_spec()["components"]["examples"][name]["value"])


def device_group(kind: str) -> dict[str, Any]:
    group: dict[str, Any] = example("DeviceGroup")["data"]
    group["type"] = kind
    return group


def model_modules() -> list[Path]:
    return sorted(path for path in MODELS_DIR.glob("*.py") if path.name != "__init__.py")


@pytest.mark.parametrize("kind", VARIANTS)
def test_device_groups_are_chosen_by_their_type(kind: str) -> None:
    single = models.DeviceGroupDocument.from_dict({"data": device_group(kind)})
    assert type(single.data) is VARIANTS[kind]
    listed = models.DeviceGroupListDocument.from_dict(
        {"data": [device_group(other) for other in VARIANTS], "links": {"self": "https://x"}}
    )
    assert [type(item) for item in listed.data] == list(VARIANTS.values())


@pytest.mark.parametrize("kind", ["future_devicegroup", "", None, 7, ["development_devicegroup"]])
def test_an_unknown_device_group_type_reads_as_the_generic_variant(kind: Any) -> None:
    group = device_group(kind)
    parsed = models.DeviceGroupDocument.from_dict({"data": group})
    assert type(parsed.data) is models.OtherDeviceGroup
    assert parsed.data.type == kind
    assert parsed.data.attributes.name == group["attributes"]["name"]
    assert [path for path, _ in types.coerced(parsed)] == ["data.type"]
    assert parsed.to_dict() == {"data": group}


def test_a_device_group_without_type_reads_as_the_generic_variant() -> None:
    group = device_group("development_devicegroup")
    del group["type"]
    parsed = models.DeviceGroupDocument.from_dict({"data": group})
    assert type(parsed.data) is models.OtherDeviceGroup
    assert parsed.data.type is None
    assert parsed.to_dict() == {"data": group}


@pytest.mark.parametrize("data", ["development_devicegroup", [], None, 1])
def test_a_device_group_that_is_not_an_object_reads_as_none(data: Any) -> None:
    parsed = models.DeviceGroupDocument.from_dict({"data": data})
    assert parsed.data is None
    assert [path for path, _ in types.coerced(parsed)] == ["data"]
    assert parsed.to_dict() == {"data": data}


def test_a_broken_device_group_stays_its_variant() -> None:
    group = device_group("development_devicegroup")
    group["attributes"]["created_at"] = "not a timestamp"
    parsed = models.DeviceGroupDocument.from_dict({"data": group})
    assert type(parsed.data) is models.DevelopmentDeviceGroup
    assert parsed.data.attributes.created_at is None
    del group["attributes"]
    listed = models.DeviceGroupListDocument.from_dict({"data": [group], "links": {"self": "x"}})
    assert type(listed.data[0]) is models.DevelopmentDeviceGroup
    assert listed.data[0].attributes is None
    assert [path for path, _ in types.coerced(listed)] == ["data[0].attributes"]


def _documents() -> list[tuple[Callable[[Any], Any], Any]]:
    return [
        (models.DeviceListDocument.from_dict, example("DeviceList")),
        (models.DeviceGroupListDocument.from_dict, example("DeviceGroupList")),
        (models.ProductDocument.from_dict, example("Product")),
        (models.ErrorDocument.from_dict, example("CompilationError")),
        (models.DeploymentDocument.from_dict, example("DeploymentWithWarnings")),
    ]


def test_parsing_imports_nothing_after_first_use() -> None:
    documents = _documents()
    expected = [parse(copy.deepcopy(document)).to_dict() for parse, document in documents]

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"import during parsing: {args[0]!r}")

    real_import = builtins.__import__
    builtins.__import__ = refuse
    try:
        again = [parse(copy.deepcopy(document)).to_dict() for parse, document in documents]
    finally:
        builtins.__import__ = real_import
    assert again == expected


@pytest.mark.parametrize("path", model_modules(), ids=lambda path: path.stem)
def test_methods_build_no_closures_imports_or_casts(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
        for method in (node for node in cls.body if isinstance(node, ast.FunctionDef)):
            for node in ast.walk(method):
                assert not isinstance(node, ast.Import | ast.ImportFrom), (method.name, node.lineno)
                assert node is method or not isinstance(node, ast.FunctionDef | ast.Lambda), (
                    method.name,
                    node.lineno,
                )
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    assert node.func.id != "cast", (method.name, node.lineno)


@pytest.mark.parametrize("path", model_modules(), ids=lambda path: path.stem)
def test_from_dict_sets_every_field_of_the_instance_it_builds(path: Path) -> None:
    """from_dict builds a bare instance (no __init__), so it must set every field itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for cls in (node for node in tree.body if isinstance(node, ast.ClassDef)):
        if not attrs.has(getattr(models, cls.name, object)):
            continue  # the TypedDicts of request models
        (from_dict,) = (
            node
            for node in cls.body
            if isinstance(node, ast.FunctionDef) and node.name == "from_dict"
        )
        (built,) = (
            node.targets[0].id
            for node in ast.walk(from_dict)
            if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "_new"
            and isinstance(node.targets[0], ast.Name)
        )
        assigned = [
            target.attr
            for node in ast.walk(from_dict)
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == built
        ]
        fields = [field.name for field in attrs.fields(getattr(models, cls.name))]
        assert sorted(assigned) == sorted(fields)


@pytest.mark.parametrize(
    "wire",
    [
        "2018-07-22T11:27:49.633Z",
        "2026-11-26T00:55:58.920Z",
        "2018-07-22T23:59:59.999Z",
        "2018-07-22T00:00:00.000Z",
        "2016-02-29T11:27:49.001Z",
    ],
)
def test_service_timestamps_read_as_isoparse_reads_them(wire: str) -> None:
    parsed = types.parse_datetime(wire)
    expected = isoparse(wire)
    assert parsed == expected
    assert parsed.tzinfo is timezone.utc  # the standard library's UTC, not dateutil's tzutc()
    assert (parsed.fold, parsed.utcoffset()) == (expected.fold, expected.utcoffset())


@pytest.mark.parametrize("wire", ["2018-02-30T11:27:49.633Z", "2018-13-01T11:27:49.633Z", "x"])
def test_impossible_service_timestamps_are_refused(wire: str) -> None:
    with pytest.raises(ValueError):
        types.parse_datetime(wire)


NOT_OBJECTS: list[Any] = [None, 1, "x"]

ODD_PAGES: list[Any] = [
    {},
    {"data": "x", "links": {}},
    {"data": [1], "links": {}},
    {"data": [{}], "links": {}},
    {"data": [{"type": "product", "id": "p"}], "links": {}},
    {"data": [{"type": "device"}], "links": {}},
    {"data": [{"type": "device", "id": "d", "attributes": "x"}], "links": {}},
    {"data": [{"type": "device", "id": "d", "relationships": {"owner": {"id": "a"}}}]},
    {"data": [{"type": "device", "id": "d", "meta": [1]}], "links": {}},
    {"data": [], "links": None},
]


@pytest.mark.parametrize("body", NOT_OBJECTS, ids=json.dumps)
def test_a_page_that_is_not_an_object_raises_a_parse_error(body: Any) -> None:
    with pytest.raises(PARSE_ERRORS):
        models.DeviceListDocument.from_dict(body)


@pytest.mark.parametrize("body", ODD_PAGES, ids=json.dumps)
def test_odd_device_pages_are_read_reported_and_given_back(body: Any) -> None:
    parsed = models.DeviceListDocument.from_dict(copy.deepcopy(body))
    assert list(types.coerced(parsed))
    assert parsed.to_dict() == body


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda doc: doc["data"].pop("attributes"), "data.attributes"),
        (lambda doc: doc["data"].update(type="device"), "data.type"),
        (lambda doc: doc["data"]["attributes"].update(created_at=17), "data.attributes.created_at"),
        (
            lambda doc: doc["data"]["attributes"].update(created_at="yesterday"),
            "data.attributes.created_at",
        ),
        (
            lambda doc: doc["data"]["relationships"].update(owner={"type": "product", "id": "x"}),
            "data.relationships.owner.type",
        ),
        (
            lambda doc: doc["data"]["relationships"].update(owner="x"),
            "data.relationships.owner",
        ),
    ],
)
def test_odd_products_are_read_and_the_field_reported(
    mutate: Callable[[Any], Any], path: str
) -> None:
    document = example("Product")
    mutate(document)
    parsed = models.ProductDocument.from_dict(copy.deepcopy(document))
    assert parsed.data.id == document["data"]["id"]
    assert [where for where, _ in types.coerced(parsed)] == [path]
    assert parsed.to_dict() == document


def test_absent_optional_members_read_as_none_and_extra_members_are_kept() -> None:
    device = example("Device")
    device["data"].pop("links", None)
    device["data"]["attributes"]["battery"] = 87
    parsed = models.DeviceDocument.from_dict(device)
    assert parsed.data.links is None
    assert parsed.data.attributes["battery"] == 87
    assert parsed.additional_properties == {}
    assert parsed.to_dict() == device
    assert list(types.coerced(parsed)) == []
