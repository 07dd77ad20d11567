"""Where the OpenAPI description lives, and the closed reading a contract run checks against."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import schemathesis
import yaml

SPEC_NAME = "impcentral-v5.yaml"


def spec_path() -> Path:
    """The description shipped in the wheel (next to this module), else the source tree's copy."""
    here = Path(__file__).resolve()
    for candidate in (here.with_name(SPEC_NAME), here.parents[2] / "openapi" / SPEC_NAME):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{SPEC_NAME} is neither in {here.parent} nor in the source tree")


def closed(raw: dict[str, Any]) -> dict[str, Any]:
    """A copy where the ``attributes`` of every resource allow no attribute it does not name.

    The description lets responses carry unknown members, so that readers tolerate them; a
    contract run wants to hear about unknown attributes, since a new or renamed attribute is
    drift. Other objects (relationships, links, meta) stay open.
    """
    spec = copy.deepcopy(raw)
    schemas = spec.get("components", {}).get("schemas", {})
    prefix = "#/components/schemas/"

    def close(schema: Any) -> None:
        if isinstance(schema, dict) and "$ref" in schema:
            schema = schemas.get(str(schema["$ref"]).removeprefix(prefix))
        if isinstance(schema, dict) and "properties" in schema:
            schema.setdefault("additionalProperties", False)

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            properties = node.get("properties")
            if isinstance(properties, dict) and "attributes" in properties:
                close(properties["attributes"])
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for value in node:
                visit(value)

    visit(schemas)
    return spec


HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def operations(raw: dict[str, Any]) -> list[tuple[str, str, str]]:
    """``(METHOD, path, operationId)`` of every operation, in the order of the description."""
    return [
        (method.upper(), path, str(item[method]["operationId"]))
        for path, item in raw.get("paths", {}).items()
        for method in HTTP_METHODS
        if method in item
    ]


def read(path: Path | None = None) -> dict[str, Any]:
    document = yaml.safe_load((path or spec_path()).read_text(encoding="utf-8"))
    if not isinstance(document, dict):
        raise ValueError("the OpenAPI description is not a mapping")
    return document


def load(
    endpoint: str, raw: dict[str, Any], *, open_attributes: bool = False
) -> schemathesis.BaseSchema:
    """The description as a schemathesis schema aimed at ``endpoint``."""
    config = schemathesis.Config.from_dict(
        {
            "base-url": endpoint,
            "request-timeout": 30,
            "max-stream-events": 1,
            "generation": {"deterministic": True, "database": "none"},
            # Its probes leave without the run's session, so unpaced; the checker probes instead.
            "checks": {"ignored_auth": {"enabled": False}},
        }
    )
    return schemathesis.openapi.from_dict(raw if open_attributes else closed(raw), config=config)
