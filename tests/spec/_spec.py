"""Helpers shared by the spec tests: loading the description, walking operations and examples."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator, FormatChecker  # type: ignore[import-untyped]

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi" / "impcentral-v5.yaml"
METHODS = ("get", "put", "post", "patch", "delete")
JSON_MEDIA_TYPES = ("application/json", "application/vnd.api+json")


@functools.cache
def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return spec


def resolve(node: Any) -> Any:
    """Follow local ``$ref``s (``#/...``) until a non-reference node is reached."""
    spec = load_spec()
    seen: set[str] = set()
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert isinstance(ref, str) and ref.startswith("#/"), ref
        assert ref not in seen, f"reference cycle at {ref}"
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def ref_name(node: Any) -> str | None:
    """``Product`` for ``{"$ref": "#/components/schemas/Product"}``, else None."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref: str = node["$ref"]
        if ref.startswith("#/components/schemas/"):
            return ref.rsplit("/", 1)[1]
    return None


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    operation: dict[str, Any]
    path_parameters: tuple[dict[str, Any], ...]

    @property
    def operation_id(self) -> str:
        value: str = self.operation["operationId"]
        return value

    @property
    def parameters(self) -> list[dict[str, Any]]:
        """Resolved parameters, operation-level overriding path-level ones."""
        merged: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in (*self.path_parameters, *self.operation.get("parameters", [])):
            param = resolve(raw)
            merged[(param["name"], param["in"])] = param
        return list(merged.values())

    def parameters_in(self, where: str) -> list[dict[str, Any]]:
        return [p for p in self.parameters if p["in"] == where]

    @property
    def responses(self) -> dict[str, dict[str, Any]]:
        return {code: resolve(r) for code, r in self.operation["responses"].items()}

    @property
    def request_body(self) -> dict[str, Any] | None:
        body = self.operation.get("requestBody")
        return None if body is None else dict(resolve(body))

    @property
    def security(self) -> list[dict[str, list[str]]]:
        value = self.operation.get("security", load_spec().get("security", []))
        assert isinstance(value, list)
        return value

    @property
    def requires_auth(self) -> bool:
        """True when the bearer token may be sent (every scheme list mentions bearerAuth)."""
        return any("bearerAuth" in requirement for requirement in self.security)


def operations() -> list[Operation]:
    found: list[Operation] = []
    for path, item in load_spec()["paths"].items():
        shared = tuple(item.get("parameters", []))
        for method in METHODS:
            if method in item:
                found.append(Operation(method, path, item[method], shared))
    return found


def example_values(container: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    """``(name, value)`` for ``example`` and every (resolved) entry of ``examples``."""
    if "example" in container:
        yield "example", container["example"]
    for name, example in (container.get("examples") or {}).items():
        resolved = resolve(example)
        assert "value" in resolved, f"example {name} has no value"
        yield name, resolved["value"]


def validator(schema: dict[str, Any]) -> Draft202012Validator:
    """A 2020-12 validator for a schema taken from the spec; local refs resolve into the spec."""
    root = {**schema, "components": load_spec()["components"]}
    return Draft202012Validator(root, format_checker=FormatChecker())
