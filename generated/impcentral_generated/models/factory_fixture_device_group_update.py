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
    from ..models.factory_fixture_device_group_update_relationships import (
        FactoryFixtureDeviceGroupUpdateRelationships,
    )


if TYPE_CHECKING:
    from ..models.device_group_update_attributes import DeviceGroupUpdateAttributesDict
    from ..models.factory_fixture_device_group_update_relationships import (
        FactoryFixtureDeviceGroupUpdateRelationshipsDict,
    )


T = TypeVar("T", bound="FactoryFixtureDeviceGroupUpdate")


@_attrs_define
class FactoryFixtureDeviceGroupUpdate:
    type_: Literal["factoryfixture_devicegroup"]
    id: str
    attributes: DeviceGroupUpdateAttributes | Unset = UNSET
    """ Update attributes of development, pre-DUT, DUT and fixture groups. """
    relationships: FactoryFixtureDeviceGroupUpdateRelationships | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if relationships is not UNSET:
            field_dict["relationships"] = relationships

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_group_update_attributes import DeviceGroupUpdateAttributes  # noqa: PLC0415
        from ..models.factory_fixture_device_group_update_relationships import (
            FactoryFixtureDeviceGroupUpdateRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["factoryfixture_devicegroup"], d.pop("type"))
        if type_ != "factoryfixture_devicegroup":
            raise ValueError(
                f"type must match const 'factoryfixture_devicegroup', got '{type_}'"
            )

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: DeviceGroupUpdateAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DeviceGroupUpdateAttributes.from_dict(_attributes)

        _relationships = d.pop("relationships", UNSET)
        relationships: FactoryFixtureDeviceGroupUpdateRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = FactoryFixtureDeviceGroupUpdateRelationships.from_dict(
                _relationships
            )

        factory_fixture_device_group_update = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return factory_fixture_device_group_update


class _FactoryFixtureDeviceGroupUpdateRequired(TypedDict):
    type: Literal["factoryfixture_devicegroup"]
    id: str


class FactoryFixtureDeviceGroupUpdateDict(
    _FactoryFixtureDeviceGroupUpdateRequired, total=False
):
    """The JSON form of :class:`FactoryFixtureDeviceGroupUpdate`, as a dict literal"""

    attributes: DeviceGroupUpdateAttributesDict
    relationships: FactoryFixtureDeviceGroupUpdateRelationshipsDict
