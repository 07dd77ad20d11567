from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_stream_attributes import LogStreamAttributes
    from ..models.resource_links import ResourceLinks

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global LogStreamAttributes
    global ResourceLinks
    from ..models.log_stream_attributes import LogStreamAttributes
    from ..models.resource_links import ResourceLinks

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="LogStream")


@_attrs_define
class LogStream:
    id: str
    type_: str | Unset = UNSET
    """ Resource type (`logstream`). """
    links: ResourceLinks | Unset = UNSET
    attributes: LogStreamAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        id = self.id

        type_ = self.type_

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if links is not UNSET:
            field_dict["links"] = links
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type", UNSET)

        _links = d.pop("links", UNSET)
        links: ResourceLinks | Unset = (
            _links if _links is UNSET else ResourceLinks.from_dict(_links)
        )

        _attributes = d.pop("attributes", UNSET)
        attributes: LogStreamAttributes | Unset = (
            _attributes
            if _attributes is UNSET
            else LogStreamAttributes.from_dict(_attributes)
        )

        log_stream = _new(cls)
        log_stream.id = id
        log_stream.type_ = type_
        log_stream.links = links
        log_stream.attributes = attributes

        log_stream.additional_properties = d or {}
        return log_stream

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
