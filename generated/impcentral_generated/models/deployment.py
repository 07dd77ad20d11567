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
    from ..models.deployment_attributes import DeploymentAttributes
    from ..models.deployment_relationships import DeploymentRelationships
    from ..models.error_object import ErrorObject
    from ..models.resource_links import ResourceLinks

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DeploymentAttributes
    global DeploymentRelationships
    global ErrorObject
    global ResourceLinks
    from ..models.deployment_attributes import DeploymentAttributes
    from ..models.deployment_relationships import DeploymentRelationships
    from ..models.error_object import ErrorObject
    from ..models.resource_links import ResourceLinks

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="Deployment")


@_attrs_define
class Deployment:
    type_: Literal["deployment"]
    id: str
    attributes: DeploymentAttributes
    links: ResourceLinks | Unset = UNSET
    relationships: DeploymentRelationships | Unset = UNSET
    """ `devicegroup` is absent when the deployment's group has been deleted. """
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
        type_: Literal["deployment"] = d.pop("type")
        if type_ != "deployment":
            raise ValueError(f"type must match const 'deployment', got '{type_}'")

        id = d.pop("id")

        attributes = DeploymentAttributes.from_dict(d.pop("attributes"))

        _links = d.pop("links", UNSET)
        links: ResourceLinks | Unset = (
            _links if _links is UNSET else ResourceLinks.from_dict(_links)
        )

        _relationships = d.pop("relationships", UNSET)
        relationships: DeploymentRelationships | Unset = (
            _relationships
            if _relationships is UNSET
            else DeploymentRelationships.from_dict(_relationships)
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

        deployment = _new(cls)
        deployment.type_ = type_
        deployment.id = id
        deployment.attributes = attributes
        deployment.links = links
        deployment.relationships = relationships
        deployment.meta = meta

        deployment.additional_properties = d or {}
        return deployment

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
