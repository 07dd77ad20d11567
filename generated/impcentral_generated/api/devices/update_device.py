from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.device_document import DeviceDocument
from ...models.device_update_document import DeviceUpdateDocument


def request_kwargs(
    device_id: str,
    *,
    body: DeviceUpdateDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for PATCH ``/devices/{device_id}``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = DeviceDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return DeviceDocument.from_dict(document)
