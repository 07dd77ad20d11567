from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypedDict,
    TypeVar,
    cast,
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


T = TypeVar("T", bound="ProductionDeviceGroupUpdate")


@_attrs_define
class ProductionDeviceGroupUpdate:
    type_: Literal["production_devicegroup"]
    id: str
    attributes: ProductionDeviceGroupUpdateAttributes | Unset = UNSET
    """ Update attributes of pre-production and production groups. """

    def to_dict(self) -> dict[str, Any]:
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
        from ..models.production_device_group_update_attributes import (
            ProductionDeviceGroupUpdateAttributes,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["production_devicegroup"], d.pop("type"))
        if type_ != "production_devicegroup":
            raise ValueError(
                f"type must match const 'production_devicegroup', got '{type_}'"
            )

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: ProductionDeviceGroupUpdateAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = ProductionDeviceGroupUpdateAttributes.from_dict(_attributes)

        production_device_group_update = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return production_device_group_update


class _ProductionDeviceGroupUpdateRequired(TypedDict):
    type: Literal["production_devicegroup"]
    id: str


class ProductionDeviceGroupUpdateDict(
    _ProductionDeviceGroupUpdateRequired, total=False
):
    """The JSON form of :class:`ProductionDeviceGroupUpdate`, as a dict literal"""

    attributes: ProductionDeviceGroupUpdateAttributesDict
