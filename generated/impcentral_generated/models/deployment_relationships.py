from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_linkage import AccountLinkage
    from ..models.device_group_linkage import DeviceGroupLinkage
    from ..models.product_linkage import ProductLinkage

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global AccountLinkage
    global DeviceGroupLinkage
    global ProductLinkage
    from ..models.account_linkage import AccountLinkage
    from ..models.device_group_linkage import DeviceGroupLinkage
    from ..models.product_linkage import ProductLinkage

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeploymentRelationships")


@_attrs_define
class DeploymentRelationships:
    """`devicegroup` is absent when the deployment's group has been deleted."""

    devicegroup: DeviceGroupLinkage | Unset = UNSET
    """ Linkage to a device group; `type` is the group's subtype. """
    product: ProductLinkage | Unset = UNSET
    owner: AccountLinkage | Unset = UNSET
    creator: AccountLinkage | Unset = UNSET
    flagger: AccountLinkage | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        devicegroup: dict[str, Any] | Unset = UNSET
        if not isinstance(self.devicegroup, Unset):
            devicegroup = self.devicegroup.to_dict()

        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        flagger: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flagger, Unset):
            flagger = self.flagger.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if devicegroup is not UNSET:
            field_dict["devicegroup"] = devicegroup
        if product is not UNSET:
            field_dict["product"] = product
        if owner is not UNSET:
            field_dict["owner"] = owner
        if creator is not UNSET:
            field_dict["creator"] = creator
        if flagger is not UNSET:
            field_dict["flagger"] = flagger

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

        _product = d.pop("product", UNSET)
        product: ProductLinkage | Unset = (
            _product if _product is UNSET else ProductLinkage.from_dict(_product)
        )

        _owner = d.pop("owner", UNSET)
        owner: AccountLinkage | Unset = (
            _owner if _owner is UNSET else AccountLinkage.from_dict(_owner)
        )

        _creator = d.pop("creator", UNSET)
        creator: AccountLinkage | Unset = (
            _creator if _creator is UNSET else AccountLinkage.from_dict(_creator)
        )

        _flagger = d.pop("flagger", UNSET)
        flagger: AccountLinkage | Unset = (
            _flagger if _flagger is UNSET else AccountLinkage.from_dict(_flagger)
        )

        deployment_relationships = _new(cls)
        deployment_relationships.devicegroup = devicegroup
        deployment_relationships.product = product
        deployment_relationships.owner = owner
        deployment_relationships.creator = creator
        deployment_relationships.flagger = flagger

        deployment_relationships.additional_properties = d or {}
        return deployment_relationships

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
