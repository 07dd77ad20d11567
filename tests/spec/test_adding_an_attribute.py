"""Adding an attribute to the spec and regenerating is all it takes to send it and read it back.

The spec gets a ``tags`` attribute on products (read, create and update schemas); the generator
writes a fresh package into a temporary directory, and a program using only the public SDK,
with that package first on its path, creates and updates a product with tags, reads them back,
and type-checks under ``mypy --strict``. Nothing in ``impcentral/`` is touched.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "openapi" / "impcentral-v5.yaml"

PROGRAM = textwrap.dedent(
    '''
    """Uses the regenerated package through the public SDK only."""

    from __future__ import annotations

    import json

    import httpx

    import impcentral_generated
    from impcentral import ImpCentralApi, InvalidDataError

    STAMP = "2018-07-22T11:27:49.633Z"
    sent: list[dict[str, object]] = []


    def answer(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        attributes = {"name": "p", "created_at": STAMP, "updated_at": STAMP}
        attributes.update(body["data"]["attributes"])
        document = {"data": {"type": "product", "id": "p1", "attributes": attributes}}
        return httpx.Response(201, json=document)


    def main() -> None:
        client = httpx.Client(transport=httpx.MockTransport(answer))
        with ImpCentralApi("https://api.test/v5", access_token="t", http_client=client) as api:
            created = api.products.create({"name": "p", "tags": ["blue", "v2"]})
            tags: list[str] | None = created.data.attributes.tags
            updated = api.products.update("p1", {"tags": ["green"]})
            try:
                unknown = {"name": "p", "colour": "red"}
                api.products.create(unknown)  # type: ignore[arg-type]
            except InvalidDataError as error:
                refused = error.message
        print(impcentral_generated.__file__)
        print(json.dumps([sent, tags, updated.data.attributes.tags, refused]))


    main()
    '''
)


def _with_tags(spec: dict[str, object]) -> dict[str, object]:
    schemas = spec["components"]["schemas"]  # type: ignore[index]
    tags = {"type": "array", "items": {"type": "string"}}
    for name in ("ProductAttributes", "ProductCreateAttributes", "ProductUpdateAttributes"):
        schemas[name]["properties"]["tags"] = tags
    return spec


@pytest.mark.timeout(600)
def test_a_new_product_attribute_is_sent_and_read_back_typed(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(_with_tags(yaml.safe_load(SPEC.read_text()))))
    out = tmp_path / "generated"
    out.mkdir()
    subprocess.run(
        [sys.executable, str(ROOT / "generator" / "generate.py"), str(spec), str(out)],
        check=True,
        capture_output=True,
        timeout=500,
    )
    program = tmp_path / "uses_tags.py"
    program.write_text(PROGRAM)
    env = {**os.environ, "PYTHONPATH": str(out), "MYPYPATH": str(out)}

    done = subprocess.run(
        [sys.executable, str(program)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    where, result = done.stdout.splitlines()
    assert where.startswith(str(out))  # the regenerated package, not the committed one
    sent, tags, updated_tags, refused = __import__("json").loads(result)
    assert sent[0]["data"]["attributes"] == {"name": "p", "tags": ["blue", "v2"]}
    assert sent[1]["data"]["attributes"] == {"tags": ["green"]}
    assert tags == ["blue", "v2"]
    assert updated_tags == ["green"]
    assert refused == 'Invalid key "colour" in "attributes" parameter'

    checked = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--config-file",
            os.devnull,
            str(program),
        ],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
