from typing import Any, TypeAlias

from ...models.device_group_list_document import DeviceGroupListDocument
from ...models.device_group_type import DeviceGroupType
from ...types import UNSET, Unset


def request_kwargs(
    *,
    filterowner_id: str | Unset = UNSET,
    filterproduct_id: str | Unset = UNSET,
    filtertype: DeviceGroupType | Unset = UNSET,
    pagenumber: int | Unset = UNSET,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:
    """Keyword arguments of ``httpx.Client.request`` for GET ``/devicegroups``"""

    params: dict[str, Any] = {}

    params["filter[owner.id]"] = filterowner_id

    params["filter[product.id]"] = filterproduct_id

    json_filtertype: str | Unset = UNSET
    if not isinstance(filtertype, Unset):
        json_filtertype = filtertype

    params["filter[type]"] = json_filtertype

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/devicegroups",
        "params": params,
    }

    return _kwargs


Document: TypeAlias = DeviceGroupListDocument
""" What a successful call returns (200) """


def parse(document: Any) -> Document:
    """The document of a 200 answer (JSON already decoded)"""
    return DeviceGroupListDocument.from_dict(document)
