from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.login_request import LoginRequest
from ...models.otp_login_request import OtpLoginRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset, to_status


def _get_kwargs(
    *,
    body: LoginRequest | OtpLoginRequest,
    x_electricimp_otp_token: str | Unset = UNSET,
) -> dict[str, Any]:
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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | TokenResponse | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorDocument.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

    if response.status_code == 415:
        response_415 = ErrorDocument.from_dict(response.json())

        return response_415

    if response.status_code == 429:
        response_429 = ErrorDocument.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDocument | TokenResponse]:
    return Response(
        status_code=to_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest | OtpLoginRequest,
    x_electricimp_otp_token: str | Unset = UNSET,
) -> Response[ErrorDocument | TokenResponse]:
    """Obtain an access token with a password, or complete a two-factor login

     Password login: send `{"id", "password"}` where `id` is the account's email address or
    username. If the account uses two-factor authentication the service answers **403** with error
    code `PX200` whose `meta` carries a short-lived `login_token` and its `expires_at`. Second step:
    send `{"login_token"}` with the one-time password in the `X-Electricimp-OTP-Token` header.
    Both steps return a `TokenResponse` including a `refresh_token`. A `login_token` sent without
    `X-Electricimp-OTP-Token`, with a wrong one-time password or after it expired is answered with
    401 (the header cannot be marked conditionally required, so a missing header is treated as a
    wrong one-time password rather than a malformed request).

    Args:
        x_electricimp_otp_token (str | Unset):
        body (LoginRequest | OtpLoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_electricimp_otp_token=x_electricimp_otp_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest | OtpLoginRequest,
    x_electricimp_otp_token: str | Unset = UNSET,
) -> ErrorDocument | TokenResponse | None:
    """Obtain an access token with a password, or complete a two-factor login

     Password login: send `{"id", "password"}` where `id` is the account's email address or
    username. If the account uses two-factor authentication the service answers **403** with error
    code `PX200` whose `meta` carries a short-lived `login_token` and its `expires_at`. Second step:
    send `{"login_token"}` with the one-time password in the `X-Electricimp-OTP-Token` header.
    Both steps return a `TokenResponse` including a `refresh_token`. A `login_token` sent without
    `X-Electricimp-OTP-Token`, with a wrong one-time password or after it expired is answered with
    401 (the header cannot be marked conditionally required, so a missing header is treated as a
    wrong one-time password rather than a malformed request).

    Args:
        x_electricimp_otp_token (str | Unset):
        body (LoginRequest | OtpLoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_electricimp_otp_token=x_electricimp_otp_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest | OtpLoginRequest,
    x_electricimp_otp_token: str | Unset = UNSET,
) -> Response[ErrorDocument | TokenResponse]:
    """Obtain an access token with a password, or complete a two-factor login

     Password login: send `{"id", "password"}` where `id` is the account's email address or
    username. If the account uses two-factor authentication the service answers **403** with error
    code `PX200` whose `meta` carries a short-lived `login_token` and its `expires_at`. Second step:
    send `{"login_token"}` with the one-time password in the `X-Electricimp-OTP-Token` header.
    Both steps return a `TokenResponse` including a `refresh_token`. A `login_token` sent without
    `X-Electricimp-OTP-Token`, with a wrong one-time password or after it expired is answered with
    401 (the header cannot be marked conditionally required, so a missing header is treated as a
    wrong one-time password rather than a malformed request).

    Args:
        x_electricimp_otp_token (str | Unset):
        body (LoginRequest | OtpLoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        x_electricimp_otp_token=x_electricimp_otp_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginRequest | OtpLoginRequest,
    x_electricimp_otp_token: str | Unset = UNSET,
) -> ErrorDocument | TokenResponse | None:
    """Obtain an access token with a password, or complete a two-factor login

     Password login: send `{"id", "password"}` where `id` is the account's email address or
    username. If the account uses two-factor authentication the service answers **403** with error
    code `PX200` whose `meta` carries a short-lived `login_token` and its `expires_at`. Second step:
    send `{"login_token"}` with the one-time password in the `X-Electricimp-OTP-Token` header.
    Both steps return a `TokenResponse` including a `refresh_token`. A `login_token` sent without
    `X-Electricimp-OTP-Token`, with a wrong one-time password or after it expired is answered with
    401 (the header cannot be marked conditionally required, so a missing header is treated as a
    wrong one-time password rather than a malformed request).

    Args:
        x_electricimp_otp_token (str | Unset):
        body (LoginRequest | OtpLoginRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | TokenResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_electricimp_otp_token=x_electricimp_otp_token,
        )
    ).parsed
