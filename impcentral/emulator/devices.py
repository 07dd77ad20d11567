"""Simulated imps: what devices and their agents log when they restart, get code or run it."""

from __future__ import annotations

import itertools
import time

from impcentral.emulator import squirrel
from impcentral.emulator.logstreams import LogStreamHub
from impcentral.emulator.state import (
    PRODUCTION_LOG_TYPES,
    Deployment,
    Device,
    LogEntry,
    Store,
    iso,
)

#: Program storage of an imp, for the "% program storage used" line printed when code arrives.
_PROGRAM_STORAGE_BYTES = 64 * 1024


class DeviceSimulator:
    def __init__(self, store: Store, hub: LogStreamHub) -> None:
        self.store = store
        self.hub = hub
        self._tick = 0

    def log_type(self, device: Device) -> str:
        group = self.store.devicegroups.get(device.devicegroup_id or "")
        return (
            "production"
            if group is not None and group.type in PRODUCTION_LOG_TYPES
            else "development"
        )

    def emit(self, device: Device, log_type: str, msg: str, count: int = 1) -> LogEntry:
        """Record a log line ``count`` times in the device's history, made at one instant, and
        send the lines to subscribed streams.

        The copies share one entry (nothing changes an entry once made), so a flood costs
        next to nothing per line.
        """
        entry = LogEntry(iso(time.time()), log_type, msg)
        device.logs.extend(itertools.repeat(entry, count))
        self.hub.publish(device.id, entry, count, self.log_type(device))
        return entry

    def _deployment(self, device: Device) -> Deployment | None:
        return self.store.deployments.get(device.deployment_id or "")

    def _run_agent(self, device: Device, deployment: Deployment | None, reason: str) -> None:
        now = time.time()
        device.agent_running = deployment is not None
        device.agent_state_changed_at = now
        self.emit(device, "status", f"Agent restarted: {reason}.")
        if deployment is not None:
            for kind, msg in squirrel.log_calls(deployment.agent_code):
                self.emit(device, f"agent.{kind}", msg)

    def _run_device(self, device: Device, deployment: Deployment | None, new_code: bool) -> None:
        if not device.device_online:
            return
        self.emit(device, "status", "Device disconnected")
        self.emit(device, "status", "Device connected")
        if deployment is None:
            return
        if new_code:
            used = min(100.0, 100.0 * len(deployment.device_code.encode()) / _PROGRAM_STORAGE_BYTES)
            self.emit(device, "status", f"Downloading new code; {used:.2f}% program storage used")
        for kind, msg in squirrel.log_calls(deployment.device_code):
            self.emit(device, f"server.{kind}", msg)

    def _load_group_code(self, device: Device) -> bool:
        """Point the device at its group's current deployment; ``True`` when that is new code."""
        group = self.store.devicegroups.get(device.devicegroup_id or "")
        target = group.current_deployment if group is not None else None
        changed = target != device.deployment_id
        device.deployment_id = target
        return changed

    def restart(self, device: Device) -> None:
        """A restart reloads the agent and reboots the device with the group's current code."""
        new_code = self._load_group_code(device)
        deployment = self._deployment(device)
        self._run_agent(device, deployment, "reload")
        self._run_device(device, deployment, new_code)

    def conditional_restart(self, device: Device, min_seq: int | None) -> None:
        """Devices on code older than the group's min-supported deployment restart at once; the
        others are only told that new code is available and keep running until their next boot."""
        current = self._deployment(device)
        if current is not None and min_seq is not None and current.seq >= min_seq:
            self.emit(device, "status", "New code is available; it will load on the next restart")
            return
        self.restart(device)

    def deployed(self, device: Device) -> None:
        """A new deployment reaches a group's devices: the agent restarts with it and the device
        downloads and runs it."""
        self.restart(device)

    def assigned(self, device: Device) -> None:
        """A device joining a group gets its agent back and loads the group's code, as a
        blinked-up imp does."""
        device.has_agent = True
        if self._load_group_code(device):
            deployment = self._deployment(device)
            self._run_agent(device, deployment, "new code")
            self._run_device(device, deployment, True)

    def unassigned(self, device: Device) -> None:
        """A device leaving its group loses its agent until it joins another one."""
        device.deployment_id = None
        device.has_agent = False
        device.agent_running = False
        device.agent_state_changed_at = time.time()
        self.emit(device, "status", "Device unassigned; agent stopped")

    def heartbeat(self) -> None:
        """Periodic logging (``--log-interval``): each running device prints its next log line."""
        self._tick += 1
        for device in list(self.store.devices.values()):
            deployment = self._deployment(device)
            if deployment is None or not device.device_online:
                continue
            calls = squirrel.log_calls(deployment.device_code)
            if calls:
                kind, msg = calls[self._tick % len(calls)]
                self.emit(device, f"server.{kind}", msg)
