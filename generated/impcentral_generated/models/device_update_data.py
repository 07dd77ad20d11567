from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_update_attributes import DeviceUpdateAttributes


if TYPE_CHECKING:
    from ..models.device_update_attributes import DeviceUpdateAttributesDict


T = TypeVar("T", bound="DeviceUpdateData")


@_attrs_define
class DeviceUpdateData:
    type_: Literal["device"]
    id: str
    """ Device id, MAC address or agent id. """
    attributes: DeviceUpdateAttributes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_update_attributes import DeviceUpdateAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["device"], d.pop("type"))
        if type_ != "device":
            raise ValueError(f"type must match const 'device', got '{type_}'")

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: DeviceUpdateAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DeviceUpdateAttributes.from_dict(_attributes)

        device_update_data = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return device_update_data


class _DeviceUpdateDataRequired(TypedDict):
    type: Literal["device"]
    id: str


class DeviceUpdateDataDict(_DeviceUpdateDataRequired, total=False):
    """The JSON form of :class:`DeviceUpdateData`, as a dict literal"""

    attributes: DeviceUpdateAttributesDict
