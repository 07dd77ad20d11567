from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deployment_linkage import DeploymentLinkage

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DeploymentLinkage
    from ..models.deployment_linkage import DeploymentLinkage

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeploymentLinkageDocument")


@_attrs_define
class DeploymentLinkageDocument:
    """Relationship document naming a deployment."""

    data: DeploymentLinkage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        data = DeploymentLinkage.from_dict(d.pop("data"))

        deployment_linkage_document = _new(cls)
        deployment_linkage_document.data = data

        deployment_linkage_document.additional_properties = d or {}
        return deployment_linkage_document

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
