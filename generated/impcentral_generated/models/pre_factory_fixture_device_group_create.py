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
    from ..models.pre_factory_fixture_device_group_create_relationships import (
        PreFactoryFixtureDeviceGroupCreateRelationships,
    )


if TYPE_CHECKING:
    from ..models.device_group_create_attributes import DeviceGroupCreateAttributesDict
    from ..models.pre_factory_fixture_device_group_create_relationships import (
        PreFactoryFixtureDeviceGroupCreateRelationshipsDict,
    )


T = TypeVar("T", bound="PreFactoryFixtureDeviceGroupCreate")


@_attrs_define
class PreFactoryFixtureDeviceGroupCreate:
    type_: Literal["pre_factoryfixture_devicegroup"]
    attributes: DeviceGroupCreateAttributes
    """ Create attributes of development, pre-DUT, DUT and fixture groups. """
    relationships: PreFactoryFixtureDeviceGroupCreateRelationships

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
        from ..models.pre_factory_fixture_device_group_create_relationships import (
            PreFactoryFixtureDeviceGroupCreateRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["pre_factoryfixture_devicegroup"], d.pop("type"))
        if type_ != "pre_factoryfixture_devicegroup":
            raise ValueError(
                f"type must match const 'pre_factoryfixture_devicegroup', got '{type_}'"
            )

        attributes = DeviceGroupCreateAttributes.from_dict(d.pop("attributes"))

        relationships = PreFactoryFixtureDeviceGroupCreateRelationships.from_dict(
            d.pop("relationships")
        )

        pre_factory_fixture_device_group_create = cls(
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        return pre_factory_fixture_device_group_create


class _PreFactoryFixtureDeviceGroupCreateRequired(TypedDict):
    type: Literal["pre_factoryfixture_devicegroup"]
    attributes: DeviceGroupCreateAttributesDict
    relationships: PreFactoryFixtureDeviceGroupCreateRelationshipsDict


class PreFactoryFixtureDeviceGroupCreateDict(
    _PreFactoryFixtureDeviceGroupCreateRequired, total=False
):
    """The JSON form of :class:`PreFactoryFixtureDeviceGroupCreate`, as a dict literal"""

    pass
