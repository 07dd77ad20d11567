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
    from ..models.device_group_request_linkage import DeviceGroupRequestLinkage


if TYPE_CHECKING:
    from ..models.device_group_request_linkage import DeviceGroupRequestLinkageDict


T = TypeVar("T", bound="DeploymentCreateRelationships")


@_attrs_define
class DeploymentCreateRelationships:
    devicegroup: DeviceGroupRequestLinkage

    def to_dict(self) -> dict[str, Any]:
        devicegroup = self.devicegroup.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "devicegroup": devicegroup,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.device_group_request_linkage import DeviceGroupRequestLinkage  # noqa: PLC0415

        d = dict(src_dict)
        devicegroup = DeviceGroupRequestLinkage.from_dict(d.pop("devicegroup"))

        deployment_create_relationships = cls(
            devicegroup=devicegroup,
        )

        return deployment_create_relationships


class _DeploymentCreateRelationshipsRequired(TypedDict):
    devicegroup: DeviceGroupRequestLinkageDict


class DeploymentCreateRelationshipsDict(
    _DeploymentCreateRelationshipsRequired, total=False
):
    """The JSON form of :class:`DeploymentCreateRelationships`, as a dict literal"""

    pass
