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
    from ..models.device_group_create_relationships import (
        DeviceGroupCreateRelationships,
    )
    from ..models.production_device_group_create_attributes import (
        ProductionDeviceGroupCreateAttributes,
    )


if TYPE_CHECKING:
    from ..models.device_group_create_relationships import (
        DeviceGroupCreateRelationshipsDict,
    )
    from ..models.production_device_group_create_attributes import (
        ProductionDeviceGroupCreateAttributesDict,
    )


T = TypeVar("T", bound="PreProductionDeviceGroupCreate")


@_attrs_define
class PreProductionDeviceGroupCreate:
    type_: Literal["pre_production_devicegroup"]
    attributes: ProductionDeviceGroupCreateAttributes
    """ Create attributes of pre-production and production groups. """
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
        from ..models.device_group_create_relationships import (
            DeviceGroupCreateRelationships,  # noqa: PLC0415
        )
        from ..models.production_device_group_create_attributes import (
            ProductionDeviceGroupCreateAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["pre_production_devicegroup"], d.pop("type"))
        if type_ != "pre_production_devicegroup":
            raise ValueError(
                f"type must match const 'pre_production_devicegroup', got '{type_}'"
            )

        attributes = ProductionDeviceGroupCreateAttributes.from_dict(
            d.pop("attributes")
        )

        relationships = DeviceGroupCreateRelationships.from_dict(d.pop("relationships"))

        pre_production_device_group_create = cls(
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        return pre_production_device_group_create


class _PreProductionDeviceGroupCreateRequired(TypedDict):
    type: Literal["pre_production_devicegroup"]
    attributes: ProductionDeviceGroupCreateAttributesDict
    relationships: DeviceGroupCreateRelationshipsDict


class PreProductionDeviceGroupCreateDict(
    _PreProductionDeviceGroupCreateRequired, total=False
):
    """The JSON form of :class:`PreProductionDeviceGroupCreate`, as a dict literal"""

    pass
