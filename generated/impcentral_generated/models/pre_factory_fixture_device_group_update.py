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
    from ..models.pre_factory_fixture_device_group_update_relationships import (
        PreFactoryFixtureDeviceGroupUpdateRelationships,
    )


if TYPE_CHECKING:
    from ..models.device_group_update_attributes import DeviceGroupUpdateAttributesDict
    from ..models.pre_factory_fixture_device_group_update_relationships import (
        PreFactoryFixtureDeviceGroupUpdateRelationshipsDict,
    )


T = TypeVar("T", bound="PreFactoryFixtureDeviceGroupUpdate")


@_attrs_define
class PreFactoryFixtureDeviceGroupUpdate:
    type_: Literal["pre_factoryfixture_devicegroup"]
    id: str
    attributes: DeviceGroupUpdateAttributes | Unset = UNSET
    """ Update attributes of development, pre-DUT, DUT and fixture groups. """
    relationships: PreFactoryFixtureDeviceGroupUpdateRelationships | Unset = UNSET

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
        from ..models.pre_factory_fixture_device_group_update_relationships import (
            PreFactoryFixtureDeviceGroupUpdateRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["pre_factoryfixture_devicegroup"], d.pop("type"))
        if type_ != "pre_factoryfixture_devicegroup":
            raise ValueError(
                f"type must match const 'pre_factoryfixture_devicegroup', got '{type_}'"
            )

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: DeviceGroupUpdateAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DeviceGroupUpdateAttributes.from_dict(_attributes)

        _relationships = d.pop("relationships", UNSET)
        relationships: PreFactoryFixtureDeviceGroupUpdateRelationships | Unset
        if isinstance(_relationships, Unset):
            relationships = UNSET
        else:
            relationships = PreFactoryFixtureDeviceGroupUpdateRelationships.from_dict(
                _relationships
            )

        pre_factory_fixture_device_group_update = cls(
            type_=type_,
            id=id,
            attributes=attributes,
            relationships=relationships,
        )

        return pre_factory_fixture_device_group_update


class _PreFactoryFixtureDeviceGroupUpdateRequired(TypedDict):
    type: Literal["pre_factoryfixture_devicegroup"]
    id: str


class PreFactoryFixtureDeviceGroupUpdateDict(
    _PreFactoryFixtureDeviceGroupUpdateRequired, total=False
):
    """The JSON form of :class:`PreFactoryFixtureDeviceGroupUpdate`, as a dict literal"""

    attributes: DeviceGroupUpdateAttributesDict
    relationships: PreFactoryFixtureDeviceGroupUpdateRelationshipsDict
