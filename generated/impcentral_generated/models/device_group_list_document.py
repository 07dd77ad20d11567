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
        from ..models.development_device_group import DevelopmentDeviceGroup  # noqa: PLC0415
        from ..models.dut_device_group import DutDeviceGroup  # noqa: PLC0415
        from ..models.factory_fixture_device_group import FactoryFixtureDeviceGroup  # noqa: PLC0415
        from ..models.pre_dut_device_group import PreDutDeviceGroup  # noqa: PLC0415
        from ..models.pre_factory_fixture_device_group import (
            PreFactoryFixtureDeviceGroup,  # noqa: PLC0415
        )
        from ..models.pre_production_device_group import PreProductionDeviceGroup  # noqa: PLC0415

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
        from ..models.development_device_group import DevelopmentDeviceGroup  # noqa: PLC0415
        from ..models.dut_device_group import DutDeviceGroup  # noqa: PLC0415
        from ..models.factory_fixture_device_group import FactoryFixtureDeviceGroup  # noqa: PLC0415
        from ..models.list_links import ListLinks  # noqa: PLC0415
        from ..models.pre_dut_device_group import PreDutDeviceGroup  # noqa: PLC0415
        from ..models.pre_factory_fixture_device_group import (
            PreFactoryFixtureDeviceGroup,  # noqa: PLC0415
        )
        from ..models.pre_production_device_group import PreProductionDeviceGroup  # noqa: PLC0415
        from ..models.production_device_group import ProductionDeviceGroup  # noqa: PLC0415

        d = dict(src_dict)
        data = []
        _data = d.pop("data")
        for data_item_data in _data:

            def _parse_data_item(
                data: object,
            ) -> (
                DevelopmentDeviceGroup
                | DutDeviceGroup
                | FactoryFixtureDeviceGroup
                | PreDutDeviceGroup
                | PreFactoryFixtureDeviceGroup
                | PreProductionDeviceGroup
                | ProductionDeviceGroup
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_device_group_type_0 = (
                        DevelopmentDeviceGroup.from_dict(data)
                    )

                    return componentsschemas_device_group_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_device_group_type_1 = (
                        PreFactoryFixtureDeviceGroup.from_dict(data)
                    )

                    return componentsschemas_device_group_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_device_group_type_2 = PreDutDeviceGroup.from_dict(
                        data
                    )

                    return componentsschemas_device_group_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_device_group_type_3 = (
                        PreProductionDeviceGroup.from_dict(data)
                    )

                    return componentsschemas_device_group_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_device_group_type_4 = (
                        FactoryFixtureDeviceGroup.from_dict(data)
                    )

                    return componentsschemas_device_group_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_device_group_type_5 = DutDeviceGroup.from_dict(
                        data
                    )

                    return componentsschemas_device_group_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_device_group_type_6 = ProductionDeviceGroup.from_dict(
                    data
                )

                return componentsschemas_device_group_type_6

            data_item = _parse_data_item(data_item_data)

            data.append(data_item)

        links = ListLinks.from_dict(d.pop("links"))

        device_group_list_document = cls(
            data=data,
            links=links,
        )

        device_group_list_document.additional_properties = d
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
