"""The in-memory store: every record of one emulated impCentral, indexed for O(1) lookups.

All mutation happens on the server's event loop, so the store needs no locks. Ids come from a
``random.Random`` seeded by ``--seed``, so two runs with the same seed hand out the same ids.
"""

from __future__ import annotations

import functools
import math
import random
import secrets
import string
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from impcentral.emulator.config import EmulatorConfig

#: Device group subtypes, as they appear in ``data.type`` and in relationship linkages.
DEVICE_GROUP_TYPES = (
    "development_devicegroup",
    "pre_factoryfixture_devicegroup",
    "pre_dut_devicegroup",
    "pre_production_devicegroup",
    "factoryfixture_devicegroup",
    "dut_devicegroup",
    "production_devicegroup",
)
PRODUCTION_TYPES = frozenset({"pre_production_devicegroup", "production_devicegroup"})
FIXTURE_TYPES = frozenset({"pre_factoryfixture_devicegroup", "factoryfixture_devicegroup"})
#: Groups whose devices log as ``production`` in log streams; the rest log as ``development``.
PRODUCTION_LOG_TYPES = frozenset({"production_devicegroup", "dut_devicegroup"})

MAX_REFRESH_TOKENS = 5
MAX_LOG_ENTRIES = 1000
_AGENT_ID_CHARS = string.ascii_letters + string.digits + "_-"
_IMP_TYPES = ("imp001", "imp003", "imp004m", "imp005", "imp006")


def iso(ts: float) -> str:
    """impCentral's timestamp form: ISO-8601 UTC with milliseconds and ``Z``.

    Hot (every log line, every rendered resource): the date part is cached per second, the
    last text made is reused within its millisecond (the devices of a page, seeded at one
    instant, share their stamps: about 2 us saved each), and the microseconds are rounded
    half-even exactly as ``datetime.fromtimestamp`` rounds them.
    """
    global _last_iso
    second = math.floor(ts)
    micro = round((ts - second) * 1e6)
    if micro >= 1_000_000:
        second, micro = second + 1, micro - 1_000_000
    milli = second * 1000 + micro // 1000
    last = _last_iso
    if last[0] == milli:
        return last[1]
    text = f"{_iso_second(second)}{micro // 1000:03d}Z"
    _last_iso = (milli, text)  # one tuple: threads that share it never see a torn pair
    return text


_last_iso: tuple[int, str] = (-1, "")


