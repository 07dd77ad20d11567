from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...types import Response, to_status


def _get_kwargs(
    refresh_token_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/accounts/me/refresh_tokens/{refresh_token_id}".format(
            refresh_token_id=quote(str(refresh_token_id), safe=""),
        ),
    }

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
    refresh_token_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorDocument]:
    """Delete a refresh token

     The refresh token can no longer be used; access tokens already issued stay valid until they expire.

    Args:
        refresh_token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        refresh_token_id=refresh_token_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    refresh_token_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorDocument | None:
    """Delete a refresh token

     The refresh token can no longer be used; access tokens already issued stay valid until they expire.

    Args:
        refresh_token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDocument
    """

    return sync_detailed(
        refresh_token_id=refresh_token_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    refresh_token_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorDocument]:
    """Delete a refresh token

     The refresh token can no longer be used; access tokens already issued stay valid until they expire.

    Args:
        refresh_token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        refresh_token_id=refresh_token_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    refresh_token_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorDocument | None:
    """Delete a refresh token

     The refresh token can no longer be used; access tokens already issued stay valid until they expire.

    Args:
        refresh_token_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDocument
    """

    return (
        await asyncio_detailed(
            refresh_token_id=refresh_token_id,
            client=client,
        )
    ).parsed
