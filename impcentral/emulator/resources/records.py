"""Store look-ups that every resource route shares: a record the caller owns, a name not taken."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Protocol, TypeVar

from impcentral.emulator.errors import DUPLICATE_RESOURCE, INVALID_RELATIONSHIP, conflict, not_found
from impcentral.emulator.state import Account, Device, DeviceGroup, Store


class Owned(Protocol):
    @property
    def owner_id(self) -> str: ...


class Named(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


R = TypeVar("R", bound=Owned)


def owned(
    records: Mapping[str, R], ident: str, account: Account, kind: str, *, secret: bool = False
) -> R:
    """The record ``ident`` when ``account`` owns it, else 404 as for a record that does not exist.

    ``secret`` keeps the id out of the message (a login key's id is the key itself).
    """
    record = records.get(ident)
    if record is None or record.owner_id != account.id:
        raise not_found(kind, None if secret else ident)
    return record


def owned_device(store: Store, ident: str, account: Account) -> Device:
    """A device of ``account`` by id, MAC address or agent id; 404 otherwise."""
    device = store.find_device(ident)
    if device is None or device.owner_id != account.id:
        raise not_found("device", ident)
    return device


def linked_devicegroup(store: Store, link: tuple[str, str], account: Account) -> DeviceGroup:
    """The group a ``{type, id}`` linkage names; its ``type`` must be the group's subtype."""
    link_type, group_id = link
    group = owned(store.devicegroups, group_id, account, "device group")
    if group.type != link_type:
        raise conflict(
            INVALID_RELATIONSHIP,
            "Invalid Relationship",
            f"The device group is a {group.type}, not a {link_type}.",
        )
    return group


def require_unique_name(
    siblings: Iterable[Named], name: str, kind: str, exclude: str | None = None
) -> None:
    """409 when a sibling other than ``exclude`` already has ``name`` (``kind`` is plural)."""
    for other in siblings:
        if other.name == name and other.id != exclude:
            raise conflict(
                DUPLICATE_RESOURCE, "Duplicate Resource", f"{kind} must have unique names."
            )
