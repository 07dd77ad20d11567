from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deployment_flagged_filter import DeploymentFlaggedFilter
from ...models.deployment_list_document import DeploymentListDocument
from ...models.error_document import ErrorDocument
from ...types import UNSET, Response, Unset, to_status


def _get_kwargs(
    *,
    filterowner_id: str | Unset = UNSET,
    filtercreator_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filtersha: str | Unset = UNSET,
    filterflagged: DeploymentFlaggedFilter | Unset = UNSET,
    filterflagger_id: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["filter[owner.id]"] = filterowner_id

    params["filter[creator.id]"] = filtercreator_id

    params["filter[product.id]"] = filterproduct_id

    params["filter[devicegroup.id]"] = filterdevicegroup_id

    params["filter[sha]"] = filtersha

    json_filterflagged: str | Unset = UNSET
    if not isinstance(filterflagged, Unset):
        json_filterflagged = filterflagged

    params["filter[flagged]"] = json_filterflagged

    params["filter[flagger.id]"] = filterflagger_id

    params["filter[tags]"] = filtertags

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeploymentListDocument | ErrorDocument | None:
    if response.status_code == 200:
        response_200 = DeploymentListDocument.from_dict(response.json())

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
) -> Response[DeploymentListDocument | ErrorDocument]:
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
    filtercreator_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filtersha: str | Unset = UNSET,
    filterflagged: DeploymentFlaggedFilter | Unset = UNSET,
    filterflagger_id: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[DeploymentListDocument | ErrorDocument]:
    """List deployments

    Args:
        filterowner_id (str | Unset):
        filtercreator_id (str | Unset):
        filterproduct_id (str | Unset):
        filterdevicegroup_id (str | Unset):
        filtersha (str | Unset):
        filterflagged (DeploymentFlaggedFilter | Unset): Value of `filter[flagged]`.
        filterflagger_id (str | Unset):
        filtertags (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentListDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        filterowner_id=filterowner_id,
        filtercreator_id=filtercreator_id,
        filterproduct_id=filterproduct_id,
        filterdevicegroup_id=filterdevicegroup_id,
        filtersha=filtersha,
        filterflagged=filterflagged,
        filterflagger_id=filterflagger_id,
        filtertags=filtertags,
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
    filtercreator_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filtersha: str | Unset = UNSET,
    filterflagged: DeploymentFlaggedFilter | Unset = UNSET,
    filterflagger_id: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> DeploymentListDocument | ErrorDocument | None:
    """List deployments

    Args:
        filterowner_id (str | Unset):
        filtercreator_id (str | Unset):
        filterproduct_id (str | Unset):
        filterdevicegroup_id (str | Unset):
        filtersha (str | Unset):
        filterflagged (DeploymentFlaggedFilter | Unset): Value of `filter[flagged]`.
        filterflagger_id (str | Unset):
        filtertags (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentListDocument | ErrorDocument
    """

    return sync_detailed(
        client=client,
        filterowner_id=filterowner_id,
        filtercreator_id=filtercreator_id,
        filterproduct_id=filterproduct_id,
        filterdevicegroup_id=filterdevicegroup_id,
        filtersha=filtersha,
        filterflagged=filterflagged,
        filterflagger_id=filterflagger_id,
        filtertags=filtertags,
        pagenumber=pagenumber,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    filterowner_id: str | Unset = UNSET,
    filtercreator_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filtersha: str | Unset = UNSET,
    filterflagged: DeploymentFlaggedFilter | Unset = UNSET,
    filterflagger_id: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> Response[DeploymentListDocument | ErrorDocument]:
    """List deployments

    Args:
        filterowner_id (str | Unset):
        filtercreator_id (str | Unset):
        filterproduct_id (str | Unset):
        filterdevicegroup_id (str | Unset):
        filtersha (str | Unset):
        filterflagged (DeploymentFlaggedFilter | Unset): Value of `filter[flagged]`.
        filterflagger_id (str | Unset):
        filtertags (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeploymentListDocument | ErrorDocument]
    """

    kwargs = _get_kwargs(
        filterowner_id=filterowner_id,
        filtercreator_id=filtercreator_id,
        filterproduct_id=filterproduct_id,
        filterdevicegroup_id=filterdevicegroup_id,
        filtersha=filtersha,
        filterflagged=filterflagged,
        filterflagger_id=filterflagger_id,
        filtertags=filtertags,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    filterowner_id: str | Unset = UNSET,
    filtercreator_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filtersha: str | Unset = UNSET,
    filterflagged: DeploymentFlaggedFilter | Unset = UNSET,
    filterflagger_id: str | Unset = UNSET,
    filtertags: str | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> DeploymentListDocument | ErrorDocument | None:
    """List deployments

    Args:
        filterowner_id (str | Unset):
        filtercreator_id (str | Unset):
        filterproduct_id (str | Unset):
        filterdevicegroup_id (str | Unset):
        filtersha (str | Unset):
        filterflagged (DeploymentFlaggedFilter | Unset): Value of `filter[flagged]`.
        filterflagger_id (str | Unset):
        filtertags (str | Unset):
        pagenumber (int | Unset):
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeploymentListDocument | ErrorDocument
    """

    return (
        await asyncio_detailed(
            client=client,
            filterowner_id=filterowner_id,
            filtercreator_id=filtercreator_id,
            filterproduct_id=filterproduct_id,
            filterdevicegroup_id=filterdevicegroup_id,
            filtersha=filtersha,
            filterflagged=filterflagged,
            filterflagger_id=filterflagger_id,
            filtertags=filtertags,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
