from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.device_log_list_document import DeviceLogListDocument
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset, to_status


def _get_kwargs(
    device_id: str,
    *,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}/logs".format(
            device_id=quote(str(device_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeviceLogListDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = DeviceLogListDocument.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = ErrorDocument.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeviceLogListDocument | ErrorDocument]:
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
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[DeviceLogListDocument | ErrorDocument]:
    """Historical logs of a device

     Plain log entries (not JSON:API resources). Page 1 holds the most recent entries (sources
    disagree on the order within a page; treat it as newest first). The service keeps a limited
    number of entries for a limited time.

    Args:
        device_id (str):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceLogListDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> DeviceLogListDocument | ErrorDocument | None:
    """Historical logs of a device

     Plain log entries (not JSON:API resources). Page 1 holds the most recent entries (sources
    disagree on the order within a page; treat it as newest first). The service keeps a limited
    number of entries for a limited time.

    Args:
        device_id (str):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceLogListDocument | ErrorDocument
    """

    return sync_detailed(
        device_id=device_id,
        client=client,
        pagenumber=pagenumber,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[DeviceLogListDocument | ErrorDocument]:
    """Historical logs of a device

     Plain log entries (not JSON:API resources). Page 1 holds the most recent entries (sources
    disagree on the order within a page; treat it as newest first). The service keeps a limited
    number of entries for a limited time.

    Args:
        device_id (str):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeviceLogListDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: str,
    *,
    client: AuthenticatedClient | Client,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> DeviceLogListDocument | ErrorDocument | None:
    """Historical logs of a device

     Plain log entries (not JSON:API resources). Page 1 holds the most recent entries (sources
    disagree on the order within a page; treat it as newest first). The service keeps a limited
    number of entries for a limited time.

    Args:
        device_id (str):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeviceLogListDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            device_id=device_id,
            client=client,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
