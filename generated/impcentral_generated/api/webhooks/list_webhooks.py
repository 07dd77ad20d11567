from typing import Any, TypeAlias

from ...models.webhook_list_document import WebhookListDocument
from ...types import UNSET, Unset


def request_kwargs(
    *,
    filterdevicegroup_id: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/webhooks``"""

    params: dict[str, Any] = {}

    params["filter[devicegroup.id]"] = filterdevicegroup_id

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks",
        "params": params,
    }

    return _kwargs


Document: TypeAlias = WebhookListDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return WebhookListDocument.from_dict(document)
