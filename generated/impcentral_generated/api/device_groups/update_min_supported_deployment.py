from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_linkage_document import DeploymentLinkageDocument
from ...models.device_group_document import DeviceGroupDocument
from ...models.error_document import ErrorDocument
from ...models.min_supported_deployment_document import MinSupportedDeploymentDocument
from ...types import Response, to_status


def _get_kwargs(
    device_group_id: str,
    *,
    body: MinSupportedDeploymentDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/devicegroups/{device_group_id}/relationships/min_supported_deployment".format(
            device_group_id=quote(str(device_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument | None:
    if response.status_code == 200:
        _response_200 = response.json()
        response_200: DeploymentLinkageDocument | DeviceGroupDocument
        try:
            if not isinstance(_response_200, dict):
                raise TypeError()
            response_200_type_0 = DeviceGroupDocument.from_dict(_response_200)

            response_200 = response_200_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            if not isinstance(_response_200, dict):
                raise TypeError()
            response_200_type_1 = DeploymentLinkageDocument.from_dict(_response_200)

            response_200 = response_200_type_1

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
) -> Response[DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument]:
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
    body: MinSupportedDeploymentDocument,
) -> Response[DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument]:
    """Set the group's minimum supported deployment

     The deployment must belong to this group and must not be older than the current minimum
    (400/409 otherwise). Used by conditional restarts. The 200 body is the device group document
    or the relationship linkage document.

    Args:
        device_group_id (str):
        body (MinSupportedDeploymentDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument]
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
    body: MinSupportedDeploymentDocument,
) -> DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument | None:
    """Set the group's minimum supported deployment

     The deployment must belong to this group and must not be older than the current minimum
    (400/409 otherwise). Used by conditional restarts. The 200 body is the device group document
    or the relationship linkage document.

    Args:
        device_group_id (str):
        body (MinSupportedDeploymentDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument
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
    body: MinSupportedDeploymentDocument,
) -> Response[DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument]:
    """Set the group's minimum supported deployment

     The deployment must belong to this group and must not be older than the current minimum
    (400/409 otherwise). Used by conditional restarts. The 200 body is the device group document
    or the relationship linkage document.

    Args:
        device_group_id (str):
        body (MinSupportedDeploymentDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument]
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
    body: MinSupportedDeploymentDocument,
) -> DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument | None:
    """Set the group's minimum supported deployment

     The deployment must belong to this group and must not be older than the current minimum
    (400/409 otherwise). Used by conditional restarts. The 200 body is the device group document
    or the relationship linkage document.

    Args:
        device_group_id (str):
        body (MinSupportedDeploymentDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentLinkageDocument | DeviceGroupDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            device_group_id=device_group_id,
            client=client,
            body=body,
        )
    ).parsed
