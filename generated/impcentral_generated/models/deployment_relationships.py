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

    devicegroup: DeviceGroupLinkage | None = None
    """ Linkage to a device group; `type` is the group's subtype. """
    product: ProductLinkage | None = None
    owner: AccountLinkage | None = None
    creator: AccountLinkage | None = None
    flagger: AccountLinkage | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("devicegroup", "devicegroup", False),
        ("product", "product", False),
        ("owner", "owner", False),
        ("creator", "creator", False),
        ("flagger", "flagger", False),
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
        _devicegroup = d.pop("devicegroup", None)
        if _devicegroup is None:
            devicegroup = None
            if "devicegroup" in src_dict:
                kept = types.keep(kept, "devicegroup", None, None)

        else:
            try:
                devicegroup = DeviceGroupLinkage.from_dict(_devicegroup)
            except (TypeError, ValueError, AttributeError, KeyError):
                devicegroup, kept = types.unreadable(
                    kept, "devicegroup", _devicegroup, "an object"
                )

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

        _flagger = d.pop("flagger", None)
        if _flagger is None:
            flagger = None
            if "flagger" in src_dict:
                kept = types.keep(kept, "flagger", None, None)

        else:
            try:
                flagger = AccountLinkage.from_dict(_flagger)
            except (TypeError, ValueError, AttributeError, KeyError):
                flagger, kept = types.unreadable(kept, "flagger", _flagger, "an object")

        deployment_relationships = _new(cls)
        deployment_relationships.devicegroup = devicegroup
        deployment_relationships.product = product
        deployment_relationships.owner = owner
        deployment_relationships.creator = creator
        deployment_relationships.flagger = flagger
        deployment_relationships.additional_properties = d
        deployment_relationships._kept = kept
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
