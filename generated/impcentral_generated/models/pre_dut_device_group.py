from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_group_attributes import DeviceGroupAttributes
    from ..models.device_group_relationships import DeviceGroupRelationships
    from ..models.error_object import ErrorObject
    from ..models.resource_links import ResourceLinks

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DeviceGroupAttributes
    global DeviceGroupRelationships
    global ErrorObject
    global ResourceLinks
    from ..models.device_group_attributes import DeviceGroupAttributes
    from ..models.device_group_relationships import DeviceGroupRelationships
    from ..models.error_object import ErrorObject
    from ..models.resource_links import ResourceLinks

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="PreDutDeviceGroup")


@_attrs_define
class PreDutDeviceGroup:
    type_: Literal["pre_dut_devicegroup"]
    id: str
    attributes: DeviceGroupAttributes
    """ Attributes shared by all seven device group subtypes. """
    links: ResourceLinks | Unset = UNSET
    relationships: DeviceGroupRelationships | Unset = UNSET
    """ Each relationship is present only when set. """
    meta: list[ErrorObject] | Unset = UNSET
    """ Warnings attached to a written resource; each is shaped like an error object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        type_ = self.type_

        id = self.id

        attributes = self.attributes.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        relationships: dict[str, Any] | Unset = UNSET
        if not isinstance(self.relationships, Unset):
            relationships = self.relationships.to_dict()

        meta: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = []
            for componentsschemas_warnings_item_data in self.meta:
                componentsschemas_warnings_item = (
                    componentsschemas_warnings_item_data.to_dict()
                )
                meta.append(componentsschemas_warnings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "attributes": attributes,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if relationships is not UNSET:
            field_dict["relationships"] = relationships
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        type_: Literal["pre_dut_devicegroup"] = d.pop("type")
        if type_ != "pre_dut_devicegroup":
            raise ValueError(
                f"type must match const 'pre_dut_devicegroup', got '{type_}'"
            )

        id = d.pop("id")

        attributes = DeviceGroupAttributes.from_dict(d.pop("attributes"))

        _links = d.pop("links", UNSET)
        links: ResourceLinks | Unset = (
            _links if _links is UNSET else ResourceLinks.from_dict(_links)
        )

        _relationships = d.pop("relationships", UNSET)
        relationships: DeviceGroupRelationships | Unset = (
            _relationships
            if _relationships is UNSET
            else DeviceGroupRelationships.from_dict(_relationships)
        )

        _meta = d.pop("meta", UNSET)
        meta: list[ErrorObject] | Unset = (
            _meta
            if _meta is UNSET
            else [
                ErrorObject.from_dict(componentsschemas_warnings_item_data)
                for componentsschemas_warnings_item_data in _meta
            ]
        )

        pre_dut_device_group = _new(cls)
        pre_dut_device_group.type_ = type_
        pre_dut_device_group.id = id
        pre_dut_device_group.attributes = attributes
        pre_dut_device_group.links = links
        pre_dut_device_group.relationships = relationships
        pre_dut_device_group.meta = meta

        pre_dut_device_group.additional_properties = d or {}
        return pre_dut_device_group

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
