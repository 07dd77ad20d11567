from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.development_device_group import DevelopmentDeviceGroup
    from ..models.dut_device_group import DutDeviceGroup
    from ..models.factory_fixture_device_group import FactoryFixtureDeviceGroup
    from ..models.list_links import ListLinks
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
    global ListLinks
    global PreDutDeviceGroup
    global PreFactoryFixtureDeviceGroup
    global PreProductionDeviceGroup
    global ProductionDeviceGroup
    from ..models.development_device_group import DevelopmentDeviceGroup
    from ..models.dut_device_group import DutDeviceGroup
    from ..models.factory_fixture_device_group import FactoryFixtureDeviceGroup
    from ..models.list_links import ListLinks
    from ..models.pre_dut_device_group import PreDutDeviceGroup
    from ..models.pre_factory_fixture_device_group import PreFactoryFixtureDeviceGroup
    from ..models.pre_production_device_group import PreProductionDeviceGroup
    from ..models.production_device_group import ProductionDeviceGroup

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeviceGroupListDocument")


@_attrs_define
class DeviceGroupListDocument:
    data: list[
        DevelopmentDeviceGroup
        | DutDeviceGroup
        | FactoryFixtureDeviceGroup
        | PreDutDeviceGroup
        | PreFactoryFixtureDeviceGroup
        | PreProductionDeviceGroup
        | ProductionDeviceGroup
    ]
    links: ListLinks
    """ Absolute URLs; follow them verbatim. `next` is absent on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        data = []
        for data_item_data in self.data:
            data_item: dict[str, Any]
            if isinstance(data_item_data, DevelopmentDeviceGroup):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, PreFactoryFixtureDeviceGroup):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, PreDutDeviceGroup):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, PreProductionDeviceGroup):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, FactoryFixtureDeviceGroup):
                data_item = data_item_data.to_dict()
            elif isinstance(data_item_data, DutDeviceGroup):
                data_item = data_item_data.to_dict()
            else:
                data_item = data_item_data.to_dict()

            data.append(data_item)

        links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "links": links,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        data: list[
            DevelopmentDeviceGroup
            | DutDeviceGroup
            | FactoryFixtureDeviceGroup
            | PreDutDeviceGroup
            | PreFactoryFixtureDeviceGroup
            | PreProductionDeviceGroup
            | ProductionDeviceGroup
        ] = []
        for data_item_data in d.pop("data"):
            _data_item = data_item_data
            data_item: (
                DevelopmentDeviceGroup
                | DutDeviceGroup
                | FactoryFixtureDeviceGroup
                | PreDutDeviceGroup
                | PreFactoryFixtureDeviceGroup
                | PreProductionDeviceGroup
                | ProductionDeviceGroup
            )
            if not isinstance(_data_item, dict):
                raise TypeError(
                    f"data_item: expected an object, got {type(_data_item).__name__}"
                )
            else:
                _data_item_kind = _data_item.get("type")
                if _data_item_kind == "development_devicegroup":
                    data_item = DevelopmentDeviceGroup.from_dict(_data_item)
                elif _data_item_kind == "pre_factoryfixture_devicegroup":
                    data_item = PreFactoryFixtureDeviceGroup.from_dict(_data_item)
                elif _data_item_kind == "pre_dut_devicegroup":
                    data_item = PreDutDeviceGroup.from_dict(_data_item)
                elif _data_item_kind == "pre_production_devicegroup":
                    data_item = PreProductionDeviceGroup.from_dict(_data_item)
                elif _data_item_kind == "factoryfixture_devicegroup":
                    data_item = FactoryFixtureDeviceGroup.from_dict(_data_item)
                elif _data_item_kind == "dut_devicegroup":
                    data_item = DutDeviceGroup.from_dict(_data_item)
                elif _data_item_kind == "production_devicegroup":
                    data_item = ProductionDeviceGroup.from_dict(_data_item)
                else:
                    raise ValueError(f"data_item: unknown type {_data_item_kind!r}")

            data.append(data_item)

        links = ListLinks.from_dict(d.pop("links"))

        device_group_list_document = _new(cls)
        device_group_list_document.data = data
        device_group_list_document.links = links

        device_group_list_document.additional_properties = d or {}
        return device_group_list_document

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
