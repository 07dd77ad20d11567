from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.deployment_document import DeploymentDocument


def request_kwargs(
    deployment_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/deployments/{deployment_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/deployments/{deployment_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = DeploymentDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return DeploymentDocument.from_dict(document)
