from typing import Any, TypeAlias
from urllib.parse import quote


def request_kwargs(
    product_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for DELETE ``/products/{product_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/products/{product_id}".format(
            product_id=quote(str(product_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = None
""" What a successful call returns (204) """


def parse(document: Any) -> Document:
    """204: no document"""
    return None
