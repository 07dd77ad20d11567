from typing import Any, TypeAlias

from ...models.product_create_document import ProductCreateDocument
from ...models.product_document import ProductDocument


def request_kwargs(
    *,
    body: ProductCreateDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/products``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/products",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = ProductDocument
""" What a successful call returns (201) """


def parse(document: Any) -> Document:
    """The document of a 201 answer (JSON already decoded)"""
    return ProductDocument.from_dict(document)
