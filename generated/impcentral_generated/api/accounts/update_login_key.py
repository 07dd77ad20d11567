from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.login_key_document import LoginKeyDocument
from ...models.login_key_update_document import LoginKeyUpdateDocument
from ...types import Response, to_status


def _get_kwargs(
    login_key_id: str,
    *,
    body: LoginKeyUpdateDocument,
    x_electricimp_password: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Electricimp-Password"] = x_electricimp_password

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/accounts/me/login_keys/{login_key_id}".format(
            login_key_id=quote(str(login_key_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | LoginKeyDocument | None:
    if response.status_code == 200:
        response_200 = LoginKeyDocument.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ErrorDocument.from_dict(response.json())

        return response_409

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
    login_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyUpdateDocument,
    x_electricimp_password: str,
) -> Response[ErrorDocument | LoginKeyDocument]:
    """Update a login key's description (needs the account password)

    Args:
        login_key_id (str):
        x_electricimp_password (str):
        body (LoginKeyUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | LoginKeyDocument]
    """

    kwargs = _get_kwargs(
        login_key_id=login_key_id,
        body=body,
        x_electricimp_password=x_electricimp_password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    login_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyUpdateDocument,
    x_electricimp_password: str,
) -> ErrorDocument | LoginKeyDocument | None:
    """Update a login key's description (needs the account password)

    Args:
        login_key_id (str):
        x_electricimp_password (str):
        body (LoginKeyUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | LoginKeyDocument
    """

    return sync_detailed(
        login_key_id=login_key_id,
        client=client,
        body=body,
        x_electricimp_password=x_electricimp_password,
    ).parsed


async def asyncio_detailed(
    login_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyUpdateDocument,
    x_electricimp_password: str,
) -> Response[ErrorDocument | LoginKeyDocument]:
    """Update a login key's description (needs the account password)

    Args:
        login_key_id (str):
        x_electricimp_password (str):
        body (LoginKeyUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | LoginKeyDocument]
    """

    kwargs = _get_kwargs(
        login_key_id=login_key_id,
        body=body,
        x_electricimp_password=x_electricimp_password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    login_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: LoginKeyUpdateDocument,
    x_electricimp_password: str,
) -> ErrorDocument | LoginKeyDocument | None:
    """Update a login key's description (needs the account password)

    Args:
        login_key_id (str):
        x_electricimp_password (str):
        body (LoginKeyUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | LoginKeyDocument
    """

    return (
        await asyncio_detailed(
            login_key_id=login_key_id,
            client=client,
            body=body,
            x_electricimp_password=x_electricimp_password,
        )
    ).parsed
