from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.device_group_linkage import DeviceGroupLinkage

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DeviceGroupLinkage
    from ..models.device_group_linkage import DeviceGroupLinkage

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="WebhookRelationships")


@_attrs_define
class WebhookRelationships:
    devicegroup: DeviceGroupLinkage | Unset = UNSET
    """ Linkage to a device group; `type` is the group's subtype. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        devicegroup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.devicegroup, Unset):
            devicegroup = self.devicegroup.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if devicegroup is not UNSET:
            field_dict["devicegroup"] = devicegroup

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _devicegroup = d.pop("devicegroup", UNSET)
        devicegroup: DeviceGroupLinkage | Unset = (
            _devicegroup
            if _devicegroup is UNSET
            else DeviceGroupLinkage.from_dict(_devicegroup)
        )

        webhook_relationships = _new(cls)
        webhook_relationships.devicegroup = devicegroup

        webhook_relationships.additional_properties = d or {}
        return webhook_relationships

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
