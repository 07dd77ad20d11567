from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_linkage import AccountLinkage
    from ..models.deployment_linkage import DeploymentLinkage
    from ..models.device_group_linkage import DeviceGroupLinkage
    from ..models.product_linkage import ProductLinkage

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global AccountLinkage
    global DeploymentLinkage
    global DeviceGroupLinkage
    global ProductLinkage
    from ..models.account_linkage import AccountLinkage
    from ..models.deployment_linkage import DeploymentLinkage
    from ..models.device_group_linkage import DeviceGroupLinkage
    from ..models.product_linkage import ProductLinkage

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeviceGroupRelationships")


@_attrs_define
class DeviceGroupRelationships:
    """Each relationship is present only when set."""

    product: ProductLinkage | Unset = UNSET
    owner: AccountLinkage | Unset = UNSET
    creator: AccountLinkage | Unset = UNSET
    current_deployment: DeploymentLinkage | Unset = UNSET
    min_supported_deployment: DeploymentLinkage | Unset = UNSET
    production_target: DeviceGroupLinkage | Unset = UNSET
    """ Linkage to a device group; `type` is the group's subtype. """
    dut_target: DeviceGroupLinkage | Unset = UNSET
    """ Linkage to a device group; `type` is the group's subtype. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        product: dict[str, Any] | Unset = UNSET
        if not isinstance(self.product, Unset):
            product = self.product.to_dict()

        owner: dict[str, Any] | Unset = UNSET
        if not isinstance(self.owner, Unset):
            owner = self.owner.to_dict()

        creator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.creator, Unset):
            creator = self.creator.to_dict()

        current_deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_deployment, Unset):
            current_deployment = self.current_deployment.to_dict()

        min_supported_deployment: dict[str, Any] | Unset = UNSET
        if not isinstance(self.min_supported_deployment, Unset):
            min_supported_deployment = self.min_supported_deployment.to_dict()

        production_target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.production_target, Unset):
            production_target = self.production_target.to_dict()

        dut_target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dut_target, Unset):
            dut_target = self.dut_target.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product is not UNSET:
            field_dict["product"] = product
        if owner is not UNSET:
            field_dict["owner"] = owner
        if creator is not UNSET:
            field_dict["creator"] = creator
        if current_deployment is not UNSET:
            field_dict["current_deployment"] = current_deployment
        if min_supported_deployment is not UNSET:
            field_dict["min_supported_deployment"] = min_supported_deployment
        if production_target is not UNSET:
            field_dict["production_target"] = production_target
        if dut_target is not UNSET:
            field_dict["dut_target"] = dut_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
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

        _current_deployment = d.pop("current_deployment", UNSET)
        current_deployment: DeploymentLinkage | Unset = (
            _current_deployment
            if _current_deployment is UNSET
            else DeploymentLinkage.from_dict(_current_deployment)
        )

        _min_supported_deployment = d.pop("min_supported_deployment", UNSET)
        min_supported_deployment: DeploymentLinkage | Unset = (
            _min_supported_deployment
            if _min_supported_deployment is UNSET
            else DeploymentLinkage.from_dict(_min_supported_deployment)
        )

        _production_target = d.pop("production_target", UNSET)
        production_target: DeviceGroupLinkage | Unset = (
            _production_target
            if _production_target is UNSET
            else DeviceGroupLinkage.from_dict(_production_target)
        )

        _dut_target = d.pop("dut_target", UNSET)
        dut_target: DeviceGroupLinkage | Unset = (
            _dut_target
            if _dut_target is UNSET
            else DeviceGroupLinkage.from_dict(_dut_target)
        )

        device_group_relationships = _new(cls)
        device_group_relationships.product = product
        device_group_relationships.owner = owner
        device_group_relationships.creator = creator
        device_group_relationships.current_deployment = current_deployment
        device_group_relationships.min_supported_deployment = min_supported_deployment
        device_group_relationships.production_target = production_target
        device_group_relationships.dut_target = dut_target

        device_group_relationships.additional_properties = d or {}
        return device_group_relationships

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
