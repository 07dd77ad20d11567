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
    from ..models.device_group_update_attributes import DeviceGroupUpdateAttributes


if TYPE_CHECKING:
    from ..models.device_group_update_attributes import DeviceGroupUpdateAttributesDict


T = TypeVar("T", bound="PreDutDeviceGroupUpdate")


@_attrs_define
class PreDutDeviceGroupUpdate:
    type_: Literal["pre_dut_devicegroup"]
    id: str
    attributes: DeviceGroupUpdateAttributes | Unset = UNSET
    """ Update attributes of development, pre-DUT, DUT and fixture groups. """

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
        from ..models.device_group_update_attributes import DeviceGroupUpdateAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["pre_dut_devicegroup"], d.pop("type"))
        if type_ != "pre_dut_devicegroup":
            raise ValueError(
                f"type must match const 'pre_dut_devicegroup', got '{type_}'"
            )

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: DeviceGroupUpdateAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DeviceGroupUpdateAttributes.from_dict(_attributes)

        pre_dut_device_group_update = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return pre_dut_device_group_update


class _PreDutDeviceGroupUpdateRequired(TypedDict):
    type: Literal["pre_dut_devicegroup"]
    id: str


class PreDutDeviceGroupUpdateDict(_PreDutDeviceGroupUpdateRequired, total=False):
    """The JSON form of :class:`PreDutDeviceGroupUpdate`, as a dict literal"""

    attributes: DeviceGroupUpdateAttributesDict
