"""Ordinary user code reading what the SDK returns; ``mypy --strict`` must accept every line
without a cast, an assert or an isinstance (``make typecheck`` checks it; never run)."""

from __future__ import annotations

import asyncio
from datetime import datetime

from impcentral import (
    AsyncImpCentralApi,
    DeviceGroups,
    Devices,
    ImpCentralApi,
    TwoFactorRequiredError,
)
from impcentral.models import (
    Device,
    DeviceGroup,
    DeviceGroupType,
    DeviceLogEntry,
    ProductCreateAttributesDict,
    TokenResponse,
)


def log_in(api: ImpCentralApi, email: str, password: str, otp: str) -> TokenResponse:
    try:
        return api.auth.login(email, password)
    except TwoFactorRequiredError as error:
        return api.auth.login_with_otp(otp, error.login_token)


def token_summary(tokens: TokenResponse) -> str:
    access: str = tokens.access_token
    expires_at: datetime = tokens.expires_at
    lifetime: int = tokens.expires_in
    refresh: str | None = tokens.refresh_token
    return f"{access[:4]}... until {expires_at:%H:%M} ({lifetime} s), refresh {refresh is not None}"


def describe(device: Device) -> str:
    device_id: str = device.id
    kind: str = device.type
    name: str = device.attributes.name or device_id
    mac: str = device.attributes.mac_address
    online: bool = device.attributes.device_online
    agent: bool = device.attributes.agent_running
    last_seen: datetime | None = device.attributes.device_state_changed_at
    group = device.relationships.devicegroup if device.relationships else None
    group_id = group.id if group else None
    seen = last_seen.isoformat() if last_seen else "never"
    return f"{kind} {name} {mac} online={online} agent={agent} seen={seen} group={group_id}"


def group_line(group: DeviceGroup) -> str:
    created: datetime = group.attributes.created_at
    return f"{group.id} {group.type} {group.attributes.name} {created.year}"


def log_line(entry: DeviceLogEntry) -> str:
    when: datetime = entry.ts
    return f"{when.isoformat()} {entry.type} {entry.msg}"


def deploy(api: ImpCentralApi, product_name: str, code: str) -> str:
    attributes: ProductCreateAttributesDict = {"name": product_name, "description": "typed"}
    product = api.products.create(attributes)
    kind: DeviceGroupType = DeviceGroups.TYPE_DEVELOPMENT
    group = api.device_groups.create(product.data.id, kind, {"name": "dev", "env_vars": {"A": 1}})
    deployment = api.deployments.create(
        group.data.id, group.data.type, {"device_code": code, "agent_code": "", "tags": ["v1"]}
    )
    sha: str = deployment.data.attributes.sha
    flagged: bool = deployment.data.attributes.flagged
    tags: list[str] = deployment.data.attributes.tags
    created: datetime = deployment.data.attributes.created_at
    description: str | None = product.data.attributes.description
    api.device_groups.update_min_supported_deployment(group.data.id, deployment.data.id)
    api.devices.update("0c:2a:69:05:0d:62", {"name": None})
    return f"{sha} {flagged} {tags} {created:%Y} {description}"


def report(api: ImpCentralApi) -> list[str]:
    lines = [describe(device) for device in api.devices.list_all()]
    lines += [group_line(group) for group in api.device_groups.list_all()]
    unassigned = api.devices.list({Devices.FILTER_DEVICE_GROUP_OWNER_ID: "null"}, 1, 20)
    lines += [device.attributes.mac_address for device in unassigned.data]
    next_page: str | None = unassigned.links.next
    lines.append(next_page or "")
    for entry in api.devices.get_all_logs("0c:2a:69:05:0d:62"):
        lines.append(log_line(entry))
    return lines


async def watch(group_id: str) -> list[str]:
    async with AsyncImpCentralApi() as api:
        tokens = await api.auth.get_access_token("login-key-id")
        lines = [token_summary(tokens)]
        async for device in api.devices.list_all({Devices.FILTER_DEVICE_GROUP_ID: group_id}):
            mac: str = device.attributes.mac_address
            lines.append(f"{device.id} {mac} {device.attributes.device_online}")
        async for group in api.device_groups.list_all():
            lines.append(group_line(group))
        async for entry in api.devices.get_all_logs("234776801163a9ee", page_size=50):
            lines.append(log_line(entry))
        return lines


if __name__ == "__main__":
    with ImpCentralApi() as api:
        print(token_summary(log_in(api, "me@example.com", "password", "123456")))
        print(deploy(api, "typed", 'server.log("hi");'), report(api))
    print(asyncio.run(watch("group-id")))


def remaining_requests(api: ImpCentralApi) -> int | None:
    raw = api.with_raw_response.devices.list()
    status: int = raw.status_code
    header: str | None = raw.headers.get("X-RateLimit-Remaining")
    print(status, header, raw.http_request.url, len(raw.parse().data))
    return api.rate_limit.remaining


async def remaining_requests_async(api: AsyncImpCentralApi) -> float | None:
    raw = await api.with_raw_response.devices.list()
    print(raw.status_code, raw.rate_limit.remaining)
    return api.rate_limit.reset
