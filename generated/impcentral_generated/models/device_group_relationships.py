from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

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

    product: ProductLinkage | None = None
    owner: AccountLinkage | None = None
    creator: AccountLinkage | None = None
    current_deployment: DeploymentLinkage | None = None
    min_supported_deployment: DeploymentLinkage | None = None
    production_target: DeviceGroupLinkage | None = None
    """ Linkage to a device group; `type` is the group's subtype. """
    dut_target: DeviceGroupLinkage | None = None
    """ Linkage to a device group; `type` is the group's subtype. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("product", "product", False),
        ("owner", "owner", False),
        ("creator", "creator", False),
        ("current_deployment", "current_deployment", False),
        ("min_supported_deployment", "min_supported_deployment", False),
        ("production_target", "production_target", False),
        ("dut_target", "dut_target", False),
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
        _product = d.pop("product", None)
        if _product is None:
            product = None
            if "product" in src_dict:
                kept = types.keep(kept, "product", None, None)

        else:
            try:
                product = ProductLinkage.from_dict(_product)
            except (TypeError, ValueError, AttributeError, KeyError):
                product, kept = types.unreadable(kept, "product", _product, "an object")

        _owner = d.pop("owner", None)
        if _owner is None:
            owner = None
            if "owner" in src_dict:
                kept = types.keep(kept, "owner", None, None)

        else:
            try:
                owner = AccountLinkage.from_dict(_owner)
            except (TypeError, ValueError, AttributeError, KeyError):
                owner, kept = types.unreadable(kept, "owner", _owner, "an object")

        _creator = d.pop("creator", None)
        if _creator is None:
            creator = None
            if "creator" in src_dict:
                kept = types.keep(kept, "creator", None, None)

        else:
            try:
                creator = AccountLinkage.from_dict(_creator)
            except (TypeError, ValueError, AttributeError, KeyError):
                creator, kept = types.unreadable(kept, "creator", _creator, "an object")

        _current_deployment = d.pop("current_deployment", None)
        if _current_deployment is None:
            current_deployment = None
            if "current_deployment" in src_dict:
                kept = types.keep(kept, "current_deployment", None, None)

        else:
            try:
                current_deployment = DeploymentLinkage.from_dict(_current_deployment)
            except (TypeError, ValueError, AttributeError, KeyError):
                current_deployment, kept = types.unreadable(
                    kept, "current_deployment", _current_deployment, "an object"
                )

        _min_supported_deployment = d.pop("min_supported_deployment", None)
        if _min_supported_deployment is None:
            min_supported_deployment = None
            if "min_supported_deployment" in src_dict:
                kept = types.keep(kept, "min_supported_deployment", None, None)

        else:
            try:
                min_supported_deployment = DeploymentLinkage.from_dict(
                    _min_supported_deployment
                )
            except (TypeError, ValueError, AttributeError, KeyError):
                min_supported_deployment, kept = types.unreadable(
                    kept,
                    "min_supported_deployment",
                    _min_supported_deployment,
                    "an object",
                )

        _production_target = d.pop("production_target", None)
        if _production_target is None:
            production_target = None
            if "production_target" in src_dict:
                kept = types.keep(kept, "production_target", None, None)

        else:
            try:
                production_target = DeviceGroupLinkage.from_dict(_production_target)
            except (TypeError, ValueError, AttributeError, KeyError):
                production_target, kept = types.unreadable(
                    kept, "production_target", _production_target, "an object"
                )

        _dut_target = d.pop("dut_target", None)
        if _dut_target is None:
            dut_target = None
            if "dut_target" in src_dict:
                kept = types.keep(kept, "dut_target", None, None)

        else:
            try:
                dut_target = DeviceGroupLinkage.from_dict(_dut_target)
            except (TypeError, ValueError, AttributeError, KeyError):
                dut_target, kept = types.unreadable(
                    kept, "dut_target", _dut_target, "an object"
                )

        device_group_relationships = _new(cls)
        device_group_relationships.product = product
        device_group_relationships.owner = owner
        device_group_relationships.creator = creator
        device_group_relationships.current_deployment = current_deployment
        device_group_relationships.min_supported_deployment = min_supported_deployment
        device_group_relationships.production_target = production_target
        device_group_relationships.dut_target = dut_target
        device_group_relationships.additional_properties = d
        device_group_relationships._kept = kept
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
