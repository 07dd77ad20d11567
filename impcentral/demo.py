"""``python -m impcentral.demo``: the SDK's main job, end to end, against the bundled emulator.

Starts the emulator on a loopback port, logs in, creates a product and a device group, assigns
the simulated devices, deploys code that logs "Hello from impcentral", restarts the devices,
watches their live logs until every device has greeted, reads the stored history and cleans
up. Exits 0 only if the greeting was seen both live and in the history.
"""

from __future__ import annotations

import sys
import threading

from impcentral import DeviceGroups, ImpCentralApi, LogStreams
from impcentral.log_streams import LogMessage, LogStreamEvent

GREETING = "Hello from impcentral"
DEVICE_CODE = f'server.log("{GREETING}");\nimp.wakeup(1.0, function() {{ server.log("tick"); }});\n'
AGENT_CODE = 'server.log("agent ready");\n'
#: How long to watch the live logs at most; the watch ends once every device has greeted.
STREAM_SECONDS = 10.0


def step(text: str) -> None:
    print(f"\n== {text}", flush=True)


def run(api: ImpCentralApi, email: str, password: str) -> bool:
    """The demo itself; True when the greeting was seen live and in the history."""
    step("Log in")
    api.auth.login(email, password)
    account = api.accounts.get("me").data
    expires = api.auth.tokens.expires_at
    print(f"logged in as {email} (account {account.id}); token valid until {expires}")

    step("Create a product and a development device group")
    product = api.products.create({"name": "impcentral-demo", "description": "made by the demo"})
    group = api.device_groups.create(
        product.data.id, DeviceGroups.TYPE_DEVELOPMENT, {"name": "demo-devices"}
    ).data
    print(f"product {product.data.id}, device group {group.id} ({group.type})")

    device_ids = [device.id for device in api.devices.list_all()]
    api.device_groups.add_devices(group.id, *device_ids)
    print(f"assigned {len(device_ids)} devices: {', '.join(device_ids)}")

    step("Deploy code and restart the devices, watching the live logs")
    live: list[LogMessage] = []
    lock = threading.Lock()
    all_greeted = threading.Event()

    def on_message(event: LogStreamEvent) -> None:
        if isinstance(event, LogMessage):
            with lock:
                live.append(event)
                if {m.device_id for m in live if m.msg == GREETING} == set(device_ids):
                    all_greeted.set()
            print(f"  [{event.device_id}] {event.ts:%H:%M:%S} {event.type}: {event.msg}")

    def on_state(event: LogStreamEvent) -> None:
        print(f"  (stream: {getattr(event, 'raw', event)})")

    stream = api.log_streams.create(on_message, on_state, None, LogStreams.FORMAT_JSON)
    for device_id in device_ids:
        api.log_streams.add_device(stream.id, device_id)
    deployment = api.deployments.create(
        group.id,
        DeviceGroups.TYPE_DEVELOPMENT,
        {"device_code": DEVICE_CODE, "agent_code": AGENT_CODE, "description": "demo"},
    ).data
    print(f"deployment {deployment.id} (sha {deployment.attributes.sha})")
    api.device_groups.restart_devices(group.id)
    all_greeted.wait(STREAM_SECONDS)
    api.log_streams.close(stream.id)
    with lock:
        greeted_live = {m.device_id for m in live if m.msg == GREETING}
    print(f"{len(live)} live log lines; {len(greeted_live)} devices said {GREETING!r}")

    step("Read the stored log history of the first device")
    history = list(api.devices.get_all_logs(device_ids[0]))
    for entry in history[:8]:
        print(f"  {entry.ts:%H:%M:%S} {entry.type}: {entry.msg}")
    greeted_history = any(entry.msg == GREETING for entry in history)
    print(f"{len(history)} entries in the history")

    step("Clean up")
    api.device_groups.remove_devices(group.id, *device_ids)
    api.device_groups.delete(group.id)
    api.products.delete(product.data.id)
    print("removed the devices from the group, deleted the group and the product")

    return greeted_live == set(device_ids) and greeted_history


def main() -> int:
    try:
        from impcentral.emulator import EmulatorServer
    except ImportError as exc:
        print(
            f"The emulator needs the 'emulator' extra (pip install 'impcentral[emulator]'): {exc}"
        )
        return 1
    with EmulatorServer(devices=3, log_interval=0.0) as server:
        config = server.config
        step(f"Emulator running at {server.url}")
        with ImpCentralApi(server.url) as api:
            ok = run(api, config.email, config.password)
    step("Done" if ok else "The greeting was not seen: something is wrong")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
