from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_group_type import DeviceGroupType
from ...models.device_list_document import DeviceListDocument
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset, to_status


def _get_kwargs(
    *,
    filterowner_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filterdevicegroup_owner_id: str | Unset = UNSET,
    filterdevicegroup_type: DeviceGroupType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[owner.id]"] = filterowner_id

    params["filter[product.id]"] = filterproduct_id

    params["filter[devicegroup.id]"] = filterdevicegroup_id

    params["filter[devicegroup.owner.id]"] = filterdevicegroup_owner_id

    json_filterdevicegroup_type: str | Unset = UNSET
    if not isinstance(filterdevicegroup_type, Unset):
        json_filterdevicegroup_type = filterdevicegroup_type

    params["filter[devicegroup.type]"] = json_filterdevicegroup_type

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceListDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = DeviceListDocument.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorDocument.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeviceListDocument | ErrorDocument]:
    return Response(
        status_code=to_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterowner_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filterdevicegroup_owner_id: str | Unset = UNSET,
    filterdevicegroup_type: DeviceGroupType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[DeviceListDocument | ErrorDocument]:
    """List devices

     Without filters the service lists the devices of the caller's account.

    Args:
        filterowner_id (str | Unset):
        filterproduct_id (str | Unset):
        filterdevicegroup_id (str | Unset):
        filterdevicegroup_owner_id (str | Unset):
        filterdevicegroup_type (DeviceGroupType | Unset): Device group subtype; the JSON:API
            `type` of a device group.
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceListDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        filterowner_id=filterowner_id,
        filterproduct_id=filterproduct_id,
        filterdevicegroup_id=filterdevicegroup_id,
        filterdevicegroup_owner_id=filterdevicegroup_owner_id,
        filterdevicegroup_type=filterdevicegroup_type,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    filterowner_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filterdevicegroup_owner_id: str | Unset = UNSET,
    filterdevicegroup_type: DeviceGroupType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> DeviceListDocument | ErrorDocument | None:
    """List devices

     Without filters the service lists the devices of the caller's account.

    Args:
        filterowner_id (str | Unset):
        filterproduct_id (str | Unset):
        filterdevicegroup_id (str | Unset):
        filterdevicegroup_owner_id (str | Unset):
        filterdevicegroup_type (DeviceGroupType | Unset): Device group subtype; the JSON:API
            `type` of a device group.
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceListDocument | ErrorDocument
    """

    return sync_detailed(
        client=client,
        filterowner_id=filterowner_id,
        filterproduct_id=filterproduct_id,
        filterdevicegroup_id=filterdevicegroup_id,
        filterdevicegroup_owner_id=filterdevicegroup_owner_id,
        filterdevicegroup_type=filterdevicegroup_type,
        pagenumber=pagenumber,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterowner_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filterdevicegroup_owner_id: str | Unset = UNSET,
    filterdevicegroup_type: DeviceGroupType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[DeviceListDocument | ErrorDocument]:
    """List devices

     Without filters the service lists the devices of the caller's account.

    Args:
        filterowner_id (str | Unset):
        filterproduct_id (str | Unset):
        filterdevicegroup_id (str | Unset):
        filterdevicegroup_owner_id (str | Unset):
        filterdevicegroup_type (DeviceGroupType | Unset): Device group subtype; the JSON:API
            `type` of a device group.
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceListDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        filterowner_id=filterowner_id,
        filterproduct_id=filterproduct_id,
        filterdevicegroup_id=filterdevicegroup_id,
        filterdevicegroup_owner_id=filterdevicegroup_owner_id,
        filterdevicegroup_type=filterdevicegroup_type,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filterowner_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filterdevicegroup_owner_id: str | Unset = UNSET,
    filterdevicegroup_type: DeviceGroupType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> DeviceListDocument | ErrorDocument | None:
    """List devices

     Without filters the service lists the devices of the caller's account.

    Args:
        filterowner_id (str | Unset):
        filterproduct_id (str | Unset):
        filterdevicegroup_id (str | Unset):
        filterdevicegroup_owner_id (str | Unset):
        filterdevicegroup_type (DeviceGroupType | Unset): Device group subtype; the JSON:API
            `type` of a device group.
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceListDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            filterowner_id=filterowner_id,
            filterproduct_id=filterproduct_id,
            filterdevicegroup_id=filterdevicegroup_id,
            filterdevicegroup_owner_id=filterdevicegroup_owner_id,
            filterdevicegroup_type=filterdevicegroup_type,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
