from typing import Any, TypeAlias

from ...models.deployment_create_document import DeploymentCreateDocument
from ...models.deployment_document import DeploymentDocument


def request_kwargs(
    *,
    body: DeploymentCreateDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/deployments``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/deployments",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = DeploymentDocument
""" What a successful call returns (201) """


def parse(document: Any) -> Document:
    """The document of a 201 answer (JSON already decoded)"""
    return DeploymentDocument.from_dict(document)
