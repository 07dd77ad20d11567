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
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global ProductRequestLinkage
    from ..models.product_request_linkage import ProductRequestLinkage

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeviceGroupCreateRelationships")


@_attrs_define
class DeviceGroupCreateRelationships:
    product: ProductRequestLinkage

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
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
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        product = ProductRequestLinkage.from_dict(d.pop("product"))

        device_group_create_relationships = _new(cls)
        device_group_create_relationships.product = product
        return device_group_create_relationships


class _DeviceGroupCreateRelationshipsRequired(TypedDict):
    product: ProductRequestLinkageDict


class DeviceGroupCreateRelationshipsDict(
    _DeviceGroupCreateRelationshipsRequired, total=False
):
    """The JSON form of :class:`DeviceGroupCreateRelationships`, as a dict literal"""

    pass
