from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.device_update_data import DeviceUpdateData


if TYPE_CHECKING:
    from ..models.device_update_data import DeviceUpdateDataDict


T = TypeVar("T", bound="DeviceUpdateDocument")


@_attrs_define
class DeviceUpdateDocument:
    data: DeviceUpdateData

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_update_data import DeviceUpdateData  # noqa: PLC0415

        d = dict(src_dict)
        data = DeviceUpdateData.from_dict(d.pop("data"))

        device_update_document = cls(
            data=data,
        )

        return device_update_document


class _DeviceUpdateDocumentRequired(TypedDict):
    data: DeviceUpdateDataDict


class DeviceUpdateDocumentDict(_DeviceUpdateDocumentRequired, total=False):
    """The JSON form of :class:`DeviceUpdateDocument`, as a dict literal"""

    pass
