from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.webhook_document import WebhookDocument
from ...models.webhook_update_document import WebhookUpdateDocument


def request_kwargs(
    webhook_id: str,
    *,
    body: WebhookUpdateDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for PATCH ``/webhooks/{webhook_id}``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = WebhookDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return WebhookDocument.from_dict(document)
