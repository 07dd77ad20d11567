"""Deliberate mistakes: ``mypy --strict`` must report each line marked ``# error: <code>``.

Proof that the types are real (not ``Any``); checked by ``test_typecheck.py``, never run.
"""

from __future__ import annotations

from datetime import datetime

from impcentral import ImpCentralApi, TwoFactorRequiredError
from impcentral.models import Device, DeviceLogEntry, TokenResponse


def mistakes(
    api: ImpCentralApi, device: Device, entry: DeviceLogEntry, tokens: TokenResponse
) -> None:
    name: str = device.attributes.name  # error: assignment
    online: str = device.attributes.device_online  # error: assignment
    when: str = entry.ts  # error: assignment
    expiry: int = tokens.expires_at  # error: assignment
    print(device.attributes.mac_adress)  # error: attr-defined
    print(device.type_name)  # error: attr-defined
    api.products.create({"nmae": "typo"})  # error: typeddict-unknown-key
    api.products.create({"name": 42})  # error: typeddict-item
    api.products.create({"description": "no name"})  # error: typeddict-item
    api.deployments.update("d1", {"flagged": "yes"})  # error: arg-type
    hook = {"url": "u", "event": "blessing"}  # no content_type
    api.webhooks.create("g1", "development_devicegroup", hook)  # error: arg-type
    sha: int = api.deployments.get("d1").data.attributes.sha  # error: assignment
    created: datetime | None = api.products.get("p1").data.attributes.name  # error: assignment
    print(name, online, when, expiry, sha, created)


def two_factor(error: TwoFactorRequiredError) -> int:
    return error.login_token  # error: return-value
