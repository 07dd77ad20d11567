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
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DevelopmentDeviceGroupCreate
    global DutDeviceGroupCreate
    global FactoryFixtureDeviceGroupCreate
    global PreDutDeviceGroupCreate
    global PreFactoryFixtureDeviceGroupCreate
    global PreProductionDeviceGroupCreate
    global ProductionDeviceGroupCreate
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

    _models_imported = True


_new = object.__new__

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
        if not _models_imported:
            _import_models()
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
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        _data = d.pop("data")
        data: (
            DevelopmentDeviceGroupCreate
            | DutDeviceGroupCreate
            | FactoryFixtureDeviceGroupCreate
            | PreDutDeviceGroupCreate
            | PreFactoryFixtureDeviceGroupCreate
            | PreProductionDeviceGroupCreate
            | ProductionDeviceGroupCreate
        )
        if not isinstance(_data, dict):
            raise TypeError(f"data: expected an object, got {type(_data).__name__}")
        else:
            _data_kind = _data.get("type")
            if _data_kind == "development_devicegroup":
                data = DevelopmentDeviceGroupCreate.from_dict(_data)
            elif _data_kind == "pre_factoryfixture_devicegroup":
                data = PreFactoryFixtureDeviceGroupCreate.from_dict(_data)
            elif _data_kind == "pre_dut_devicegroup":
                data = PreDutDeviceGroupCreate.from_dict(_data)
            elif _data_kind == "pre_production_devicegroup":
                data = PreProductionDeviceGroupCreate.from_dict(_data)
            elif _data_kind == "factoryfixture_devicegroup":
                data = FactoryFixtureDeviceGroupCreate.from_dict(_data)
            elif _data_kind == "dut_devicegroup":
                data = DutDeviceGroupCreate.from_dict(_data)
            elif _data_kind == "production_devicegroup":
                data = ProductionDeviceGroupCreate.from_dict(_data)
            else:
                raise ValueError(f"data: unknown type {_data_kind!r}")

        device_group_create_document = _new(cls)
        device_group_create_document.data = data
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
