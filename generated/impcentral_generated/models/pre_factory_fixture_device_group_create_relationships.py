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
    from ..models.pre_dut_target_linkage import PreDutTargetLinkage
    from ..models.pre_production_target_linkage import PreProductionTargetLinkage
    from ..models.product_request_linkage import ProductRequestLinkage


if TYPE_CHECKING:
    from ..models.pre_dut_target_linkage import PreDutTargetLinkageDict
    from ..models.pre_production_target_linkage import PreProductionTargetLinkageDict
    from ..models.product_request_linkage import ProductRequestLinkageDict


T = TypeVar("T", bound="PreFactoryFixtureDeviceGroupCreateRelationships")


@_attrs_define
class PreFactoryFixtureDeviceGroupCreateRelationships:
    product: ProductRequestLinkage
    production_target: PreProductionTargetLinkage
    """ `production_target` of a pre-factory fixture group. """
    dut_target: PreDutTargetLinkage
    """ `dut_target` of a pre-factory fixture group. """

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        production_target = self.production_target.to_dict()

        dut_target = self.dut_target.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product": product,
                "production_target": production_target,
                "dut_target": dut_target,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pre_dut_target_linkage import PreDutTargetLinkage  # noqa: PLC0415
        from ..models.pre_production_target_linkage import PreProductionTargetLinkage  # noqa: PLC0415
        from ..models.product_request_linkage import ProductRequestLinkage  # noqa: PLC0415

        d = dict(src_dict)
        product = ProductRequestLinkage.from_dict(d.pop("product"))

        production_target = PreProductionTargetLinkage.from_dict(
            d.pop("production_target")
        )

        dut_target = PreDutTargetLinkage.from_dict(d.pop("dut_target"))

        pre_factory_fixture_device_group_create_relationships = cls(
            product=product,
            production_target=production_target,
            dut_target=dut_target,
        )

        return pre_factory_fixture_device_group_create_relationships


class _PreFactoryFixtureDeviceGroupCreateRelationshipsRequired(TypedDict):
    product: ProductRequestLinkageDict
    production_target: PreProductionTargetLinkageDict
    dut_target: PreDutTargetLinkageDict


class PreFactoryFixtureDeviceGroupCreateRelationshipsDict(
    _PreFactoryFixtureDeviceGroupCreateRelationshipsRequired, total=False
):
    """The JSON form of :class:`PreFactoryFixtureDeviceGroupCreateRelationships`, as a dict literal"""

    pass
