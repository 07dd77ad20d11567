from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

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

T = TypeVar("T", bound="ProductionDeviceGroup")


@_attrs_define
class ProductionDeviceGroup:
    type: Literal["production_devicegroup"]
    id: str
    attributes: DeviceGroupAttributes
    """ Attributes shared by all seven device group subtypes (and by subtypes added later). """
    links: ResourceLinks | None = None
    relationships: DeviceGroupRelationships | None = None
    """ Each relationship is present only when set. """
    meta: list[ErrorObject] | None = None
    """ Warnings attached to a written resource; each is shaped like an error object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("type", "type", True),
        ("id", "id", True),
        ("attributes", "attributes", True),
        ("links", "links", False),
        ("relationships", "relationships", False),
        ("meta", "meta", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        kept: types.Kept | None = None
        type_ = d.pop("type", None)
        if type_ != "production_devicegroup":
            if type_ is None:
                type_, kept = types.missing_value(kept, "type", src_dict)

            else:
                kept = types.unexpected(kept, "type", type_, "production_devicegroup")

        id = d.pop("id", None)
        if id is None:
            id, kept = types.missing_value(kept, "id", src_dict)

        elif id.__class__ is not str:
            id, kept = types.unexpected_type(kept, "id", id, "str")

        _attributes = d.pop("attributes", None)
        if _attributes is None:
            attributes, kept = types.missing_value(kept, "attributes", src_dict)

        else:
            try:
                attributes = DeviceGroupAttributes.from_dict(_attributes)
            except (TypeError, ValueError, AttributeError, KeyError):
                attributes, kept = types.unreadable(
                    kept, "attributes", _attributes, "an object"
                )

        _links = d.pop("links", None)
        if _links is None:
            links = None
            if "links" in src_dict:
                kept = types.keep(kept, "links", None, None)

        else:
            try:
                links = ResourceLinks.from_dict(_links)
            except (TypeError, ValueError, AttributeError, KeyError):
                links, kept = types.unreadable(kept, "links", _links, "an object")

        _relationships = d.pop("relationships", None)
        if _relationships is None:
            relationships = None
            if "relationships" in src_dict:
                kept = types.keep(kept, "relationships", None, None)

        else:
            try:
                relationships = DeviceGroupRelationships.from_dict(_relationships)
            except (TypeError, ValueError, AttributeError, KeyError):
                relationships, kept = types.unreadable(
                    kept, "relationships", _relationships, "an object"
                )

        _meta = d.pop("meta", None)
        if _meta is None:
            meta = None
            if "meta" in src_dict:
                kept = types.keep(kept, "meta", None, None)

        else:
            try:
                meta = _read_meta(_meta)
            except (TypeError, ValueError, AttributeError, KeyError):
                meta, kept = types.repair_list(
                    kept, "meta", _meta, ErrorObject.from_dict
                )

        production_device_group = _new(cls)
        production_device_group.type = type_
        production_device_group.id = id
        production_device_group.attributes = attributes
        production_device_group.links = links
        production_device_group.relationships = relationships
        production_device_group.meta = meta
        production_device_group.additional_properties = d
        production_device_group._kept = kept
        return production_device_group

    @property
    def type_(self) -> Literal["production_devicegroup"]:
        """Deprecated: ``type``, the wire name"""
        warnings.warn("type_ is deprecated; use type", DeprecationWarning, stacklevel=2)
        return self.type

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


def _read_meta(raw: Any) -> list[ErrorObject]:
    return [ErrorObject.from_dict(item) for item in raw]
