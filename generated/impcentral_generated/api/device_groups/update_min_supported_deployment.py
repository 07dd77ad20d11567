from typing import Any, TypeAlias
from urllib.parse import quote

from ... import types
from ...models.deployment_document import DeploymentDocument
from ...models.deployment_linkage_document import DeploymentLinkageDocument
from ...models.device_group_document import DeviceGroupDocument
from ...models.min_supported_deployment_document import MinSupportedDeploymentDocument


def request_kwargs(
    device_group_id: str,
    *,
    body: MinSupportedDeploymentDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for PUT ``/devicegroups/{device_group_id}/relationships/min_supported_deployment``"""
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


Document: TypeAlias = (
    DeviceGroupDocument | DeploymentDocument | DeploymentLinkageDocument | None
)
""" What a successful call returns (200, 204); None for an answer without a document """


def parse(document: Any) -> Document:
    """The document of a 200, 204 answer (JSON already decoded): the first of
    DeviceGroupDocument, DeploymentDocument, DeploymentLinkageDocument that reads it as sent"""
    value: Document = types.read_first(
        document, (DeviceGroupDocument, DeploymentDocument, DeploymentLinkageDocument)
    )
    return value
