from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.product_document import ProductDocument


def request_kwargs(
    product_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/products/{product_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products/{product_id}".format(
            product_id=quote(str(product_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = ProductDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return ProductDocument.from_dict(document)
