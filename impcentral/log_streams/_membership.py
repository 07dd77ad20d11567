"""Which devices a stream carries, as the user named them and as the server reports them.

A device can be added or removed by id, MAC or agent id, but the server's `subscribed` /
`unsubscribed` events always name it by id. The server answers each subscription of a new device
with one `subscribed`, in order, so an unrecognised id in a `subscribed` belongs to the oldest
subscription still waiting for its answer; that is how a MAC or agent id learns its device id.
Knowing both is what lets a removal under a third name, a device the server drops by itself and
a recreated stream's re-subscriptions all be told apart.

Changed by the caller (add / remove) and by the reader (server events) at once, so every method
takes the lock; none holds it across I/O, so it suits the async side too.
"""

from __future__ import annotations

import threading

MAX_DEVICES = 5  # the service keeps this many devices on a stream and drops the least recent


class Membership:
    def __init__(self, limit: int = MAX_DEVICES) -> None:
        self._limit = limit
        self._lock = threading.Lock()
        self._devices: dict[str, str | None] = {}  # name -> device id once known; oldest first
        self._waiting: list[str] = []  # names whose `subscribed` has not come yet, in order
        self._removing: dict[str, None] = {}  # names whose `unsubscribed` has not come yet
        self._evicted: dict[str, str | None] = {}  # dropped to make room; `unsubscribed` due

    @property
    def names(self) -> tuple[str, ...]:
        with self._lock:
            return tuple(self._devices)

    def adding(self, name: str) -> list[str]:
        """Record a subscription before it is sent (the server may report it before replying);
        returns the devices the service drops to stay within its limit."""
        with self._lock:
            if name in self._devices:
                return []
            self._devices[name] = None
            self._waiting.append(name)
            excess = max(0, len(self._devices) - self._limit)
            dropped = list(self._devices)[:excess]
            for device in dropped:
                self._evicted[device] = self._devices.pop(device)
            return dropped

    def add_failed(self, name: str, dropped: list[str]) -> None:
        with self._lock:
            self._devices.pop(name, None)
            if name in self._waiting:
                self._waiting.remove(name)
            restored = {device: self._evicted.pop(device, None) for device in dropped}
            restored.update(self._devices)
            self._devices = restored

    def removing(self, name: str) -> bool:
        """Record a removal before it is sent; returns whether `name` was on the stream."""
        with self._lock:
            self._removing[name] = None
            member = self._find(name)
            if member is None:
                return False  # perhaps under another name: the server's answer will tell
            del self._devices[member]
            return True

    def remove_failed(self, name: str, was_member: bool) -> None:
        with self._lock:
            self._removing.pop(name, None)
            if was_member:
                self._devices[name] = None

    def subscribed(self, device_id: str) -> None:
        """The server reports a subscription."""
        with self._lock:
            if device_id in self._devices:
                self._devices[device_id] = device_id
                if device_id in self._waiting:
                    self._waiting.remove(device_id)
            elif self._find(device_id) is None and self._waiting:
                name = self._waiting.pop(0)
                if name in self._devices:
                    self._devices[name] = device_id

    def unsubscribed(self, device_id: str) -> str | None:
        """The server reports an unsubscription; returns the device's name when nobody asked
        for it (the server dropped the device, to make room or of its own accord)."""
        with self._lock:
            for name, known in self._evicted.items():
                if device_id in (name, known):
                    del self._evicted[name]
                    return name
            member = self._find(device_id)
            if device_id in self._removing or (member is not None and member in self._removing):
                self._removing.pop(device_id, None)
                if member is not None:
                    self._removing.pop(member, None)
                    del self._devices[member]
                return None
            if member is None:
                return None  # not ours
            del self._devices[member]
            if self._removing:
                # Removed under a name the server never reported (MAC or agent id).
                del self._removing[next(iter(self._removing))]
                return None
            return member

    def resubscribing(self) -> list[str]:
        """A new stream replaces the old: pending answers were about the old one, and each
        re-subscription will be answered in order."""
        with self._lock:
            self._removing.clear()
            self._evicted.clear()
            self._waiting = [name for name, known in self._devices.items() if known is None]
            return list(self._devices)

    def refused(self, name: str) -> None:
        """The server no longer accepts `name` (deleted, moved away)."""
        with self._lock:
            self._devices.pop(name, None)
            if name in self._waiting:
                self._waiting.remove(name)

    def _find(self, device: str) -> str | None:
        if device in self._devices:
            return device
        for name, known in self._devices.items():
            if known == device:
                return name
        return None
