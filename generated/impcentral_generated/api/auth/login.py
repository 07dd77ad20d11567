from typing import Any, TypeAlias

from ...models.login_request import LoginRequest
from ...models.otp_login_request import OtpLoginRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Unset


def request_kwargs(
    *,
    body: LoginRequest | OtpLoginRequest,
    x_electricimp_otp_token: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/auth``"""
    headers: dict[str, Any] = {}
    if not isinstance(x_electricimp_otp_token, Unset):
        headers["X-Electricimp-OTP-Token"] = x_electricimp_otp_token

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth",
    }

    if isinstance(body, LoginRequest):
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
