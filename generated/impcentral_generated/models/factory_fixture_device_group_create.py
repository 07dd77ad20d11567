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
    from ..models.factory_fixture_device_group_create_relationships import (
        FactoryFixtureDeviceGroupCreateRelationships,
    )


if TYPE_CHECKING:
    from ..models.device_group_create_attributes import DeviceGroupCreateAttributesDict
    from ..models.factory_fixture_device_group_create_relationships import (
        FactoryFixtureDeviceGroupCreateRelationshipsDict,
    )


T = TypeVar("T", bound="FactoryFixtureDeviceGroupCreate")


@_attrs_define
class FactoryFixtureDeviceGroupCreate:
    type_: Literal["factoryfixture_devicegroup"]
    attributes: DeviceGroupCreateAttributes
    """ Create attributes of development, pre-DUT, DUT and fixture groups. """
    relationships: FactoryFixtureDeviceGroupCreateRelationships

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
        from ..models.factory_fixture_device_group_create_relationships import (
            FactoryFixtureDeviceGroupCreateRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["factoryfixture_devicegroup"], d.pop("type"))
        if type_ != "factoryfixture_devicegroup":
            raise ValueError(
                f"type must match const 'factoryfixture_devicegroup', got '{type_}'"
            )

        attributes = DeviceGroupCreateAttributes.from_dict(d.pop("attributes"))

        relationships = FactoryFixtureDeviceGroupCreateRelationships.from_dict(
            d.pop("relationships")
        )

        factory_fixture_device_group_create = cls(
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        return factory_fixture_device_group_create


class _FactoryFixtureDeviceGroupCreateRequired(TypedDict):
    type: Literal["factoryfixture_devicegroup"]
    attributes: DeviceGroupCreateAttributesDict
    relationships: FactoryFixtureDeviceGroupCreateRelationshipsDict


class FactoryFixtureDeviceGroupCreateDict(
    _FactoryFixtureDeviceGroupCreateRequired, total=False
):
    """The JSON form of :class:`FactoryFixtureDeviceGroupCreate`, as a dict literal"""

    pass
