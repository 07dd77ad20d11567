from typing import Any, TypeAlias
from urllib.parse import quote


def request_kwargs(
    device_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for DELETE ``/devices/{device_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/devices/{device_id}".format(
            device_id=quote(str(device_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = None
""" What a successful call returns (204) """


def parse(document: Any) -> Document:
    """204: no document"""
    return None
