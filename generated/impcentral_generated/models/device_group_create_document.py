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
    from ..models.development_device_group_create import DevelopmentDeviceGroupCreate
    from ..models.dut_device_group_create import DutDeviceGroupCreate
    from ..models.factory_fixture_device_group_create import (
        FactoryFixtureDeviceGroupCreate,
    )
    from ..models.pre_dut_device_group_create import PreDutDeviceGroupCreate
    from ..models.pre_factory_fixture_device_group_create import (
        PreFactoryFixtureDeviceGroupCreate,
    )
    from ..models.pre_production_device_group_create import (
        PreProductionDeviceGroupCreate,
    )
    from ..models.production_device_group_create import ProductionDeviceGroupCreate


if TYPE_CHECKING:
    from ..models.development_device_group_create import (
        DevelopmentDeviceGroupCreateDict,
    )
    from ..models.dut_device_group_create import DutDeviceGroupCreateDict
    from ..models.factory_fixture_device_group_create import (
        FactoryFixtureDeviceGroupCreateDict,
    )
    from ..models.pre_dut_device_group_create import PreDutDeviceGroupCreateDict
    from ..models.pre_factory_fixture_device_group_create import (
        PreFactoryFixtureDeviceGroupCreateDict,
    )
    from ..models.pre_production_device_group_create import (
        PreProductionDeviceGroupCreateDict,
    )
    from ..models.production_device_group_create import ProductionDeviceGroupCreateDict


T = TypeVar("T", bound="DeviceGroupCreateDocument")


@_attrs_define
class DeviceGroupCreateDocument:
    data: (
        DevelopmentDeviceGroupCreate
        | DutDeviceGroupCreate
        | FactoryFixtureDeviceGroupCreate
        | PreDutDeviceGroupCreate
        | PreFactoryFixtureDeviceGroupCreate
        | PreProductionDeviceGroupCreate
        | ProductionDeviceGroupCreate
    )

    def to_dict(self) -> dict[str, Any]:
        from ..models.development_device_group_create import (
            DevelopmentDeviceGroupCreate,  # noqa: PLC0415
        )
        from ..models.dut_device_group_create import DutDeviceGroupCreate  # noqa: PLC0415
        from ..models.factory_fixture_device_group_create import (
            FactoryFixtureDeviceGroupCreate,  # noqa: PLC0415
        )
        from ..models.pre_dut_device_group_create import PreDutDeviceGroupCreate  # noqa: PLC0415
        from ..models.pre_factory_fixture_device_group_create import (
            PreFactoryFixtureDeviceGroupCreate,  # noqa: PLC0415
        )
        from ..models.pre_production_device_group_create import (
            PreProductionDeviceGroupCreate,  # noqa: PLC0415
        )

        data: dict[str, Any]
        if isinstance(self.data, DevelopmentDeviceGroupCreate):
            data = self.data.to_dict()
        elif isinstance(self.data, PreFactoryFixtureDeviceGroupCreate):
            data = self.data.to_dict()
        elif isinstance(self.data, PreDutDeviceGroupCreate):
            data = self.data.to_dict()
        elif isinstance(self.data, PreProductionDeviceGroupCreate):
            data = self.data.to_dict()
        elif isinstance(self.data, FactoryFixtureDeviceGroupCreate):
            data = self.data.to_dict()
        elif isinstance(self.data, DutDeviceGroupCreate):
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
        from ..models.development_device_group_create import (
            DevelopmentDeviceGroupCreate,  # noqa: PLC0415
        )
        from ..models.dut_device_group_create import DutDeviceGroupCreate  # noqa: PLC0415
        from ..models.factory_fixture_device_group_create import (
            FactoryFixtureDeviceGroupCreate,  # noqa: PLC0415
        )
        from ..models.pre_dut_device_group_create import PreDutDeviceGroupCreate  # noqa: PLC0415
        from ..models.pre_factory_fixture_device_group_create import (
            PreFactoryFixtureDeviceGroupCreate,  # noqa: PLC0415
        )
        from ..models.pre_production_device_group_create import (
            PreProductionDeviceGroupCreate,  # noqa: PLC0415
        )
        from ..models.production_device_group_create import ProductionDeviceGroupCreate  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> (
            DevelopmentDeviceGroupCreate
            | DutDeviceGroupCreate
            | FactoryFixtureDeviceGroupCreate
            | PreDutDeviceGroupCreate
            | PreFactoryFixtureDeviceGroupCreate
            | PreProductionDeviceGroupCreate
            | ProductionDeviceGroupCreate
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = DevelopmentDeviceGroupCreate.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = PreFactoryFixtureDeviceGroupCreate.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_2 = PreDutDeviceGroupCreate.from_dict(data)

                return data_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_3 = PreProductionDeviceGroupCreate.from_dict(data)

                return data_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_4 = FactoryFixtureDeviceGroupCreate.from_dict(data)

                return data_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_5 = DutDeviceGroupCreate.from_dict(data)

                return data_type_5
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            data_type_6 = ProductionDeviceGroupCreate.from_dict(data)

            return data_type_6

        data = _parse_data(d.pop("data"))

        device_group_create_document = cls(
            data=data,
        )

        return device_group_create_document


class _DeviceGroupCreateDocumentRequired(TypedDict):
    data: (
        DevelopmentDeviceGroupCreateDict
        | PreFactoryFixtureDeviceGroupCreateDict
        | PreDutDeviceGroupCreateDict
        | PreProductionDeviceGroupCreateDict
        | FactoryFixtureDeviceGroupCreateDict
        | DutDeviceGroupCreateDict
        | ProductionDeviceGroupCreateDict
    )


class DeviceGroupCreateDocumentDict(_DeviceGroupCreateDocumentRequired, total=False):
    """The JSON form of :class:`DeviceGroupCreateDocument`, as a dict literal"""

    pass
