from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.device_document import DeviceDocument


def request_kwargs(
    device_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/devices/{device_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = DeviceDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return DeviceDocument.from_dict(document)
