"""``api.devices``, ``api.deployments`` and ``api.webhooks`` against the emulator."""

from __future__ import annotations

import time
from typing import Any

import pytest

from impcentral import (
    BadRequestError,
    ConflictError,
    Deployments,
    DeviceGroups,
    Devices,
    ImpCentralApiError,
    NotFoundError,
    Webhooks,
)

DEV = DeviceGroups.TYPE_DEVELOPMENT
HELLO = 'server.log("Hello from impcentral");'


def _group(client: Any, name: str = "dev") -> str:
    product_id = client.products.create({"name": f"product-{name}"}).data.id
    group_id: str = client.device_groups.create(product_id, DEV, {"name": name}).data.id
    return group_id


def _wait_for_log(client: Any, device_id: str, text: str) -> list[Any]:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        logs = list(client.devices.get_all_logs(device_id, page_size=5))
        if any(entry.msg == text for entry in logs):
            return logs
        time.sleep(0.1)
    raise AssertionError(f"no log line {text!r}")


def test_devices(client: Any) -> None:
    listed = client.devices.list()
    assert len(listed.data) == 3
    assert [d.id for d in client.devices.list(None, 2, 2).data] == [listed.data[2].id]
    assert len(list(client.devices.list_all(page_size=2))) == 3
    device = listed.data[0]
    by_mac = client.devices.get(device.attributes.mac_address)
    by_agent = client.devices.get(device.attributes.agent_id)
    assert device.id == by_mac.data.id == by_agent.data.id
    renamed = client.devices.update(device.attributes.mac_address, {"name": "kitchen"})
    assert renamed.data.attributes.name == "kitchen"
    unassigned = client.devices.list({Devices.FILTER_DEVICE_GROUP_OWNER_ID: "null"})
    assert len(unassigned.data) == 3

    group_id = _group(client)
    client.device_groups.add_devices(group_id, device.id)
    in_group = client.devices.list({Devices.FILTER_DEVICE_GROUP_TYPE: DEV})
    assert [d.id for d in in_group.data] == [device.id]
    assert client.devices.restart(device.id) is None
    assert client.devices.conditional_restart(device.id) is None
    assert client.devices.delete(listed.data[2].id) is None
    with pytest.raises(NotFoundError):
        client.devices.get(listed.data[2].id)


def test_unassigned_devices_cannot_restart(client: Any) -> None:
    with pytest.raises(ImpCentralApiError):
        client.devices.restart(client.devices.list().data[0].id)


def test_deploy_restart_and_read_the_logs(client: Any) -> None:
    group_id = _group(client)
    device_id = client.devices.list().data[0].id
    client.device_groups.add_devices(group_id, device_id)
    deployment = client.deployments.create(
        group_id,
        DEV,
        {"device_code": HELLO, "agent_code": "", "description": "hello", "tags": ["v1"]},
    ).data
    client.device_groups.restart_devices(group_id)
    logs = _wait_for_log(client, device_id, "Hello from impcentral")
    assert all(entry.ts and entry.type for entry in logs)
    page = client.devices.get_logs(device_id, 1, 2)
    assert len(page.data) == 2
    assert deployment.attributes.sha


def test_deployments(client: Any) -> None:
    group_id = _group(client)
    first = client.deployments.create(
        group_id, DEV, {"device_code": "1;", "agent_code": "", "origin": "git@x", "flagged": True}
    ).data
    second = client.deployments.create(
        group_id, DEV, {"device_code": "2;", "agent_code": "", "tags": ["beta", "v2"]}
    ).data
    assert client.deployments.get(first.id).data.attributes.origin == "git@x"
    in_group = client.deployments.list({Deployments.FILTER_DEVICE_GROUP_ID: group_id})
    assert {d.id for d in in_group.data} == {first.id, second.id}
    flagged = client.deployments.list({Deployments.FILTER_FLAGGED: True})
    assert [d.id for d in flagged.data] == [first.id]
    by_sha = client.deployments.list({Deployments.FILTER_SHA: second.attributes.sha})
    assert [d.id for d in by_sha.data] == [second.id]
    tagged = client.deployments.list({Deployments.FILTER_TAGS: "beta"})
    assert [d.id for d in tagged.data] == [second.id]
    assert len(list(client.deployments.list_all(page_size=1))) == 2

    with pytest.raises(ImpCentralApiError):
        client.deployments.delete(first.id)  # flagged
    unflagged = client.deployments.update(first.id, {"flagged": False, "description": "old"})
    assert unflagged.data.attributes.flagged is False
    with pytest.raises(ConflictError):
        client.deployments.delete(first.id)  # a group's first deployment is its minimum
    client.device_groups.update_min_supported_deployment(group_id, second.id)
    assert client.deployments.delete(first.id) is None
    with pytest.raises(NotFoundError):
        client.deployments.get(first.id)


def test_compile_errors_are_reported(client: Any) -> None:
    group_id = _group(client)
    with pytest.raises(BadRequestError) as raised:
        client.deployments.create(group_id, DEV, {"device_code": "server.log((", "agent_code": ""})
    assert raised.value.errors


def test_webhooks(client: Any) -> None:
    group_id = _group(client)
    hook = client.webhooks.create(
        group_id,
        DEV,
        {
            "url": "https://hooks.example/deployed",
            "event": Webhooks.EVENT_DEPLOYMENT,
            "content_type": Webhooks.CONTENT_TYPE_JSON,
        },
    ).data
    assert client.webhooks.get(hook.id).data.attributes.event == "deployment"
    listed = client.webhooks.list({Webhooks.FILTER_DEVICE_GROUP_ID: group_id})
    assert [w.id for w in listed.data] == [hook.id]
    assert [w.id for w in client.webhooks.list(None, 1, 10).data] == [hook.id]
    assert [w.id for w in client.webhooks.list_all()] == [hook.id]
    updated = client.webhooks.update(
        hook.id,
        {"url": "https://hooks.example/v2", "content_type": Webhooks.CONTENT_TYPE_WWW_FORM},
    )
    assert updated.data.attributes.content_type == Webhooks.CONTENT_TYPE_WWW_FORM
    assert client.webhooks.delete(hook.id) is None
    with pytest.raises(NotFoundError):
        client.webhooks.get(hook.id)
