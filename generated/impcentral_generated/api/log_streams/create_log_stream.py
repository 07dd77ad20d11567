from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...models.log_stream_document import LogStreamDocument
from ...types import Response, to_status


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/logstream",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDocument | LogStreamDocument | None:
    if response.status_code == 200:
        response_200 = LogStreamDocument.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = LogStreamDocument.from_dict(response.json())

        return response_201

    if response.status_code == 401:
        response_401 = ErrorDocument.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDocument.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorDocument.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDocument | LogStreamDocument]:
    return Response(
        status_code=to_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorDocument | LogStreamDocument]:
    """Create a log stream

     No request body. Returns the stream id (and, in `attributes.url`, the stream URL). Open the stream
    with `GET /logstream/{id}` before subscribing devices. An account has a limited number of open
    streams (creating a new one may close the oldest, which then receives `state_change` `closed`).
    The status is 200; 201 is documented as well.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | LogStreamDocument]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorDocument | LogStreamDocument | None:
    """Create a log stream

     No request body. Returns the stream id (and, in `attributes.url`, the stream URL). Open the stream
    with `GET /logstream/{id}` before subscribing devices. An account has a limited number of open
    streams (creating a new one may close the oldest, which then receives `state_change` `closed`).
    The status is 200; 201 is documented as well.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | LogStreamDocument
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorDocument | LogStreamDocument]:
    """Create a log stream

     No request body. Returns the stream id (and, in `attributes.url`, the stream URL). Open the stream
    with `GET /logstream/{id}` before subscribing devices. An account has a limited number of open
    streams (creating a new one may close the oldest, which then receives `state_change` `closed`).
    The status is 200; 201 is documented as well.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDocument | LogStreamDocument]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ErrorDocument | LogStreamDocument | None:
    """Create a log stream

     No request body. Returns the stream id (and, in `attributes.url`, the stream URL). Open the stream
    with `GET /logstream/{id}` before subscribing devices. An account has a limited number of open
    streams (creating a new one may close the oldest, which then receives `state_change` `closed`).
    The status is 200; 201 is documented as well.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDocument | LogStreamDocument
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
