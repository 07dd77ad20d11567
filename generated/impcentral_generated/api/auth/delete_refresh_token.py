from typing import Any, TypeAlias
from urllib.parse import quote


def request_kwargs(
    refresh_token_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for DELETE ``/accounts/me/refresh_tokens/{refresh_token_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/me/refresh_tokens/{refresh_token_id}".format(
            refresh_token_id=quote(str(refresh_token_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = None
""" What a successful call returns (204) """


def parse(document: Any) -> Document:
    """204: no document"""
    return None
