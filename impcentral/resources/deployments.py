"""``api.deployments``: the code (device + agent) deployed to a device group, and its history."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from impcentral_generated.api.deployments import (
    create_deployment,
    delete_deployment,
    get_deployment,
    list_deployments,
    update_deployment,
)
from impcentral_generated.models import (
    Deployment,
    DeploymentCreateAttributesDict,
    DeploymentCreateDocument,
    DeploymentUpdateAttributesDict,
    DeploymentUpdateDocument,
)

from .. import _validation as check
from .._constants import DEFAULT_LIST_ALL_PAGE_SIZE
from .._constants import Deployments as _Deployments
from .._operation import Operation, call, list_query, request_body
from .._pagination import Pages
from ._base import AsyncResource, SyncResource, async_method, async_pages, sync_method, sync_pages

_FILTERS = {
    _Deployments.FILTER_OWNER_ID: "filterowner_id",
    _Deployments.FILTER_CREATOR_ID: "filtercreator_id",
    _Deployments.FILTER_PRODUCT_ID: "filterproduct_id",
    _Deployments.FILTER_DEVICE_GROUP_ID: "filterdevicegroup_id",
    _Deployments.FILTER_SHA: "filtersha",
    _Deployments.FILTER_FLAGGED: "filterflagged",
    _Deployments.FILTER_FLAGGER_ID: "filterflagger_id",
    _Deployments.FILTER_TAGS: "filtertags",
}


class DeploymentsRequests:
    """Argument checks and requests of ``api.deployments``, shared by both clients."""

    @staticmethod
    def list(
        filters: Mapping[str, Any] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Operation[list_deployments.Document]:
        """One page of deployments; filter with the ``FILTER_*`` keys (``FILTER_TAGS``: comma
        separated, all must match; ``FILTER_FLAGGED``: ``True``, ``False`` or ``"any"``)."""
        check.filters(filters, _FILTERS)
        check.pagination(page_number, page_size)
        query = list_query(filters, _FILTERS, page_number, page_size)
        return call(list_deployments, **query)

    @staticmethod
    def list_all(
        filters: Mapping[str, Any] | None = None, page_size: int = DEFAULT_LIST_ALL_PAGE_SIZE
    ) -> Pages[list_deployments.Document, Deployment]:
        """Every deployment, page after page, each once."""
        first = DeploymentsRequests.list(filters, 1, page_size)
        return Pages(
            first, items=lambda page: page.data or (), key=lambda deployment: deployment.id
        )

    @staticmethod
    def create(
        device_group_id: str, device_group_type: str, attributes: DeploymentCreateAttributesDict
    ) -> Operation[create_deployment.Document]:
        """Deploy code to a device group (of ``device_group_type``, a ``TYPE_*``).

        ``attributes``: ``device_code`` and ``agent_code`` (required), ``description``,
        ``origin``, ``flagged``, ``tags``. Devices pick the code up when they restart.
        """
        check.non_empty(device_group_id)
        check.device_group_type(device_group_type, "deviceGroupType")
        check.attributes(attributes, DeploymentCreateAttributesDict, check_required=True)
        data = {
            "type": "deployment",
            "attributes": dict(attributes),
            "relationships": {"devicegroup": {"type": device_group_type, "id": device_group_id}},
        }
        body = request_body(DeploymentCreateDocument, {"data": data})
        return call(create_deployment, body=body)

    @staticmethod
    def get(deployment_id: str) -> Operation[get_deployment.Document]:
        """One deployment."""
        check.non_empty(deployment_id)
        return call(get_deployment, deployment_id)

    @staticmethod
    def update(
        deployment_id: str, attributes: DeploymentUpdateAttributesDict | None
    ) -> Operation[update_deployment.Document]:
        """Change a deployment's ``description``, ``flagged`` or ``tags``."""
        check.non_empty(deployment_id)
        check.attributes(attributes, DeploymentUpdateAttributesDict)
        data: dict[str, Any] = {"type": "deployment", "id": deployment_id}
        if attributes is not None:
            data["attributes"] = dict(attributes)
        body = request_body(DeploymentUpdateDocument, {"data": data})
        return call(update_deployment, deployment_id, body=body)

    @staticmethod
    def delete(deployment_id: str) -> Operation[delete_deployment.Document]:
        """Delete a deployment (not a flagged one, nor the group's minimum supported or newer)."""
        check.non_empty(deployment_id)
        return call(delete_deployment, deployment_id)


class DeploymentsResource(_Deployments, SyncResource):
    list = sync_method(DeploymentsRequests.list)
    list_all = sync_pages(DeploymentsRequests.list_all)
    create = sync_method(DeploymentsRequests.create)
    get = sync_method(DeploymentsRequests.get)
    update = sync_method(DeploymentsRequests.update)
    delete = sync_method(DeploymentsRequests.delete)


class AsyncDeploymentsResource(_Deployments, AsyncResource):
    list = async_method(DeploymentsRequests.list)
    list_all = async_pages(DeploymentsRequests.list_all)
    create = async_method(DeploymentsRequests.create)
    get = async_method(DeploymentsRequests.get)
    update = async_method(DeploymentsRequests.update)
    delete = async_method(DeploymentsRequests.delete)
