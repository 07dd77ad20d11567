from typing import Any, TypeAlias

from ...models.refresh_token_list_document import RefreshTokenListDocument


def request_kwargs() -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/accounts/me/refresh_tokens``"""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/accounts/me/refresh_tokens",
    }

    return _kwargs


Document: TypeAlias = RefreshTokenListDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return RefreshTokenListDocument.from_dict(document)
