from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.webhook_document import WebhookDocument


def request_kwargs(
    webhook_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/webhooks/{webhook_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = WebhookDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return WebhookDocument.from_dict(document)
