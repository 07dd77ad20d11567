"""The SDK as an application uses it; ``mypy --strict`` must accept every line (not run)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

from impcentral import (
    AsyncImpCentralApi,
    Deployments,
    DeviceGroups,
    Devices,
    ImpCentralApi,
    ImpCentralApiError,
    InvalidDataError,
    RateLimitError,
    Tokens,
    TwoFactorRequiredError,
    Webhooks,
)


class FileTokenStore:
    """Keeps the session between runs in a JSON file."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Tokens | None:
        if not self.path.exists():
            return None
        return Tokens.from_dict(json.loads(self.path.read_text()))

    def save(self, tokens: Tokens) -> None:
        self.path.write_text(json.dumps(tokens.to_dict()))


def log_in(api: ImpCentralApi, email: str, password: str, otp: str | None) -> None:
    try:
        api.auth.login(email, password)
    except TwoFactorRequiredError as error:
        if otp is None or error.login_token is None:
            raise
        api.auth.login_with_otp(otp, error.login_token)


def deploy(api: ImpCentralApi, product_name: str, device_code: str) -> str:
    product = api.products.create({"name": product_name, "description": "typed"})
    group = api.device_groups.create(
        product.data.id, DeviceGroups.TYPE_DEVELOPMENT, {"name": "dev", "env_vars": {"A": 1}}
    )
    group_id: str = group.data.id
    api.device_groups.add_devices(group_id, *(d.id for d in api.devices.list_all()))
    deployment = api.deployments.create(
        group_id,
        group.data.type_,
        {"device_code": device_code, "agent_code": "", "tags": ["typed"]},
    )
    sha: str | None = deployment.data.attributes.sha or None
    api.device_groups.update_min_supported_deployment(group_id, deployment.data.id)
    api.device_groups.restart_devices(group_id)
    api.webhooks.create(
        group_id,
        DeviceGroups.TYPE_DEVELOPMENT,
        {
            "url": "https://hooks.example/deployed",
            "event": Webhooks.EVENT_DEPLOYMENT,
            "content_type": Webhooks.CONTENT_TYPE_JSON,
        },
    )
    return sha or ""


def report(api: ImpCentralApi, device_id: str) -> list[str]:
    device = api.devices.get(device_id)
    name = device.data.attributes.name if device.data.attributes else None
    lines = [f"{name or device.data.id}"]
    for entry in api.devices.get_logs(device_id, 1, 10).data:
        lines.append(f"{entry.ts.isoformat()} {entry.type_} {entry.msg}")
    flagged = api.deployments.list({Deployments.FILTER_FLAGGED: True}).data
    lines.extend(d.id for d in flagged)
    unassigned = api.devices.list({Devices.FILTER_DEVICE_GROUP_OWNER_ID: "null"}, 1, 20)
    lines.extend(d.id for d in unassigned.data)
    return lines


def main() -> int:
    store = FileTokenStore(Path.home() / ".impcentral-example.json")
    with ImpCentralApi(token_store=store, max_retries=4, timeout=20.0) as api:
        api.debug = True
        try:
            if api.auth.access_token is None:
                log_in(api, "me@example.com", "password", None)
            print(deploy(api, "typed-product", 'server.log("hi");'))
            quick = api.with_options(timeout=2.0, max_retries=0)
            print(report(quick, "0c:2a:69:05:0d:62"))
        except InvalidDataError as error:
            print("bad arguments:", error.message)
            return 2
        except RateLimitError as error:
            print("slow down:", error.headers.get("x-ratelimit-reset"))
            return 3
        except ImpCentralApiError as error:
            print(error.status_code, error.message, [e.code for e in error.errors], error.body)
            return 1
    return 0


async def watch(device_group_id: str) -> int:
    async with AsyncImpCentralApi("https://api.electricimp.com/v5") as api:
        await api.auth.get_access_token("login-key-id")
        devices = await api.devices.list({Devices.FILTER_DEVICE_GROUP_ID: device_group_id})
        count = 0
        async for group in api.device_groups.list_all(
            {DeviceGroups.FILTER_TYPE: "dut_devicegroup"}
        ):
            count += len(group.id)
        async for entry in api.devices.get_all_logs(devices.data[0].id, page_size=50):
            count += len(entry.msg)
        await api.auth.delete_refresh_token("unused")
        return count + len(devices.data)


if __name__ == "__main__":
    raise SystemExit(main() or asyncio.run(watch("group-id")))
