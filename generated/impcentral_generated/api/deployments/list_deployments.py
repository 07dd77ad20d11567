from typing import Any, TypeAlias

from ...models.deployment_flagged_filter import (
    DeploymentFlaggedFilter,
)
from ...models.deployment_list_document import DeploymentListDocument
from ...types import UNSET, Unset


def request_kwargs(
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
    """Keyword arguments of ``httpx.Client.request`` for GET ``/deployments``"""

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


Document: TypeAlias = DeploymentListDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return DeploymentListDocument.from_dict(document)
