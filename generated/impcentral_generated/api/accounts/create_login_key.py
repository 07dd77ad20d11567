from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.login_key_create_document import LoginKeyCreateDocument
from ...models.login_key_document import LoginKeyDocument
from ...types import Response, to_status


def _get_kwargs(
    *,
    body: LoginKeyCreateDocument,
    x_electricimp_password: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Electricimp-Password"] = x_electricimp_password

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/accounts/me/login_keys",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | LoginKeyDocument | None:
    if response.status_code == 201:
        response_201 = LoginKeyDocument.from_dict(response.json())

        return response_201

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
) -> Response[ErrorDocument | LoginKeyDocument]:
    return Response(
        status_code=to_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyCreateDocument,
    x_electricimp_password: str,
) -> Response[ErrorDocument | LoginKeyDocument]:
    """Create a login key (needs the account password)

     A login key is a long-lived credential: its id is the secret that `POST /auth/token {"key"}`
    exchanges for an access token. The account password must be sent in `X-Electricimp-Password`.
    An account may hold a limited number of login keys.

    Args:
        x_electricimp_password (str):
        body (LoginKeyCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | LoginKeyDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        x_electricimp_password=x_electricimp_password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyCreateDocument,
    x_electricimp_password: str,
) -> ErrorDocument | LoginKeyDocument | None:
    """Create a login key (needs the account password)

     A login key is a long-lived credential: its id is the secret that `POST /auth/token {"key"}`
    exchanges for an access token. The account password must be sent in `X-Electricimp-Password`.
    An account may hold a limited number of login keys.

    Args:
        x_electricimp_password (str):
        body (LoginKeyCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | LoginKeyDocument
    """

    return sync_detailed(
        client=client,
        body=body,
        x_electricimp_password=x_electricimp_password,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyCreateDocument,
    x_electricimp_password: str,
) -> Response[ErrorDocument | LoginKeyDocument]:
    """Create a login key (needs the account password)

     A login key is a long-lived credential: its id is the secret that `POST /auth/token {"key"}`
    exchanges for an access token. The account password must be sent in `X-Electricimp-Password`.
    An account may hold a limited number of login keys.

    Args:
        x_electricimp_password (str):
        body (LoginKeyCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | LoginKeyDocument]
    """

    kwargs = _get_kwargs(
        body=body,
        x_electricimp_password=x_electricimp_password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyCreateDocument,
    x_electricimp_password: str,
) -> ErrorDocument | LoginKeyDocument | None:
    """Create a login key (needs the account password)

     A login key is a long-lived credential: its id is the secret that `POST /auth/token {"key"}`
    exchanges for an access token. The account password must be sent in `X-Electricimp-Password`.
    An account may hold a limited number of login keys.

    Args:
        x_electricimp_password (str):
        body (LoginKeyCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | LoginKeyDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_electricimp_password=x_electricimp_password,
        )
    ).parsed
