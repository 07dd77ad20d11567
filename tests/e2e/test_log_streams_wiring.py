"""``api.log_streams`` is wired to the client: create, add and remove devices, close."""

from __future__ import annotations

import threading
import time
from typing import Any

from impcentral import DeviceGroups, LogStreams

HELLO = "Hello from impcentral"


def _wait(condition: Any, seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_stream_a_group_and_close(client: Any) -> None:
    product_id = client.products.create({"name": "streamed"}).data.id
    group = client.device_groups.create(
        product_id, DeviceGroups.TYPE_DEVELOPMENT, {"name": "dev"}
    ).data
    devices = [d.id for d in client.devices.list().data]
    client.device_groups.add_devices(group.id, *devices)

    lock = threading.Lock()
    messages: list[Any] = []
    states: list[Any] = []

    def on_message(message: Any) -> None:
        with lock:
            messages.append(message)

    def on_state(state: Any) -> None:
        with lock:
            states.append(state)

    stream = client.log_streams.create(on_message, on_state, None, LogStreams.FORMAT_JSON)
    for device_id in devices:
        client.log_streams.add_device(stream.id, device_id)
    client.deployments.create(
        group.id,
        DeviceGroups.TYPE_DEVELOPMENT,
        {"device_code": f'server.log("{HELLO}");', "agent_code": ""},
    )
    client.device_groups.restart_devices(group.id)
    _wait(lambda: sum(1 for m in messages if m.msg == HELLO) >= len(devices))
    client.log_streams.remove_device(stream.id, devices[0])
    _wait(lambda: any(getattr(s, "state", None) == "unsubscribed" for s in states))
    client.log_streams.close(stream.id)
    assert {m.device_id for m in messages} == set(devices)
