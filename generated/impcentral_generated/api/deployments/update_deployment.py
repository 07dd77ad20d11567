from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.deployment_document import DeploymentDocument
from ...models.deployment_update_document import DeploymentUpdateDocument


def request_kwargs(
    deployment_id: str,
    *,
    body: DeploymentUpdateDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for PATCH ``/deployments/{deployment_id}``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/deployments/{deployment_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = DeploymentDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return DeploymentDocument.from_dict(document)
