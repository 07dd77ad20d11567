from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pre_dut_target_linkage import PreDutTargetLinkage
    from ..models.pre_production_target_linkage import PreProductionTargetLinkage


if TYPE_CHECKING:
    from ..models.pre_dut_target_linkage import PreDutTargetLinkageDict
    from ..models.pre_production_target_linkage import PreProductionTargetLinkageDict


T = TypeVar("T", bound="PreFactoryFixtureDeviceGroupUpdateRelationships")


@_attrs_define
class PreFactoryFixtureDeviceGroupUpdateRelationships:
    production_target: PreProductionTargetLinkage | Unset = UNSET
    """ `production_target` of a pre-factory fixture group. """
    dut_target: PreDutTargetLinkage | Unset = UNSET
    """ `dut_target` of a pre-factory fixture group. """

    def to_dict(self) -> dict[str, Any]:
        production_target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.production_target, Unset):
            production_target = self.production_target.to_dict()

        dut_target: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dut_target, Unset):
            dut_target = self.dut_target.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if production_target is not UNSET:
            field_dict["production_target"] = production_target
        if dut_target is not UNSET:
            field_dict["dut_target"] = dut_target

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pre_dut_target_linkage import PreDutTargetLinkage  # noqa: PLC0415
        from ..models.pre_production_target_linkage import PreProductionTargetLinkage  # noqa: PLC0415

        d = dict(src_dict)
        _production_target = d.pop("production_target", UNSET)
        production_target: PreProductionTargetLinkage | Unset
        if isinstance(_production_target, Unset):
            production_target = UNSET
        else:
            production_target = PreProductionTargetLinkage.from_dict(_production_target)

        _dut_target = d.pop("dut_target", UNSET)
        dut_target: PreDutTargetLinkage | Unset
        if isinstance(_dut_target, Unset):
            dut_target = UNSET
        else:
            dut_target = PreDutTargetLinkage.from_dict(_dut_target)

        pre_factory_fixture_device_group_update_relationships = cls(
            production_target=production_target,
            dut_target=dut_target,
        )

        return pre_factory_fixture_device_group_update_relationships


class PreFactoryFixtureDeviceGroupUpdateRelationshipsDict(TypedDict, total=False):
    """The JSON form of :class:`PreFactoryFixtureDeviceGroupUpdateRelationships`, as a dict literal"""

    production_target: PreProductionTargetLinkageDict
    dut_target: PreDutTargetLinkageDict
