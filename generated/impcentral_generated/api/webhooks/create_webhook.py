from typing import Any, TypeAlias

from ...models.webhook_create_document import WebhookCreateDocument
from ...models.webhook_document import WebhookDocument


def request_kwargs(
    *,
    body: WebhookCreateDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/webhooks``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = WebhookDocument
""" What a successful call returns (201) """


def parse(document: Any) -> Document:
    """The document of a 201 answer (JSON already decoded)"""
    return WebhookDocument.from_dict(document)
