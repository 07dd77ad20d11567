from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.imp_type import ImpType

_new = object.__new__

T = TypeVar("T", bound="DeviceAttributes")


@_attrs_define
class DeviceAttributes:
    """`impt device info` prints every attribute for every device: the MAC address and the online
    and agent states are always there; the others are null (or absent) until the device has
    connected, enrolled or been assigned.

    """

    device_online: bool
    """ Reported by a state service; may lag behind reality. """
    agent_running: bool
    mac_address: str
    name: None | str = None
    """ User-given name; null or empty means "show the device id". A device that was never named (or whose name was
    reset) carries its id. """
    agent_id: None | str = None
    """ Empty while the device is in no device group (impt's sample of an unassigned device). """
    agent_url: None | str = None
    """ Empty while the device is in no device group. """
    device_state_changed_at: datetime.datetime | None = None
    agent_state_changed_at: datetime.datetime | None = None
    last_enrolled_at: datetime.datetime | None = None
    imp_type: ImpType | None | str = None
    ip_address: None | str = None
    free_memory: int | None = None
    rssi: int | None = None
    swversion: None | str = None
    plan_id: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("name", "name", True),
        ("device_online", "device_online", True),
        ("agent_running", "agent_running", True),
        ("mac_address", "mac_address", True),
        ("agent_id", "agent_id", True),
        ("agent_url", "agent_url", True),
        ("device_state_changed_at", "device_state_changed_at", True),
        ("agent_state_changed_at", "agent_state_changed_at", True),
        ("last_enrolled_at", "last_enrolled_at", True),
        ("imp_type", "imp_type", True),
        ("ip_address", "ip_address", True),
        ("free_memory", "free_memory", True),
        ("rssi", "rssi", True),
        ("swversion", "swversion", True),
        ("plan_id", "plan_id", True),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        name = d.pop("name", None)
        if name is None:
            if "name" not in src_dict:
                kept = types.keep(kept, "name", types.ABSENT, None)

        elif name.__class__ is not str:
            name, kept = types.unexpected_type(kept, "name", name, "str")

        device_online = d.pop("device_online", None)
        if device_online is None:
            device_online, kept = types.missing_value(kept, "device_online", src_dict)

        elif device_online.__class__ is not bool:
            device_online, kept = types.unexpected_type(
                kept, "device_online", device_online, "bool"
            )

        agent_running = d.pop("agent_running", None)
        if agent_running is None:
            agent_running, kept = types.missing_value(kept, "agent_running", src_dict)

        elif agent_running.__class__ is not bool:
            agent_running, kept = types.unexpected_type(
                kept, "agent_running", agent_running, "bool"
            )

        mac_address = d.pop("mac_address", None)
        if mac_address is None:
            mac_address, kept = types.missing_value(kept, "mac_address", src_dict)

        elif mac_address.__class__ is not str:
            mac_address, kept = types.unexpected_type(
                kept, "mac_address", mac_address, "str"
            )

        agent_id = d.pop("agent_id", None)
        if agent_id is None:
            if "agent_id" not in src_dict:
                kept = types.keep(kept, "agent_id", types.ABSENT, None)

        elif agent_id.__class__ is not str:
            agent_id, kept = types.unexpected_type(kept, "agent_id", agent_id, "str")

        agent_url = d.pop("agent_url", None)
        if agent_url is None:
            if "agent_url" not in src_dict:
                kept = types.keep(kept, "agent_url", types.ABSENT, None)

        elif agent_url.__class__ is not str:
            agent_url, kept = types.unexpected_type(kept, "agent_url", agent_url, "str")

        _device_state_changed_at = d.pop("device_state_changed_at", None)
        if _device_state_changed_at is None:
            device_state_changed_at = None
            if "device_state_changed_at" not in src_dict:
                kept = types.keep(kept, "device_state_changed_at", types.ABSENT, None)

        else:
            try:
                device_state_changed_at = types.read_datetime(_device_state_changed_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                device_state_changed_at, kept = types.repair_datetime(
                    kept, "device_state_changed_at", _device_state_changed_at
                )

        _agent_state_changed_at = d.pop("agent_state_changed_at", None)
        if _agent_state_changed_at is None:
            agent_state_changed_at = None
            if "agent_state_changed_at" not in src_dict:
                kept = types.keep(kept, "agent_state_changed_at", types.ABSENT, None)

        else:
            try:
                agent_state_changed_at = types.read_datetime(_agent_state_changed_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                agent_state_changed_at, kept = types.repair_datetime(
                    kept, "agent_state_changed_at", _agent_state_changed_at
                )

        _last_enrolled_at = d.pop("last_enrolled_at", None)
        if _last_enrolled_at is None:
            last_enrolled_at = None
            if "last_enrolled_at" not in src_dict:
                kept = types.keep(kept, "last_enrolled_at", types.ABSENT, None)

        else:
            try:
                last_enrolled_at = types.read_datetime(_last_enrolled_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                last_enrolled_at, kept = types.repair_datetime(
                    kept, "last_enrolled_at", _last_enrolled_at
                )

        imp_type = d.pop("imp_type", None)
        if imp_type is None:
            if "imp_type" not in src_dict:
                kept = types.keep(kept, "imp_type", types.ABSENT, None)

        elif imp_type.__class__ is not str:
            imp_type, kept = types.unexpected_type(kept, "imp_type", imp_type, "str")

        ip_address = d.pop("ip_address", None)
        if ip_address is None:
            if "ip_address" not in src_dict:
                kept = types.keep(kept, "ip_address", types.ABSENT, None)

        elif ip_address.__class__ is not str:
            ip_address, kept = types.unexpected_type(
                kept, "ip_address", ip_address, "str"
            )

        free_memory = d.pop("free_memory", None)
        if free_memory is None:
            if "free_memory" not in src_dict:
                kept = types.keep(kept, "free_memory", types.ABSENT, None)

        elif free_memory.__class__ is not int:
            free_memory, kept = types.unexpected_type(
                kept, "free_memory", free_memory, "int"
            )

        rssi = d.pop("rssi", None)
        if rssi is None:
            if "rssi" not in src_dict:
                kept = types.keep(kept, "rssi", types.ABSENT, None)

        elif rssi.__class__ is not int:
            rssi, kept = types.unexpected_type(kept, "rssi", rssi, "int")

        swversion = d.pop("swversion", None)
        if swversion is None:
            if "swversion" not in src_dict:
                kept = types.keep(kept, "swversion", types.ABSENT, None)

        elif swversion.__class__ is not str:
            swversion, kept = types.unexpected_type(kept, "swversion", swversion, "str")

        plan_id = d.pop("plan_id", None)
        if plan_id is None:
            if "plan_id" not in src_dict:
                kept = types.keep(kept, "plan_id", types.ABSENT, None)

        elif plan_id.__class__ is not str:
            plan_id, kept = types.unexpected_type(kept, "plan_id", plan_id, "str")

        device_attributes = _new(cls)
        device_attributes.name = name
        device_attributes.device_online = device_online
        device_attributes.agent_running = agent_running
        device_attributes.mac_address = mac_address
        device_attributes.agent_id = agent_id
        device_attributes.agent_url = agent_url
        device_attributes.device_state_changed_at = device_state_changed_at
        device_attributes.agent_state_changed_at = agent_state_changed_at
        device_attributes.last_enrolled_at = last_enrolled_at
        device_attributes.imp_type = imp_type
        device_attributes.ip_address = ip_address
        device_attributes.free_memory = free_memory
        device_attributes.rssi = rssi
        device_attributes.swversion = swversion
        device_attributes.plan_id = plan_id
        device_attributes.additional_properties = d
        device_attributes._kept = kept
        return device_attributes

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