@functools.lru_cache(maxsize=4096)
def _iso_second(second: int) -> str:
    return datetime.fromtimestamp(second, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.")


class IdFactory:
    """Reproducible ids in the service's shapes."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(seed)

    def hex(self, length: int) -> str:
        return "".join(self._rng.choice("0123456789abcdef") for _ in range(length))

    def uuid(self) -> str:
        h = self.hex(32)
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def agent_id(self) -> str:
        return "".join(self._rng.choice(_AGENT_ID_CHARS) for _ in range(12))

    def mac(self) -> str:
        return "0c:2a:69:" + ":".join(self.hex(2) for _ in range(3))

    def choice(self, options: tuple[str, ...]) -> str:
        return self._rng.choice(options)

    def randint(self, low: int, high: int) -> int:
        return self._rng.randint(low, high)


@dataclass(slots=True)
class Account:
    id: str
    username: str
    email: str
    password: str = field(repr=False)
    otp_code: str | None = field(repr=False)
    created_at: float


@dataclass(slots=True)
class AccessToken:
    account_id: str
    expires_at: float


@dataclass(slots=True)
class RefreshToken:
    id: str
    token: str = field(repr=False)
    account_id: str
    created_at: float


@dataclass(slots=True)
class PendingOtpLogin:
    account_id: str
    expires_at: float


@dataclass(slots=True)
class LoginKey:
    id: str = field(repr=False)
    owner_id: str
    description: str
    usages: int
    created_at: float
    updated_at: float


@dataclass(slots=True)
class Product:
    id: str
    name: str
    description: str
    owner_id: str
    creator_id: str
    created_at: float
    updated_at: float


@dataclass(slots=True)
class DeviceGroup:
    id: str
    type: str
    name: str
    description: str
    product_id: str
    owner_id: str
    creator_id: str
    created_at: float
    updated_at: float
    region: str | None = None
    load_code_after_blessing: bool | None = None
    env_vars: dict[str, Any] = field(default_factory=dict)
    production_target: str | None = None
    dut_target: str | None = None
    current_deployment: str | None = None
    min_supported_deployment: str | None = None
    #: Assigned device ids, in assignment order.
    devices: dict[str, None] = field(default_factory=dict)


@dataclass(slots=True)
class LogEntry:
    ts: str
    type: str
    msg: str


@dataclass(slots=True)
class Device:
    id: str
    mac_address: str
    agent_id: str
    owner_id: str
    imp_type: str
    ip_address: str
    free_memory: int
    rssi: int
    created_at: float
    #: A new device is named by its id. The reference says writing an empty name "resets" it to
    #: the device id, so the id is the name a device has before anyone names it; the emulator
    #: then never hands out a name (null) that would read back as something else once written.
    name: str
    #: Devices start enrolled with their agent; removal from a group stops and detaches it (the
    #: service then shows empty ``agent_id``/``agent_url``), assignment attaches it again.
    has_agent: bool = True
    devicegroup_id: str | None = None
    #: The deployment whose code the device and its agent run.
    deployment_id: str | None = None
    device_online: bool = True
    agent_running: bool = False
    device_state_changed_at: float | None = None
    agent_state_changed_at: float | None = None
    last_enrolled_at: float | None = None
    logs: deque[LogEntry] = field(default_factory=lambda: deque(maxlen=MAX_LOG_ENTRIES))


@dataclass(slots=True)
class Deployment:
    id: str
    seq: int
    devicegroup_id: str | None
    product_id: str
    owner_id: str
    creator_id: str
    device_code: str
    agent_code: str
    description: str
    origin: str
    flagged: bool
    tags: list[str]
    sha: str
    created_at: float
    updated_at: float
    flagger_id: str | None = None


@dataclass(slots=True)
class Webhook:
    id: str
    devicegroup_id: str
    owner_id: str
    url: str
    event: str
    content_type: str
    created_at: float
    updated_at: float


class Store:
    """One emulated impCentral account world. Dicts keep insertion order, which lists follow."""

    def __init__(self, config: EmulatorConfig) -> None:
        self.config = config
        self.ids = IdFactory(config.seed)
        self.accounts: dict[str, Account] = {}
        self.access_tokens: dict[str, AccessToken] = {}
        self.refresh_tokens: dict[str, RefreshToken] = {}
        self.refresh_tokens_by_value: dict[str, RefreshToken] = {}
        self.otp_logins: dict[str, PendingOtpLogin] = {}
        self.login_keys: dict[str, LoginKey] = {}
        self.products: dict[str, Product] = {}
        self.devicegroups: dict[str, DeviceGroup] = {}
        self.devices: dict[str, Device] = {}
        self.devices_by_mac: dict[str, Device] = {}
        self.devices_by_agent: dict[str, Device] = {}
        self.deployments: dict[str, Deployment] = {}
        self.webhooks: dict[str, Webhook] = {}
        self._deployment_seq = 0
        self._prune_at = 1000
        now = time.time()
        account = Account(
            id=self.ids.uuid(),
            username=config.username,
            email=config.email,
            password=config.password,
            otp_code=config.otp_code,
            created_at=now,
        )
        self.accounts[account.id] = account
        self.account = account
        for _ in range(config.devices):
            self.add_device(account.id, now)
        if config.drift:
            from impcentral.emulator.drift import seed

            seed(self, now)

    # --- accounts and tokens -------------------------------------------------------------------

    def find_account_by_login(self, login: str) -> Account | None:
        folded = login.casefold()
        for account in self.accounts.values():
            if account.email.casefold() == folded or account.username.casefold() == folded:
                return account
        return None

    def issue_access_token(self, account_id: str, now: float) -> tuple[str, AccessToken]:
        self._prune_access_tokens(now)
        token = secrets.token_urlsafe(112)
        record = AccessToken(account_id=account_id, expires_at=now + self.config.token_ttl)
        self.access_tokens[token] = record
        return token, record

    def _prune_access_tokens(self, now: float) -> None:
        """Drop expired tokens whenever the table has doubled, so clean-up stays amortised O(1)."""
        if len(self.access_tokens) >= self._prune_at:
            for token in [t for t, r in self.access_tokens.items() if r.expires_at <= now]:
                del self.access_tokens[token]
            self._prune_at = max(1000, 2 * len(self.access_tokens))

    def issue_refresh_token(self, account_id: str, now: float) -> RefreshToken:
        """At most five per account: the oldest one stops working when a sixth is issued."""
        owned = [r for r in self.refresh_tokens.values() if r.account_id == account_id]
        for old in owned[: max(0, len(owned) - MAX_REFRESH_TOKENS + 1)]:
            self.delete_refresh_token(old)
        record = RefreshToken(
            id=self.ids.uuid(), token=secrets.token_hex(32), account_id=account_id, created_at=now
        )
        self.refresh_tokens[record.id] = record
        self.refresh_tokens_by_value[record.token] = record
        return record

    def delete_refresh_token(self, record: RefreshToken) -> None:
        del self.refresh_tokens[record.id]
        del self.refresh_tokens_by_value[record.token]

    # --- devices -------------------------------------------------------------------------------

    def add_device(self, owner_id: str, now: float) -> Device:
        ids = self.ids
        device_id = ids.hex(16)
        device = Device(
            id=device_id,
            mac_address=ids.mac(),
            agent_id=ids.agent_id(),
            owner_id=owner_id,
            imp_type=ids.choice(_IMP_TYPES),
            ip_address=f"203.0.113.{ids.randint(2, 254)}",
            free_memory=ids.randint(60000, 90000),
            rssi=-ids.randint(35, 80),
            created_at=now,
            name=device_id,
            device_state_changed_at=now,
            last_enrolled_at=now,
        )
        self.devices[device.id] = device
        self.devices_by_mac[device.mac_address] = device
        self.devices_by_agent[device.agent_id] = device
        return device

    def find_device(self, ident: str) -> Device | None:
        """Device id, MAC address (with or without colons, any case) or the id of its agent."""
        device = self.devices.get(ident)
        if device is not None:
            return device
        device = self.devices_by_agent.get(ident)
        if device is not None and device.has_agent:
            return device
        lowered = ident.lower()
        device = self.devices.get(lowered) or self.devices_by_mac.get(lowered)
        if device is None and len(lowered) == 12 and ":" not in lowered:
            device = self.devices_by_mac.get(":".join(lowered[i : i + 2] for i in range(0, 12, 2)))
        return device

    def remove_device(self, device: Device) -> None:
        if device.devicegroup_id is not None:
            self.devicegroups[device.devicegroup_id].devices.pop(device.id, None)
        del self.devices[device.id]
        del self.devices_by_mac[device.mac_address]
        del self.devices_by_agent[device.agent_id]

    # --- deployments ---------------------------------------------------------------------------

    def next_deployment_seq(self) -> int:
        self._deployment_seq += 1
        return self._deployment_seq

    def latest_deployment(self, devicegroup_id: str) -> Deployment | None:
        latest: Deployment | None = None
        for deployment in self.deployments.values():
            if deployment.devicegroup_id == devicegroup_id and (
                latest is None or deployment.seq > latest.seq
            ):
                latest = deployment
        return latest
