from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.product_document import ProductDocument
from ...models.product_update_document import ProductUpdateDocument


def request_kwargs(
    product_id: str,
    *,
    body: ProductUpdateDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for PATCH ``/products/{product_id}``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/products/{product_id}".format(
            product_id=quote(str(product_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = ProductDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return ProductDocument.from_dict(document)
