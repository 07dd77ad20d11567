from typing import Any, TypeAlias
from urllib.parse import quote


def request_kwargs(
    log_stream_id: str,
    device_id: str,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for DELETE ``/logstream/{log_stream_id}/{device_id}``"""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/logstream/{log_stream_id}/{device_id}".format(
            log_stream_id=quote(str(log_stream_id), safe=""),
            device_id=quote(str(device_id), safe=""),
        ),
    }

    return _kwargs


Document: TypeAlias = None
""" What a successful call returns (200, 204) """


def parse(document: Any) -> Document:
    """200, 204: no document"""
    return None
