from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_create_document import DeploymentCreateDocument
from ...models.deployment_document import DeploymentDocument
from ...models.error_document import ErrorDocument
from ...types import Response, to_status


def _get_kwargs(
    *,
    body: DeploymentCreateDocument,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentDocument | ErrorDocument | None:
    if response.status_code == 201:
        response_201 = DeploymentDocument.from_dict(response.json())

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
) -> Response[DeploymentDocument | ErrorDocument]:
    return Response(
        status_code=to_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreateDocument,
) -> Response[DeploymentDocument | ErrorDocument]:
    """Create a deployment (compile agent and device code)

     Squirrel that fails to compile is answered with 400 code `CX005` whose `meta` lists the
    diagnostics (`file` is `agent_code` or `device_code`, `row`/`column` are 1-based). Compiler
    warnings may come back in `data.meta`. Creating a deployment does not restart devices.

    Args:
        body (DeploymentCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentDocument | ErrorDocument]
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
    body: DeploymentCreateDocument,
) -> DeploymentDocument | ErrorDocument | None:
    """Create a deployment (compile agent and device code)

     Squirrel that fails to compile is answered with 400 code `CX005` whose `meta` lists the
    diagnostics (`file` is `agent_code` or `device_code`, `row`/`column` are 1-based). Compiler
    warnings may come back in `data.meta`. Creating a deployment does not restart devices.

    Args:
        body (DeploymentCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentDocument | ErrorDocument
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreateDocument,
) -> Response[DeploymentDocument | ErrorDocument]:
    """Create a deployment (compile agent and device code)

     Squirrel that fails to compile is answered with 400 code `CX005` whose `meta` lists the
    diagnostics (`file` is `agent_code` or `device_code`, `row`/`column` are 1-based). Compiler
    warnings may come back in `data.meta`. Creating a deployment does not restart devices.

    Args:
        body (DeploymentCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DeploymentCreateDocument,
) -> DeploymentDocument | ErrorDocument | None:
    """Create a deployment (compile agent and device code)

     Squirrel that fails to compile is answered with 400 code `CX005` whose `meta` lists the
    diagnostics (`file` is `agent_code` or `device_code`, `row`/`column` are 1-based). Compiler
    warnings may come back in `data.meta`. Creating a deployment does not restart devices.

    Args:
        body (DeploymentCreateDocument):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
