from typing import Any, TypeAlias
from urllib.parse import quote


def request_kwargs(
    device_group_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for POST ``/devicegroups/{device_group_id}/restart``"""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/devicegroups/{device_group_id}/restart".format(
            device_group_id=quote(str(device_group_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = None
""" What a successful call returns (204) """


def parse(document: Any) -> Document:
    """204: no document"""
    return None
