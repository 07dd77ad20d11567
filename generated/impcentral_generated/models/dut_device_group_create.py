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

if TYPE_CHECKING:
    from ..models.device_group_create_attributes import DeviceGroupCreateAttributes
    from ..models.device_group_create_relationships import (
        DeviceGroupCreateRelationships,
    )


if TYPE_CHECKING:
    from ..models.device_group_create_attributes import DeviceGroupCreateAttributesDict
    from ..models.device_group_create_relationships import (
        DeviceGroupCreateRelationshipsDict,
    )


T = TypeVar("T", bound="DutDeviceGroupCreate")


@_attrs_define
class DutDeviceGroupCreate:
    type_: Literal["dut_devicegroup"]
    attributes: DeviceGroupCreateAttributes
    """ Create attributes of development, pre-DUT, DUT and fixture groups. """
    relationships: DeviceGroupCreateRelationships

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attributes = self.attributes.to_dict()

        relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
                "relationships": relationships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_group_create_attributes import DeviceGroupCreateAttributes  # noqa: PLC0415
        from ..models.device_group_create_relationships import (
            DeviceGroupCreateRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["dut_devicegroup"], d.pop("type"))
        if type_ != "dut_devicegroup":
            raise ValueError(f"type must match const 'dut_devicegroup', got '{type_}'")

        attributes = DeviceGroupCreateAttributes.from_dict(d.pop("attributes"))

        relationships = DeviceGroupCreateRelationships.from_dict(d.pop("relationships"))

        dut_device_group_create = cls(
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        return dut_device_group_create


class _DutDeviceGroupCreateRequired(TypedDict):
    type: Literal["dut_devicegroup"]
    attributes: DeviceGroupCreateAttributesDict
    relationships: DeviceGroupCreateRelationshipsDict


class DutDeviceGroupCreateDict(_DutDeviceGroupCreateRequired, total=False):
    """The JSON form of :class:`DutDeviceGroupCreate`, as a dict literal"""

    pass
