from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.development_device_group import DevelopmentDeviceGroup
    from ..models.dut_device_group import DutDeviceGroup
    from ..models.factory_fixture_device_group import FactoryFixtureDeviceGroup
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
    global PreDutDeviceGroup
    global PreFactoryFixtureDeviceGroup
    global PreProductionDeviceGroup
    global ProductionDeviceGroup
    from ..models.development_device_group import DevelopmentDeviceGroup
    from ..models.dut_device_group import DutDeviceGroup
    from ..models.factory_fixture_device_group import FactoryFixtureDeviceGroup
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
        | PreDutDeviceGroup
        | PreFactoryFixtureDeviceGroup
        | PreProductionDeviceGroup
        | ProductionDeviceGroup
    )
    """ A device group of any subtype, selected by `type`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        data: dict[str, Any]
        if isinstance(self.data, DevelopmentDeviceGroup):
            data = self.data.to_dict()
        elif isinstance(self.data, PreFactoryFixtureDeviceGroup):
            data = self.data.to_dict()
        elif isinstance(self.data, PreDutDeviceGroup):
            data = self.data.to_dict()
        elif isinstance(self.data, PreProductionDeviceGroup):
            data = self.data.to_dict()
        elif isinstance(self.data, FactoryFixtureDeviceGroup):
            data = self.data.to_dict()
        elif isinstance(self.data, DutDeviceGroup):
            data = self.data.to_dict()
        else:
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
        _data = d.pop("data")
        data: (
            DevelopmentDeviceGroup
            | DutDeviceGroup
            | FactoryFixtureDeviceGroup
            | PreDutDeviceGroup
            | PreFactoryFixtureDeviceGroup
            | PreProductionDeviceGroup
            | ProductionDeviceGroup
        )
        if not isinstance(_data, dict):
            raise TypeError(f"data: expected an object, got {type(_data).__name__}")
        else:
            _data_kind = _data.get("type")
            if _data_kind == "development_devicegroup":
                data = DevelopmentDeviceGroup.from_dict(_data)
            elif _data_kind == "pre_factoryfixture_devicegroup":
                data = PreFactoryFixtureDeviceGroup.from_dict(_data)
            elif _data_kind == "pre_dut_devicegroup":
                data = PreDutDeviceGroup.from_dict(_data)
            elif _data_kind == "pre_production_devicegroup":
                data = PreProductionDeviceGroup.from_dict(_data)
            elif _data_kind == "factoryfixture_devicegroup":
                data = FactoryFixtureDeviceGroup.from_dict(_data)
            elif _data_kind == "dut_devicegroup":
                data = DutDeviceGroup.from_dict(_data)
            elif _data_kind == "production_devicegroup":
                data = ProductionDeviceGroup.from_dict(_data)
            else:
                raise ValueError(f"data: unknown type {_data_kind!r}")

        device_group_document = _new(cls)
        device_group_document.data = data

        device_group_document.additional_properties = d or {}
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
