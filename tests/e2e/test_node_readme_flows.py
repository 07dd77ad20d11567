"""The examples of the Node client's README, rewritten in Python (README.md shows the same code).

Each flow runs as written for ``ImpCentralApi`` and again with ``AsyncImpCentralApi``.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from impcentral import (
    AsyncImpCentralApi,
    DeviceGroups,
    Devices,
    ImpCentralApi,
    ImpCentralApiError,
    InvalidDataError,
)
from impcentral.emulator import EmulatorServer

from .conftest import EMAIL, PASSWORD


def _wait(condition: Any, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_flows_sync(server: EmulatorServer, capsys: pytest.CaptureFixture[str]) -> None:
    # Library initialization using email/password login
    api = ImpCentralApi(server.url)
    token = None
    try:
        token = api.auth.login(EMAIL, PASSWORD).access_token
    except InvalidDataError as error:
        print(error.message)
    except ImpCentralApiError as error:
        print(error.status_code, error.message, error.body)
    assert token

    # Initialization with an existing access token; product and device group creation
    api = ImpCentralApi(server.url)
    api.auth.access_token = token
    account_id = api.accounts.get("me").data.id
    product = api.products.create({"name": "test_product"}, account_id)
    product_id = product.data.id
    device_group = api.device_groups.create(
        product_id,
        DeviceGroups.TYPE_DEVELOPMENT,
        {"name": "temp_sensors", "description": "temperature sensors"},
    )
    device_group_id = device_group.data.id
    print(device_group_id)

    # List device groups with filters and restart the devices of one of them
    api.device_groups.add_devices(device_group_id, *(d.id for d in api.devices.list().data))
    filters = {
        DeviceGroups.FILTER_OWNER_ID: account_id,
        DeviceGroups.FILTER_TYPE: DeviceGroups.TYPE_DEVELOPMENT,
    }
    for group in api.device_groups.list(filters).data:
        if group.attributes.name == "temp_sensors":
            api.device_groups.restart_devices(group.id)

    # Historical logs of a device, with pagination
    device_id = api.devices.list().data[0].id
    for log in api.devices.get_logs(device_id, 1, 10).data:
        print(f"{log.ts}: {log.msg}")

    # Logs of every device of a device group through a log stream
    received: list[Any] = []
    stream = api.log_streams.create(received.append, print)
    for device in api.devices.list({Devices.FILTER_DEVICE_GROUP_ID: device_group_id}).data:
        api.log_streams.add_device(stream.id, device.id)
    api.device_groups.restart_devices(device_group_id)
    _wait(lambda: len(received) >= 3)
    api.log_streams.close(stream.id)
    api.close()

    printed = capsys.readouterr().out
    assert device_group_id in printed
    assert "Device connected" in printed or "Agent restarted" in printed


async def test_flows_async(server: EmulatorServer) -> None:
    async with AsyncImpCentralApi(server.url) as api:
        token = (await api.auth.login(EMAIL, PASSWORD)).access_token

    async with AsyncImpCentralApi(server.url, access_token=token) as api:
        account_id = (await api.accounts.get("me")).data.id
        product = await api.products.create({"name": "test_product"}, account_id)
        device_group = await api.device_groups.create(
            product.data.id,
            DeviceGroups.TYPE_DEVELOPMENT,
            {"name": "temp_sensors", "description": "temperature sensors"},
        )
        device_group_id = device_group.data.id
        device_ids = [device.id async for device in api.devices.list_all()]
        await api.device_groups.add_devices(device_group_id, *device_ids)

        filters = {
            DeviceGroups.FILTER_OWNER_ID: account_id,
            DeviceGroups.FILTER_TYPE: DeviceGroups.TYPE_DEVELOPMENT,
        }
        restarted = []
        for group in (await api.device_groups.list(filters)).data:
            if group.attributes.name == "temp_sensors":
                await api.device_groups.restart_devices(group.id)
                restarted.append(group.id)
        assert restarted == [device_group_id]

        logs = await api.devices.get_logs(device_ids[0], 1, 10)
        assert logs.data and all(log.ts and log.msg for log in logs.data)

        received: list[Any] = []
        stream = await api.log_streams.create(received.append)
        members = await api.devices.list({Devices.FILTER_DEVICE_GROUP_ID: device_group_id})
        await asyncio.gather(
            *(api.log_streams.add_device(stream.id, device.id) for device in members.data)
        )
        await api.device_groups.restart_devices(device_group_id)
        for _ in range(200):
            if len(received) >= 3:
                break
            await asyncio.sleep(0.05)
        assert len(received) >= 3
        await api.log_streams.close(stream.id)
