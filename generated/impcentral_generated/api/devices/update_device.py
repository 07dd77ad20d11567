from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_document import DeviceDocument
from ...models.device_update_document import DeviceUpdateDocument
from ...models.error_document import ErrorDocument
from ...types import Response, to_status


def _get_kwargs(
    device_id: str,
    *,
    body: DeviceUpdateDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = DeviceDocument.from_dict(response.json())

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
) -> Response[DeviceDocument | ErrorDocument]:
    return Response(
        status_code=to_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceUpdateDocument,
) -> Response[DeviceDocument | ErrorDocument]:
    """Rename a device

     Only `name` is writable; an empty name resets the display name to the device id. `data.id` names the
    same device as the path (id, MAC or agent id); a different device is answered with 409.

    Args:
        device_id (str):
        body (DeviceUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceUpdateDocument,
) -> DeviceDocument | ErrorDocument | None:
    """Rename a device

     Only `name` is writable; an empty name resets the display name to the device id. `data.id` names the
    same device as the path (id, MAC or agent id); a different device is answered with 409.

    Args:
        device_id (str):
        body (DeviceUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceDocument | ErrorDocument
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceUpdateDocument,
) -> Response[DeviceDocument | ErrorDocument]:
    """Rename a device

     Only `name` is writable; an empty name resets the display name to the device id. `data.id` names the
    same device as the path (id, MAC or agent id); a different device is answered with 409.

    Args:
        device_id (str):
        body (DeviceUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceUpdateDocument,
) -> DeviceDocument | ErrorDocument | None:
    """Rename a device

     Only `name` is writable; an empty name resets the display name to the device id. `data.id` names the
    same device as the path (id, MAC or agent id); a different device is answered with 409.

    Args:
        device_id (str):
        body (DeviceUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            body=body,
        )
    ).parsed
