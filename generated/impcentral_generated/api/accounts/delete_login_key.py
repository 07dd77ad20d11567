from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...types import Response, to_status


def _get_kwargs(
    login_key_id: str,
    *,
    x_electricimp_password: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    headers["X-Electricimp-Password"] = x_electricimp_password

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/me/login_keys/{login_key_id}".format(
            login_key_id=quote(str(login_key_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDocument | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDocument.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorDocument.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ErrorDocument]:
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
    x_electricimp_password: str,
) -> Response[Any | ErrorDocument]:
    """Delete a login key (needs the account password)

    Args:
        login_key_id (str):
        x_electricimp_password (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        login_key_id=login_key_id,
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
    x_electricimp_password: str,
) -> Any | ErrorDocument | None:
    """Delete a login key (needs the account password)

    Args:
        login_key_id (str):
        x_electricimp_password (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDocument
    """

    return sync_detailed(
        login_key_id=login_key_id,
        client=client,
        x_electricimp_password=x_electricimp_password,
    ).parsed


async def asyncio_detailed(
    login_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_electricimp_password: str,
) -> Response[Any | ErrorDocument]:
    """Delete a login key (needs the account password)

    Args:
        login_key_id (str):
        x_electricimp_password (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        login_key_id=login_key_id,
        x_electricimp_password=x_electricimp_password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    login_key_id: str,
    *,
    client: AuthenticatedClient | Client,
    x_electricimp_password: str,
) -> Any | ErrorDocument | None:
    """Delete a login key (needs the account password)

    Args:
        login_key_id (str):
        x_electricimp_password (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDocument
    """

    return (
        await asyncio_detailed(
            login_key_id=login_key_id,
            client=client,
            x_electricimp_password=x_electricimp_password,
        )
    ).parsed
