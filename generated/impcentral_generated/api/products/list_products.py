from typing import Any, TypeAlias

from ...models.product_list_document import ProductListDocument
from ...types import UNSET, Unset


def request_kwargs(
    *,
    filterowner_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/products``"""

    params: dict[str, Any] = {}

    params["filter[owner.id]"] = filterowner_id

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/products",
        "params": params,
    }

    return _kwargs


Document: TypeAlias = ProductListDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return ProductListDocument.from_dict(document)
