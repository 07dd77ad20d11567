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
    from ..models.product_request_linkage import ProductRequestLinkage


if TYPE_CHECKING:
    from ..models.product_request_linkage import ProductRequestLinkageDict


T = TypeVar("T", bound="DeviceGroupCreateRelationships")


@_attrs_define
class DeviceGroupCreateRelationships:
    product: ProductRequestLinkage

    def to_dict(self) -> dict[str, Any]:
        product = self.product.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "product": product,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_request_linkage import ProductRequestLinkage  # noqa: PLC0415

        d = dict(src_dict)
        product = ProductRequestLinkage.from_dict(d.pop("product"))

        device_group_create_relationships = cls(
            product=product,
        )

        return device_group_create_relationships


class _DeviceGroupCreateRelationshipsRequired(TypedDict):
    product: ProductRequestLinkageDict


class DeviceGroupCreateRelationshipsDict(
    _DeviceGroupCreateRelationshipsRequired, total=False
):
    """The JSON form of :class:`DeviceGroupCreateRelationships`, as a dict literal"""

    pass
