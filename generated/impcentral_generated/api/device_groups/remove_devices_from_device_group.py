from typing import Any, TypeAlias
from urllib.parse import quote

from ...models.device_group_devices_document import DeviceGroupDevicesDocument
from ...types import UNSET, Unset


def request_kwargs(
    device_group_id: str,
    *,
    body: DeviceGroupDevicesDocument,
    x_electricimp_key: str | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for DELETE ``/devicegroups/{device_group_id}/relationships/devices``"""
    headers: dict[str, Any] = {}
    if not isinstance(x_electricimp_key, Unset):
        headers["X-Electricimp-Key"] = x_electricimp_key

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/devicegroups/{device_group_id}/relationships/devices".format(
            device_group_id=quote(str(device_group_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/vnd.api+json"

    _kwargs["headers"] = headers
    return _kwargs


Document: TypeAlias = None
""" What a successful call returns (204) """


def parse(document: Any) -> Document:
    """204: no document"""
    return None
