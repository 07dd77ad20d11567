from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.login_key_token_request import LoginKeyTokenRequest
from ...models.refresh_token_request import RefreshTokenRequest
from ...models.token_response import TokenResponse
from ...types import Response, to_status


def _get_kwargs(
    *,
    body: LoginKeyTokenRequest | RefreshTokenRequest,
) -> dict[str, Any]:
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

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

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
    body: LoginKeyTokenRequest | RefreshTokenRequest,
) -> Response[ErrorDocument | TokenResponse]:
    """Obtain an access token from a refresh token or a login key

     `{"token": <refresh_token>}` refreshes an access token; `{"key": <login_key_id>}` exchanges a
    login key for one. The response carries no new `refresh_token` (keep the old one). An unknown or
    deleted refresh token or login key is answered with 401 or 404.

    Args:
        body (LoginKeyTokenRequest | RefreshTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyTokenRequest | RefreshTokenRequest,
) -> ErrorDocument | TokenResponse | None:
    """Obtain an access token from a refresh token or a login key

     `{"token": <refresh_token>}` refreshes an access token; `{"key": <login_key_id>}` exchanges a
    login key for one. The response carries no new `refresh_token` (keep the old one). An unknown or
    deleted refresh token or login key is answered with 401 or 404.

    Args:
        body (LoginKeyTokenRequest | RefreshTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | TokenResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyTokenRequest | RefreshTokenRequest,
) -> Response[ErrorDocument | TokenResponse]:
    """Obtain an access token from a refresh token or a login key

     `{"token": <refresh_token>}` refreshes an access token; `{"key": <login_key_id>}` exchanges a
    login key for one. The response carries no new `refresh_token` (keep the old one). An unknown or
    deleted refresh token or login key is answered with 401 or 404.

    Args:
        body (LoginKeyTokenRequest | RefreshTokenRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | TokenResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyTokenRequest | RefreshTokenRequest,
) -> ErrorDocument | TokenResponse | None:
    """Obtain an access token from a refresh token or a login key

     `{"token": <refresh_token>}` refreshes an access token; `{"key": <login_key_id>}` exchanges a
    login key for one. The response carries no new `refresh_token` (keep the old one). An unknown or
    deleted refresh token or login key is answered with 401 or 404.

    Args:
        body (LoginKeyTokenRequest | RefreshTokenRequest):

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
        )
    ).parsed
