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
    from ..models.development_device_group import DevelopmentDeviceGroup
    from ..models.dut_device_group import DutDeviceGroup
    from ..models.factory_fixture_device_group import FactoryFixtureDeviceGroup
    from ..models.other_device_group import OtherDeviceGroup
    from ..models.pre_dut_device_group import PreDutDeviceGroup
    from ..models.pre_factory_fixture_device_group import PreFactoryFixtureDeviceGroup
    from ..models.pre_production_device_group import PreProductionDeviceGroup
    from ..models.production_device_group import ProductionDeviceGroup


_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DevelopmentDeviceGroup
    global DutDeviceGroup
    global FactoryFixtureDeviceGroup
    global OtherDeviceGroup
    global PreDutDeviceGroup
    global PreFactoryFixtureDeviceGroup
    global PreProductionDeviceGroup
    global ProductionDeviceGroup
    from ..models.development_device_group import DevelopmentDeviceGroup
    from ..models.dut_device_group import DutDeviceGroup
    from ..models.factory_fixture_device_group import FactoryFixtureDeviceGroup
    from ..models.other_device_group import OtherDeviceGroup
    from ..models.pre_dut_device_group import PreDutDeviceGroup
    from ..models.pre_factory_fixture_device_group import PreFactoryFixtureDeviceGroup
    from ..models.pre_production_device_group import PreProductionDeviceGroup
    from ..models.production_device_group import ProductionDeviceGroup

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeviceGroupDocument")


@_attrs_define
class DeviceGroupDocument:
    data: (
        DevelopmentDeviceGroup
        | DutDeviceGroup
        | FactoryFixtureDeviceGroup
        | OtherDeviceGroup
        | PreDutDeviceGroup
        | PreFactoryFixtureDeviceGroup
        | PreProductionDeviceGroup
        | ProductionDeviceGroup
    )
    """ A device group of any subtype, selected by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("data", "data", True),
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
        _data = d.pop("data", None)
        if _data is None:
            data, kept = types.missing_value(kept, "data", src_dict)

        else:
            try:
                data = _read_data(_data)
            except (TypeError, ValueError, AttributeError, KeyError):
                data, kept = types.unreadable(
                    kept,
                    "data",
                    _data,
                    "DevelopmentDeviceGroup | DutDeviceGroup | FactoryFixtureDeviceGroup | OtherDeviceGroup | PreDutDeviceGroup | PreFactoryFixtureDeviceGroup | PreProductionDeviceGroup | ProductionDeviceGroup",
                )

        device_group_document = _new(cls)
        device_group_document.data = data
        device_group_document.additional_properties = d
        device_group_document._kept = kept
        return device_group_document

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


def _read_data(
    raw: Any,
) -> (
    DevelopmentDeviceGroup
    | DutDeviceGroup
    | FactoryFixtureDeviceGroup
    | OtherDeviceGroup
    | PreDutDeviceGroup
    | PreFactoryFixtureDeviceGroup
    | PreProductionDeviceGroup
    | ProductionDeviceGroup
):
    kind = raw.get("type")
    if kind == "development_devicegroup":
        return DevelopmentDeviceGroup.from_dict(raw)
    if kind == "pre_factoryfixture_devicegroup":
        return PreFactoryFixtureDeviceGroup.from_dict(raw)
    if kind == "pre_dut_devicegroup":
        return PreDutDeviceGroup.from_dict(raw)
    if kind == "pre_production_devicegroup":
        return PreProductionDeviceGroup.from_dict(raw)
    if kind == "factoryfixture_devicegroup":
        return FactoryFixtureDeviceGroup.from_dict(raw)
    if kind == "dut_devicegroup":
        return DutDeviceGroup.from_dict(raw)
    if kind == "production_devicegroup":
        return ProductionDeviceGroup.from_dict(raw)
    return types.other_variant(
        OtherDeviceGroup.from_dict(raw), "type", kind, "OtherDeviceGroup"
    )
