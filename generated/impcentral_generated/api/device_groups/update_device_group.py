from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_group_document import DeviceGroupDocument
from ...models.device_group_update_document import DeviceGroupUpdateDocument
from ...models.error_document import ErrorDocument
from ...types import Response, to_status


def _get_kwargs(
    device_group_id: str,
    *,
    body: DeviceGroupUpdateDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/devicegroups/{device_group_id}".format(
            device_group_id=quote(str(device_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceGroupDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = DeviceGroupDocument.from_dict(response.json())

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
) -> Response[DeviceGroupDocument | ErrorDocument]:
    return Response(
        status_code=to_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupUpdateDocument,
) -> Response[DeviceGroupDocument | ErrorDocument]:
    """Update a device group

     `data.type` must be the group's current subtype and `data.id` the path id (409 otherwise).
    `load_code_after_blessing` applies to pre-production and production groups only; fixture groups
    may change `production_target` / `dut_target`. `region` cannot be changed. Environment variables
    take effect after a new deployment and a restart.

    Args:
        device_group_id (str):
        body (DeviceGroupUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceGroupDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_group_id=device_group_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupUpdateDocument,
) -> DeviceGroupDocument | ErrorDocument | None:
    """Update a device group

     `data.type` must be the group's current subtype and `data.id` the path id (409 otherwise).
    `load_code_after_blessing` applies to pre-production and production groups only; fixture groups
    may change `production_target` / `dut_target`. `region` cannot be changed. Environment variables
    take effect after a new deployment and a restart.

    Args:
        device_group_id (str):
        body (DeviceGroupUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceGroupDocument | ErrorDocument
    """

    return sync_detailed(
        device_group_id=device_group_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupUpdateDocument,
) -> Response[DeviceGroupDocument | ErrorDocument]:
    """Update a device group

     `data.type` must be the group's current subtype and `data.id` the path id (409 otherwise).
    `load_code_after_blessing` applies to pre-production and production groups only; fixture groups
    may change `production_target` / `dut_target`. `region` cannot be changed. Environment variables
    take effect after a new deployment and a restart.

    Args:
        device_group_id (str):
        body (DeviceGroupUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceGroupDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_group_id=device_group_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupUpdateDocument,
) -> DeviceGroupDocument | ErrorDocument | None:
    """Update a device group

     `data.type` must be the group's current subtype and `data.id` the path id (409 otherwise).
    `load_code_after_blessing` applies to pre-production and production groups only; fixture groups
    may change `production_target` / `dut_target`. `region` cannot be changed. Environment variables
    take effect after a new deployment and a restart.

    Args:
        device_group_id (str):
        body (DeviceGroupUpdateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceGroupDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            device_group_id=device_group_id,
            client=client,
            body=body,
        )
    ).parsed
