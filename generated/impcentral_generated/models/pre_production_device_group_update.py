from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.production_device_group_update_attributes import (
        ProductionDeviceGroupUpdateAttributes,
    )

if TYPE_CHECKING:
    from ..models.production_device_group_update_attributes import (
        ProductionDeviceGroupUpdateAttributesDict,
    )
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global ProductionDeviceGroupUpdateAttributes
    from ..models.production_device_group_update_attributes import (
        ProductionDeviceGroupUpdateAttributes,
    )

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="PreProductionDeviceGroupUpdate")


@_attrs_define
class PreProductionDeviceGroupUpdate:
    type_: Literal["pre_production_devicegroup"]
    id: str
    attributes: ProductionDeviceGroupUpdateAttributes | Unset = UNSET
    """ Update attributes of pre-production and production groups. """

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        type_: Literal["pre_production_devicegroup"] = d.pop("type")
        if type_ != "pre_production_devicegroup":
            raise ValueError(
                f"type must match const 'pre_production_devicegroup', got '{type_}'"
            )

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: ProductionDeviceGroupUpdateAttributes | Unset = (
            _attributes
            if _attributes is UNSET
            else ProductionDeviceGroupUpdateAttributes.from_dict(_attributes)
        )

        pre_production_device_group_update = _new(cls)
        pre_production_device_group_update.type_ = type_
        pre_production_device_group_update.id = id
        pre_production_device_group_update.attributes = attributes
        return pre_production_device_group_update


class _PreProductionDeviceGroupUpdateRequired(TypedDict):
    type: Literal["pre_production_devicegroup"]
    id: str


class PreProductionDeviceGroupUpdateDict(
    _PreProductionDeviceGroupUpdateRequired, total=False
):
    """The JSON form of :class:`PreProductionDeviceGroupUpdate`, as a dict literal"""

    attributes: ProductionDeviceGroupUpdateAttributesDict
