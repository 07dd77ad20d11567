from typing import Any, TypeAlias

from ...models.device_group_create_document import DeviceGroupCreateDocument
from ...models.device_group_document import DeviceGroupDocument


def request_kwargs(
    *,
    body: DeviceGroupCreateDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/devicegroups``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devicegroups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = DeviceGroupDocument
""" What a successful call returns (201) """


def parse(document: Any) -> Document:
    """The document of a 201 answer (JSON already decoded)"""
    return DeviceGroupDocument.from_dict(document)
