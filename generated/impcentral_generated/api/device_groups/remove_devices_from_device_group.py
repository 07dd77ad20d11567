from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_group_devices_document import DeviceGroupDevicesDocument
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset, to_status


def _get_kwargs(
    device_group_id: str,
    *,
    body: DeviceGroupDevicesDocument,
    x_electricimp_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(x_electricimp_key, Unset):
        headers["X-Electricimp-Key"] = x_electricimp_key

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/devicegroups/{device_group_id}/relationships/devices".format(
            device_group_id=quote(str(device_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDocument | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorDocument]:
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
    body: DeviceGroupDevicesDocument,
    x_electricimp_key: str | Unset = UNSET,
) -> Response[Any | ErrorDocument]:
    """Unassign devices from the group (request body on DELETE)

     Same body as the assignment. Production groups need the unbond key in `X-Electricimp-Key`
    (403 otherwise) and the operation is rate-limited there. Not atomic: devices that are not in the
    group are answered with 400 carrying one `status: "404"` error per device.

    Args:
        device_group_id (str):
        x_electricimp_key (str | Unset):
        body (DeviceGroupDevicesDocument): Devices to assign to or unassign from a group (device
            id, MAC address or agent id each).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_group_id=device_group_id,
        body=body,
        x_electricimp_key=x_electricimp_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupDevicesDocument,
    x_electricimp_key: str | Unset = UNSET,
) -> Any | ErrorDocument | None:
    """Unassign devices from the group (request body on DELETE)

     Same body as the assignment. Production groups need the unbond key in `X-Electricimp-Key`
    (403 otherwise) and the operation is rate-limited there. Not atomic: devices that are not in the
    group are answered with 400 carrying one `status: "404"` error per device.

    Args:
        device_group_id (str):
        x_electricimp_key (str | Unset):
        body (DeviceGroupDevicesDocument): Devices to assign to or unassign from a group (device
            id, MAC address or agent id each).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDocument
    """

    return sync_detailed(
        device_group_id=device_group_id,
        client=client,
        body=body,
        x_electricimp_key=x_electricimp_key,
    ).parsed


async def asyncio_detailed(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupDevicesDocument,
    x_electricimp_key: str | Unset = UNSET,
) -> Response[Any | ErrorDocument]:
    """Unassign devices from the group (request body on DELETE)

     Same body as the assignment. Production groups need the unbond key in `X-Electricimp-Key`
    (403 otherwise) and the operation is rate-limited there. Not atomic: devices that are not in the
    group are answered with 400 carrying one `status: "404"` error per device.

    Args:
        device_group_id (str):
        x_electricimp_key (str | Unset):
        body (DeviceGroupDevicesDocument): Devices to assign to or unassign from a group (device
            id, MAC address or agent id each).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_group_id=device_group_id,
        body=body,
        x_electricimp_key=x_electricimp_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupDevicesDocument,
    x_electricimp_key: str | Unset = UNSET,
) -> Any | ErrorDocument | None:
    """Unassign devices from the group (request body on DELETE)

     Same body as the assignment. Production groups need the unbond key in `X-Electricimp-Key`
    (403 otherwise) and the operation is rate-limited there. Not atomic: devices that are not in the
    group are answered with 400 carrying one `status: "404"` error per device.

    Args:
        device_group_id (str):
        x_electricimp_key (str | Unset):
        body (DeviceGroupDevicesDocument): Devices to assign to or unassign from a group (device
            id, MAC address or agent id each).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDocument
    """

    return (
        await asyncio_detailed(
            device_group_id=device_group_id,
            client=client,
            body=body,
            x_electricimp_key=x_electricimp_key,
        )
    ).parsed
