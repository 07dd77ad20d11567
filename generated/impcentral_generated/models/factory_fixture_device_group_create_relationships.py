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
    from ..models.dut_target_linkage import DutTargetLinkage
    from ..models.product_request_linkage import ProductRequestLinkage
    from ..models.production_target_linkage import ProductionTargetLinkage


if TYPE_CHECKING:
    from ..models.dut_target_linkage import DutTargetLinkageDict
    from ..models.product_request_linkage import ProductRequestLinkageDict
    from ..models.production_target_linkage import ProductionTargetLinkageDict


T = TypeVar("T", bound="FactoryFixtureDeviceGroupCreateRelationships")


@_attrs_define
class FactoryFixtureDeviceGroupCreateRelationships:
    product: ProductRequestLinkage
    production_target: ProductionTargetLinkage
    """ `production_target` of a factory fixture group. """
    dut_target: DutTargetLinkage
    """ `dut_target` of a factory fixture group. """

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
        from ..models.dut_target_linkage import DutTargetLinkage  # noqa: PLC0415
        from ..models.product_request_linkage import ProductRequestLinkage  # noqa: PLC0415
        from ..models.production_target_linkage import ProductionTargetLinkage  # noqa: PLC0415

        d = dict(src_dict)
        product = ProductRequestLinkage.from_dict(d.pop("product"))

        production_target = ProductionTargetLinkage.from_dict(
            d.pop("production_target")
        )

        dut_target = DutTargetLinkage.from_dict(d.pop("dut_target"))

        factory_fixture_device_group_create_relationships = cls(
            product=product,
            production_target=production_target,
            dut_target=dut_target,
        )

        return factory_fixture_device_group_create_relationships


class _FactoryFixtureDeviceGroupCreateRelationshipsRequired(TypedDict):
    product: ProductRequestLinkageDict
    production_target: ProductionTargetLinkageDict
    dut_target: DutTargetLinkageDict


class FactoryFixtureDeviceGroupCreateRelationshipsDict(
    _FactoryFixtureDeviceGroupCreateRelationshipsRequired, total=False
):
    """The JSON form of :class:`FactoryFixtureDeviceGroupCreateRelationships`, as a dict literal"""

    pass
