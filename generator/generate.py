"""Regenerate ``generated/impcentral_generated`` from the OpenAPI description, or check it.

The canonical spec also describes the SSE log stream, which openapi-python-client cannot stream;
the codegen view drops such operations before generation (the SDK hand-writes the stream).

    python generator/generate.py SPEC OUT_DIR           # replace OUT_DIR/impcentral_generated
    python generator/generate.py --check SPEC OUT_DIR   # exit 1 if it differs from a fresh run
"""

from __future__ import annotations

import argparse
import copy
import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import yaml

PACKAGE = "impcentral_generated"
HERE = Path(__file__).resolve().parent
IGNORED = {"__pycache__", ".ruff_cache"}
UNUSED = ("client.py", "errors.py")


def codegen_view(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as the generator should read it.

    - Operations that answer with ``text/event-stream`` are dropped (the SDK streams them itself).
    - Every schema no request body uses is marked ``x-impcentral-response``: the templates
      generate it as a tolerant response model (see ``generator/README.md``).
    - A union with ``x-fallback`` gets that schema as its last member, read for any value of the
      discriminator the union does not list; the spec itself keeps the strict union.
    """
    paths: dict[str, Any] = {}
    for path, item in spec.get("paths", {}).items():
        kept = {key: op for key, op in item.items() if not _is_event_stream(op)}
        if any(key in kept for key in ("get", "put", "post", "patch", "delete")):
            paths[path] = kept
    components = copy.deepcopy(spec.get("components", {}))
    schemas: dict[str, Any] = components.get("schemas", {})
    requests = _closure(
        [
            op.get("requestBody")
            for item in paths.values()
            for op in item.values()
            if isinstance(op, dict)
        ],
        components,
    )
    for name, schema in schemas.items():
        if name not in requests and isinstance(schema, dict):
            schema["x-impcentral-response"] = True
        fallback = schema.get("x-fallback") if isinstance(schema, dict) else None
        if fallback:
            schema["oneOf"] = [*schema["oneOf"], {"$ref": fallback}]
            schema.pop("discriminator", None)
    return {**spec, "paths": paths, "components": components}


def _closure(roots: list[Any], components: dict[str, Any]) -> set[str]:
    """Names of the component schemas reachable from ``roots`` through ``$ref``s."""
    found: set[str] = set()
    todo = list(roots)
    while todo:
        node = todo.pop()
        if isinstance(node, list):
            todo.extend(node)
        elif isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/"):
                _, _, kind, name = ref.split("/", 3)
                if f"{kind}/{name}" not in found:
                    found.add(f"{kind}/{name}")
                    todo.append(components.get(kind, {}).get(name))
            todo.extend(node.values())
    return {ref.split("/", 1)[1] for ref in found if ref.startswith("schemas/")}


def _is_event_stream(operation: Any) -> bool:
    if not isinstance(operation, dict):
        return False
    responses = operation.get("responses", {})
    return any("text/event-stream" in (r.get("content") or {}) for r in responses.values())


def generate(spec_path: Path, target: Path) -> None:
    """Generate the package into ``target`` (which must not exist yet)."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as work:
        view = Path(work) / "codegen-view.yaml"
        view.write_text(yaml.safe_dump(codegen_view(spec), sort_keys=False), encoding="utf-8")
        bin_dir = str(Path(sys.executable).parent)
        env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
        subprocess.run(
            [
                str(Path(bin_dir) / "openapi-python-client"),
                "generate",
                "--path",
                str(view),
                "--config",
                str(HERE / "config.yaml"),
                "--custom-template-path",
                str(HERE / "templates"),
                "--meta",
                "none",
                "--output-path",
                str(target),
                "--overwrite",
                "--fail-on-warning",
            ],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    # --meta none writes no py.typed; the package's own marker lets users' type checkers see it.
    (target / "py.typed").write_text("", encoding="utf-8")
    # Upstream always writes its own HTTP client; the SDK sends requests through its own.
    for unused in UNUSED:
        (target / unused).unlink()


def differences(left: Path, right: Path) -> list[str]:
    """Relative paths that were added, removed or changed between two trees."""
    found: list[str] = []

    def walk(cmp: filecmp.dircmp[str], prefix: str) -> None:
        for name in sorted(set(cmp.left_only + cmp.right_only) - IGNORED):
            side = "committed" if name in cmp.left_only else "regenerated"
            found.append(f"{prefix}{name} (only in {side})")
        for name in sorted(cmp.common_files):
            if (Path(cmp.left) / name).read_bytes() != (Path(cmp.right) / name).read_bytes():
                found.append(f"{prefix}{name} (changed)")
        for name, sub in sorted(cmp.subdirs.items()):
            if name not in IGNORED:
                walk(sub, f"{prefix}{name}/")

    walk(filecmp.dircmp(left, right, ignore=list(IGNORED)), "")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of replacing")
    parser.add_argument("spec", type=Path)
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    committed = args.out_dir / PACKAGE
    with tempfile.TemporaryDirectory() as work:
        fresh = Path(work) / PACKAGE
        generate(args.spec, fresh)
        if args.check:
            if not committed.is_dir():
                print(f"{committed} is missing; run `make generate`", file=sys.stderr)
                return 1
            diff = differences(committed, fresh)
            if diff:
                print(f"{committed} is out of date; run `make generate`:", file=sys.stderr)
                print("\n".join(f"  {line}" for line in diff), file=sys.stderr)
                return 1
            print(f"{committed} is up to date")
            return 0
        shutil.rmtree(committed, ignore_errors=True)
        shutil.copytree(fresh, committed)
    print(f"generated {committed}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
