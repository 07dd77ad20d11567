from typing import Any, TypeAlias

from ...models.login_key_token_request import LoginKeyTokenRequest
from ...models.refresh_token_request import RefreshTokenRequest
from ...models.token_response import TokenResponse


def request_kwargs(
    *,
    body: LoginKeyTokenRequest | RefreshTokenRequest,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/auth/token``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/token",
    }

    if isinstance(body, RefreshTokenRequest):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = TokenResponse
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return TokenResponse.from_dict(document)
