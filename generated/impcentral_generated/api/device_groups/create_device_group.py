from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_group_create_document import DeviceGroupCreateDocument
from ...models.device_group_document import DeviceGroupDocument
from ...models.error_document import ErrorDocument
from ...types import Response, to_status


def _get_kwargs(
    *,
    body: DeviceGroupCreateDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devicegroups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceGroupDocument | ErrorDocument | None:
    if response.status_code == 201:
        response_201 = DeviceGroupDocument.from_dict(response.json())

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
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupCreateDocument,
) -> Response[DeviceGroupDocument | ErrorDocument]:
    """Create a device group

     `data.type` is the subtype. `relationships.product` is required. `region` may be given only for
    pre-production and production groups. Fixture groups need `production_target` and `dut_target`:
    a pre-factory fixture points at a pre-production and a pre-DUT group, a factory fixture at a
    production and a DUT group. The name must be unique within the product (409 otherwise).
    Production-side subtypes need an account with production rights (403 "Invalid Permission").

    Args:
        body (DeviceGroupCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceGroupDocument | ErrorDocument]
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
    body: DeviceGroupCreateDocument,
) -> DeviceGroupDocument | ErrorDocument | None:
    """Create a device group

     `data.type` is the subtype. `relationships.product` is required. `region` may be given only for
    pre-production and production groups. Fixture groups need `production_target` and `dut_target`:
    a pre-factory fixture points at a pre-production and a pre-DUT group, a factory fixture at a
    production and a DUT group. The name must be unique within the product (409 otherwise).
    Production-side subtypes need an account with production rights (403 "Invalid Permission").

    Args:
        body (DeviceGroupCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceGroupDocument | ErrorDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupCreateDocument,
) -> Response[DeviceGroupDocument | ErrorDocument]:
    """Create a device group

     `data.type` is the subtype. `relationships.product` is required. `region` may be given only for
    pre-production and production groups. Fixture groups need `production_target` and `dut_target`:
    a pre-factory fixture points at a pre-production and a pre-DUT group, a factory fixture at a
    production and a DUT group. The name must be unique within the product (409 otherwise).
    Production-side subtypes need an account with production rights (403 "Invalid Permission").

    Args:
        body (DeviceGroupCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceGroupDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeviceGroupCreateDocument,
) -> DeviceGroupDocument | ErrorDocument | None:
    """Create a device group

     `data.type` is the subtype. `relationships.product` is required. `region` may be given only for
    pre-production and production groups. Fixture groups need `production_target` and `dut_target`:
    a pre-factory fixture points at a pre-production and a pre-DUT group, a factory fixture at a
    production and a DUT group. The name must be unique within the product (409 otherwise).
    Production-side subtypes need an account with production rights (403 "Invalid Permission").

    Args:
        body (DeviceGroupCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceGroupDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
