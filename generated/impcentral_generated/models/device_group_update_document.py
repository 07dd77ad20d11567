from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.development_device_group_update import DevelopmentDeviceGroupUpdate
    from ..models.dut_device_group_update import DutDeviceGroupUpdate
    from ..models.factory_fixture_device_group_update import (
        FactoryFixtureDeviceGroupUpdate,
    )
    from ..models.pre_dut_device_group_update import PreDutDeviceGroupUpdate
    from ..models.pre_factory_fixture_device_group_update import (
        PreFactoryFixtureDeviceGroupUpdate,
    )
    from ..models.pre_production_device_group_update import (
        PreProductionDeviceGroupUpdate,
    )
    from ..models.production_device_group_update import ProductionDeviceGroupUpdate


if TYPE_CHECKING:
    from ..models.development_device_group_update import (
        DevelopmentDeviceGroupUpdateDict,
    )
    from ..models.dut_device_group_update import DutDeviceGroupUpdateDict
    from ..models.factory_fixture_device_group_update import (
        FactoryFixtureDeviceGroupUpdateDict,
    )
    from ..models.pre_dut_device_group_update import PreDutDeviceGroupUpdateDict
    from ..models.pre_factory_fixture_device_group_update import (
        PreFactoryFixtureDeviceGroupUpdateDict,
    )
    from ..models.pre_production_device_group_update import (
        PreProductionDeviceGroupUpdateDict,
    )
    from ..models.production_device_group_update import ProductionDeviceGroupUpdateDict


T = TypeVar("T", bound="DeviceGroupUpdateDocument")


@_attrs_define
class DeviceGroupUpdateDocument:
    data: (
        DevelopmentDeviceGroupUpdate
        | DutDeviceGroupUpdate
        | FactoryFixtureDeviceGroupUpdate
        | PreDutDeviceGroupUpdate
        | PreFactoryFixtureDeviceGroupUpdate
        | PreProductionDeviceGroupUpdate
        | ProductionDeviceGroupUpdate
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.development_device_group_update import (
            DevelopmentDeviceGroupUpdate,  # noqa: PLC0415
        )
        from ..models.dut_device_group_update import DutDeviceGroupUpdate  # noqa: PLC0415
        from ..models.factory_fixture_device_group_update import (
            FactoryFixtureDeviceGroupUpdate,  # noqa: PLC0415
        )
        from ..models.pre_dut_device_group_update import PreDutDeviceGroupUpdate  # noqa: PLC0415
        from ..models.pre_factory_fixture_device_group_update import (
            PreFactoryFixtureDeviceGroupUpdate,  # noqa: PLC0415
        )
        from ..models.pre_production_device_group_update import (
            PreProductionDeviceGroupUpdate,  # noqa: PLC0415
        )

        data: dict[str, Any]
        if isinstance(self.data, DevelopmentDeviceGroupUpdate):
            data = self.data.to_dict()
        elif isinstance(self.data, PreFactoryFixtureDeviceGroupUpdate):
            data = self.data.to_dict()
        elif isinstance(self.data, PreDutDeviceGroupUpdate):
            data = self.data.to_dict()
        elif isinstance(self.data, PreProductionDeviceGroupUpdate):
            data = self.data.to_dict()
        elif isinstance(self.data, FactoryFixtureDeviceGroupUpdate):
            data = self.data.to_dict()
        elif isinstance(self.data, DutDeviceGroupUpdate):
            data = self.data.to_dict()
        else:
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.development_device_group_update import (
            DevelopmentDeviceGroupUpdate,  # noqa: PLC0415
        )
        from ..models.dut_device_group_update import DutDeviceGroupUpdate  # noqa: PLC0415
        from ..models.factory_fixture_device_group_update import (
            FactoryFixtureDeviceGroupUpdate,  # noqa: PLC0415
        )
        from ..models.pre_dut_device_group_update import PreDutDeviceGroupUpdate  # noqa: PLC0415
        from ..models.pre_factory_fixture_device_group_update import (
            PreFactoryFixtureDeviceGroupUpdate,  # noqa: PLC0415
        )
        from ..models.pre_production_device_group_update import (
            PreProductionDeviceGroupUpdate,  # noqa: PLC0415
        )
        from ..models.production_device_group_update import ProductionDeviceGroupUpdate  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> (
            DevelopmentDeviceGroupUpdate
            | DutDeviceGroupUpdate
            | FactoryFixtureDeviceGroupUpdate
            | PreDutDeviceGroupUpdate
            | PreFactoryFixtureDeviceGroupUpdate
            | PreProductionDeviceGroupUpdate
            | ProductionDeviceGroupUpdate
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = DevelopmentDeviceGroupUpdate.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = PreFactoryFixtureDeviceGroupUpdate.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_2 = PreDutDeviceGroupUpdate.from_dict(data)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_3 = PreProductionDeviceGroupUpdate.from_dict(data)

                return data_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_4 = FactoryFixtureDeviceGroupUpdate.from_dict(data)

                return data_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_5 = DutDeviceGroupUpdate.from_dict(data)

                return data_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_6 = ProductionDeviceGroupUpdate.from_dict(data)

            return data_type_6

        data = _parse_data(d.pop("data"))

        device_group_update_document = cls(
            data=data,
        )

        return device_group_update_document


class _DeviceGroupUpdateDocumentRequired(TypedDict):
    data: (
        DevelopmentDeviceGroupUpdateDict
        | PreFactoryFixtureDeviceGroupUpdateDict
        | PreDutDeviceGroupUpdateDict
        | PreProductionDeviceGroupUpdateDict
        | FactoryFixtureDeviceGroupUpdateDict
        | DutDeviceGroupUpdateDict
        | ProductionDeviceGroupUpdateDict
    )


class DeviceGroupUpdateDocumentDict(_DeviceGroupUpdateDocumentRequired, total=False):
    """The JSON form of :class:`DeviceGroupUpdateDocument`, as a dict literal"""

    pass
