from typing import Any, TypeAlias

from ...models.device_group_type import DeviceGroupType
from ...models.device_list_document import DeviceListDocument
from ...types import UNSET, Unset


def request_kwargs(
    *,
    filterowner_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filterdevicegroup_id: str | Unset = UNSET,
    filterdevicegroup_owner_id: str | Unset = UNSET,
    filterdevicegroup_type: DeviceGroupType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/devices``"""

    params: dict[str, Any] = {}

    params["filter[owner.id]"] = filterowner_id

    params["filter[product.id]"] = filterproduct_id

    params["filter[devicegroup.id]"] = filterdevicegroup_id

    params["filter[devicegroup.owner.id]"] = filterdevicegroup_owner_id

    json_filterdevicegroup_type: str | Unset = UNSET
    if not isinstance(filterdevicegroup_type, Unset):
        json_filterdevicegroup_type = filterdevicegroup_type

    params["filter[devicegroup.type]"] = json_filterdevicegroup_type

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devices",
        "params": params,
    }

    return _kwargs


Document: TypeAlias = DeviceListDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return DeviceListDocument.from_dict(document)
