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


T = TypeVar("T", bound="WebhookCreateRelationships")


@_attrs_define
class WebhookCreateRelationships:
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

        webhook_create_relationships = cls(
            devicegroup=devicegroup,
        )

        return webhook_create_relationships


class _WebhookCreateRelationshipsRequired(TypedDict):
    devicegroup: DeviceGroupRequestLinkageDict


class WebhookCreateRelationshipsDict(_WebhookCreateRelationshipsRequired, total=False):
    """The JSON form of :class:`WebhookCreateRelationships`, as a dict literal"""

    pass
