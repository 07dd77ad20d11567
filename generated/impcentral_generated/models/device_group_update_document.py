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
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DevelopmentDeviceGroupUpdate
    global DutDeviceGroupUpdate
    global FactoryFixtureDeviceGroupUpdate
    global PreDutDeviceGroupUpdate
    global PreFactoryFixtureDeviceGroupUpdate
    global PreProductionDeviceGroupUpdate
    global ProductionDeviceGroupUpdate
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

    _models_imported = True


_new = object.__new__

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
        if not _models_imported:
            _import_models()
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
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _data = d.pop("data")
        data: (
            DevelopmentDeviceGroupUpdate
            | DutDeviceGroupUpdate
            | FactoryFixtureDeviceGroupUpdate
            | PreDutDeviceGroupUpdate
            | PreFactoryFixtureDeviceGroupUpdate
            | PreProductionDeviceGroupUpdate
            | ProductionDeviceGroupUpdate
        )
        if not isinstance(_data, dict):
            raise TypeError(f"data: expected an object, got {type(_data).__name__}")
        else:
            _data_kind = _data.get("type")
            if _data_kind == "development_devicegroup":
                data = DevelopmentDeviceGroupUpdate.from_dict(_data)
            elif _data_kind == "pre_factoryfixture_devicegroup":
                data = PreFactoryFixtureDeviceGroupUpdate.from_dict(_data)
            elif _data_kind == "pre_dut_devicegroup":
                data = PreDutDeviceGroupUpdate.from_dict(_data)
            elif _data_kind == "pre_production_devicegroup":
                data = PreProductionDeviceGroupUpdate.from_dict(_data)
            elif _data_kind == "factoryfixture_devicegroup":
                data = FactoryFixtureDeviceGroupUpdate.from_dict(_data)
            elif _data_kind == "dut_devicegroup":
                data = DutDeviceGroupUpdate.from_dict(_data)
            elif _data_kind == "production_devicegroup":
                data = ProductionDeviceGroupUpdate.from_dict(_data)
            else:
                raise ValueError(f"data: unknown type {_data_kind!r}")

        device_group_update_document = _new(cls)
        device_group_update_document.data = data
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
