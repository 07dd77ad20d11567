from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_document import ErrorDocument
from ...types import Response, to_status


def _get_kwargs(
    device_group_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/devicegroups/{device_group_id}".format(
            device_group_id=quote(str(device_group_id), safe=""),
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

    if response.status_code == 409:
        response_409 = ErrorDocument.from_dict(response.json())

        return response_409

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
) -> Response[Any | ErrorDocument]:
    """Delete a device group

     Refused (409) while devices are assigned, while flagged deployments exist, or while the group is
    another group's `production_target` / `dut_target`. The group's deployments are deleted with it.

    Args:
        device_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_group_id=device_group_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorDocument | None:
    """Delete a device group

     Refused (409) while devices are assigned, while flagged deployments exist, or while the group is
    another group's `production_target` / `dut_target`. The group's deployments are deleted with it.

    Args:
        device_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDocument
    """

    return sync_detailed(
        device_group_id=device_group_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorDocument]:
    """Delete a device group

     Refused (409) while devices are assigned, while flagged deployments exist, or while the group is
    another group's `production_target` / `dut_target`. The group's deployments are deleted with it.

    Args:
        device_group_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDocument]
    """

    kwargs = _get_kwargs(
        device_group_id=device_group_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_group_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorDocument | None:
    """Delete a device group

     Refused (409) while devices are assigned, while flagged deployments exist, or while the group is
    another group's `production_target` / `dut_target`. The group's deployments are deleted with it.

    Args:
        device_group_id (str):

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
        )
    ).parsed
