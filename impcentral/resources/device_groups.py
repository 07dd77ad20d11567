"""``api.device_groups``: the seven kinds of device group, their devices and restarts."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias

from impcentral_generated.api.device_groups import (
    add_devices_to_device_group,
    conditional_restart_device_group,
    create_device_group,
    delete_device_group,
    get_device_group,
    list_device_groups,
    remove_devices_from_device_group,
    restart_device_group,
    update_device_group,
    update_min_supported_deployment,
)
from impcentral_generated.models import (
    DevelopmentDeviceGroup,
    DeviceGroupCreateAttributesDict,
    DeviceGroupCreateDocument,
    DeviceGroupDevicesDocument,
    DeviceGroupUpdateAttributesDict,
    DeviceGroupUpdateDocument,
    DutDeviceGroup,
    FactoryFixtureDeviceGroup,
    MinSupportedDeploymentDocument,
    OtherDeviceGroup,
    PreDutDeviceGroup,
    PreFactoryFixtureDeviceGroup,
    PreProductionDeviceGroup,
    ProductionDeviceGroup,
    ProductionDeviceGroupCreateAttributesDict,
    ProductionDeviceGroupUpdateAttributesDict,
)

from .. import _validation as check
from .._constants import DEFAULT_LIST_ALL_PAGE_SIZE
from .._constants import DeviceGroups as _DeviceGroups
from .._operation import (
    Operation,
    call,
    given,
    list_query,
    request_body,
)
from .._pagination import Pages
from ._base import AsyncResource, SyncResource, async_method, async_pages, sync_method, sync_pages

DeviceGroup: TypeAlias = (
    DevelopmentDeviceGroup
    | PreFactoryFixtureDeviceGroup
    | PreDutDeviceGroup
    | PreProductionDeviceGroup
    | FactoryFixtureDeviceGroup
    | DutDeviceGroup
    | ProductionDeviceGroup
    | OtherDeviceGroup
)
"""A device group of any subtype (``OtherDeviceGroup``: one this SDK does not know yet)."""
CreateAttributes: TypeAlias = (
    DeviceGroupCreateAttributesDict | ProductionDeviceGroupCreateAttributesDict
)
UpdateAttributes: TypeAlias = (
    DeviceGroupUpdateAttributesDict | ProductionDeviceGroupUpdateAttributesDict
)

_FILTERS = {
    _DeviceGroups.FILTER_OWNER_ID: "filterowner_id",
    _DeviceGroups.FILTER_PRODUCT_ID: "filterproduct_id",
    _DeviceGroups.FILTER_TYPE: "filtertype",
}


class DeviceGroupsRequests:
    """Argument checks and requests of ``api.device_groups``, shared by both clients."""

    @staticmethod
    def list(
        filters: Mapping[str, Any] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Operation[list_device_groups.Document]:
        """One page of device groups; filter by ``FILTER_OWNER_ID``, ``FILTER_PRODUCT_ID`` or
        ``FILTER_TYPE`` (a ``TYPE_*`` value)."""
        check.device_group_filter(filters, _DeviceGroups.FILTER_TYPE)
        check.filters(filters, _FILTERS)
        check.pagination(page_number, page_size)
        query = list_query(filters, _FILTERS, page_number, page_size)
        return call(list_device_groups, **query)

    @staticmethod
    def list_all(
        filters: Mapping[str, Any] | None = None, page_size: int = DEFAULT_LIST_ALL_PAGE_SIZE
    ) -> Pages[list_device_groups.Document, DeviceGroup]:
        """Every device group, page after page, each once."""
        first = DeviceGroupsRequests.list(filters, 1, page_size)
        return Pages(first, items=lambda page: page.data or (), key=lambda group: group.id)

    @staticmethod
    def create(
        product_id: str,
        type: str,
        attributes: CreateAttributes,
        production_target: Mapping[str, Any] | None = None,
        dut_target: Mapping[str, Any] | None = None,
    ) -> Operation[create_device_group.Document]:
        """Create a device group of ``type`` (a ``TYPE_*``) in a product.

        ``attributes``: ``name`` (required), ``description``, ``env_vars``, and ``region`` for
        (pre-)production groups. Fixture groups need both targets, each ``{"type", "id"}`` of a
        (pre-)production and a (pre-)DUT group.
        """
        check.non_empty(product_id)
        check.device_group_type(type, "type")
        check.target(type, production_target, dut=False, create=True)
        check.target(type, dut_target, dut=True, create=True)
        check.region(attributes, type)
        check.attributes(
            attributes,
            DeviceGroupCreateAttributesDict,
            ProductionDeviceGroupCreateAttributesDict,
            check_required=True,
        )
        relationships = {"product": {"type": "product", "id": product_id}}
        relationships.update(_targets(production_target, dut_target))
        data = {"type": type, "attributes": dict(attributes), "relationships": relationships}
        body = request_body(DeviceGroupCreateDocument, {"data": data})
        return call(create_device_group, body=body)

    @staticmethod
    def get(device_group_id: str) -> Operation[get_device_group.Document]:
        """One device group."""
        check.non_empty(device_group_id)
        return call(get_device_group, device_group_id)

    @staticmethod
    def update(
        device_group_id: str,
        type: str,
        attributes: UpdateAttributes | None,
        production_target: Mapping[str, Any] | None = None,
        dut_target: Mapping[str, Any] | None = None,
    ) -> Operation[update_device_group.Document]:
        """Change a device group; ``type`` is its current ``TYPE_*``.

        ``attributes``: ``name``, ``description``, ``env_vars``, and
        ``load_code_after_blessing`` for (pre-)production groups.
        """
        check.device_group_type(type, "type")
        check.target(type, production_target, dut=False, create=False)
        check.target(type, dut_target, dut=True, create=False)
        check.load_code_after_blessing(attributes, type)
        check.non_empty(device_group_id)
        check.attributes(
            attributes, DeviceGroupUpdateAttributesDict, ProductionDeviceGroupUpdateAttributesDict
        )
        data: dict[str, Any] = {"type": type, "id": device_group_id}
        if attributes is not None:
            data["attributes"] = dict(attributes)
        relationships = _targets(production_target, dut_target)
        if relationships:
            data["relationships"] = relationships
        body = request_body(DeviceGroupUpdateDocument, {"data": data})
        return call(update_device_group, device_group_id, body=body)

    @staticmethod
    def delete(device_group_id: str) -> Operation[delete_device_group.Document]:
        """Delete a device group (and, since 2024, its deployments)."""
        check.non_empty(device_group_id)
        return call(delete_device_group, device_group_id)

    @staticmethod
    def restart_devices(device_group_id: str) -> Operation[restart_device_group.Document]:
        """Restart every device of the group now."""
        check.non_empty(device_group_id)
        return call(restart_device_group, device_group_id)

    @staticmethod
    def conditional_restart_devices(
        device_group_id: str,
    ) -> Operation[conditional_restart_device_group.Document]:
        """Restart devices running a deployment older than the group's minimum supported one;
        ask the others to restart when their code allows it."""
        check.non_empty(device_group_id)
        return call(conditional_restart_device_group, device_group_id)

    @staticmethod
    def add_devices(
        device_group_id: str, *device_ids: str
    ) -> Operation[add_devices_to_device_group.Document]:
        """Assign devices (ids, MAC addresses or agent ids) to the group."""
        check.non_empty(device_group_id)
        body = request_body(DeviceGroupDevicesDocument, _devices(device_ids))
        return call(add_devices_to_device_group, device_group_id, body=body)

    @staticmethod
    def remove_devices(
        device_group_id: str, *device_ids: str, unbond_key: str | None = None
    ) -> Operation[remove_devices_from_device_group.Document]:
        """Unassign devices from the group; production groups need the ``unbond_key``."""
        check.non_empty(device_group_id)
        body = request_body(DeviceGroupDevicesDocument, _devices(device_ids))
        return call(
            remove_devices_from_device_group,
            device_group_id,
            body=body,
            **given(x_electricimp_key=unbond_key or None),
        )

    @staticmethod
    def update_min_supported_deployment(
        device_group_id: str, deployment_id: str
    ) -> Operation[update_min_supported_deployment.Document]:
        """Set the oldest deployment the group's devices may keep running.

        Returns what the service answers: the device group, the deployment, or its linkage
        document (or None for a 204)."""
        check.non_empty(device_group_id)
        check.non_empty(deployment_id, "deploymentId")
        body = request_body(
            MinSupportedDeploymentDocument, {"data": {"type": "deployment", "id": deployment_id}}
        )
        return call(
            update_min_supported_deployment,
            device_group_id,
            body=body,
        )


def _targets(
    production_target: Mapping[str, Any] | None, dut_target: Mapping[str, Any] | None
) -> dict[str, Any]:
    targets = {}
    if production_target:
        targets["production_target"] = dict(production_target)
    if dut_target:
        targets["dut_target"] = dict(dut_target)
    return targets


def _devices(device_ids: tuple[str, ...]) -> dict[str, Any]:
    return {"data": [{"type": "device", "id": device_id} for device_id in device_ids]}


class DeviceGroupsResource(_DeviceGroups, SyncResource):
    list = sync_method(DeviceGroupsRequests.list)
    list_all = sync_pages(DeviceGroupsRequests.list_all)
    create = sync_method(DeviceGroupsRequests.create)
    get = sync_method(DeviceGroupsRequests.get)
    update = sync_method(DeviceGroupsRequests.update)
    delete = sync_method(DeviceGroupsRequests.delete)
    restart_devices = sync_method(DeviceGroupsRequests.restart_devices)
    conditional_restart_devices = sync_method(DeviceGroupsRequests.conditional_restart_devices)
    add_devices = sync_method(DeviceGroupsRequests.add_devices)
    remove_devices = sync_method(DeviceGroupsRequests.remove_devices)
    update_min_supported_deployment = sync_method(
        DeviceGroupsRequests.update_min_supported_deployment
    )


class AsyncDeviceGroupsResource(_DeviceGroups, AsyncResource):
    list = async_method(DeviceGroupsRequests.list)
    list_all = async_pages(DeviceGroupsRequests.list_all)
    create = async_method(DeviceGroupsRequests.create)
    get = async_method(DeviceGroupsRequests.get)
    update = async_method(DeviceGroupsRequests.update)
    delete = async_method(DeviceGroupsRequests.delete)
    restart_devices = async_method(DeviceGroupsRequests.restart_devices)
    conditional_restart_devices = async_method(DeviceGroupsRequests.conditional_restart_devices)
    add_devices = async_method(DeviceGroupsRequests.add_devices)
    remove_devices = async_method(DeviceGroupsRequests.remove_devices)
    update_min_supported_deployment = async_method(
        DeviceGroupsRequests.update_min_supported_deployment
    )
