from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.device_group_document import DeviceGroupDocument


def request_kwargs(
    device_group_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/devicegroups/{device_group_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devicegroups/{device_group_id}".format(
            device_group_id=quote(str(device_group_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = DeviceGroupDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return DeviceGroupDocument.from_dict(document)
