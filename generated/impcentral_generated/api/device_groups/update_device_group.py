from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.device_group_document import DeviceGroupDocument
from ...models.device_group_update_document import DeviceGroupUpdateDocument


def request_kwargs(
    device_group_id: str,
    *,
    body: DeviceGroupUpdateDocument,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for PATCH ``/devicegroups/{device_group_id}``"""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/devicegroups/{device_group_id}".format(
            device_group_id=quote(str(device_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = DeviceGroupDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return DeviceGroupDocument.from_dict(document)
