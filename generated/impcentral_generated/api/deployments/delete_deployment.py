from typing import Any, TypeAlias
from urllib.parse import quote


def request_kwargs(
    deployment_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for DELETE ``/deployments/{deployment_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/deployments/{deployment_id}".format(
            deployment_id=quote(str(deployment_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = None
""" What a successful call returns (204) """


def parse(document: Any) -> Document:
    """204: no document"""
    return None
