from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.imp_type import ImpType
from ..types import UNSET, Unset

_new = object.__new__

T = TypeVar("T", bound="DeviceAttributes")


@_attrs_define
class DeviceAttributes:
    name: None | str | Unset = UNSET
    """ User-given name; null or empty means "show the device id". """
    agent_id: None | str | Unset = UNSET
    agent_url: None | str | Unset = UNSET
    device_online: bool | None | Unset = UNSET
    """ Reported by a state service; may lag behind reality. """
    device_state_changed_at: datetime.datetime | None | Unset = UNSET
    agent_running: bool | None | Unset = UNSET
    agent_state_changed_at: datetime.datetime | None | Unset = UNSET
    last_enrolled_at: datetime.datetime | None | Unset = UNSET
    imp_type: ImpType | None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    mac_address: None | str | Unset = UNSET
    free_memory: int | None | Unset = UNSET
    rssi: int | None | Unset = UNSET
    swversion: None | str | Unset = UNSET
    plan_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        agent_url: None | str | Unset
        if isinstance(self.agent_url, Unset):
            agent_url = UNSET
        else:
            agent_url = self.agent_url

        device_online: bool | None | Unset
        if isinstance(self.device_online, Unset):
            device_online = UNSET
        else:
            device_online = self.device_online

        device_state_changed_at: None | str | Unset
        if isinstance(self.device_state_changed_at, Unset):
            device_state_changed_at = UNSET
        elif isinstance(self.device_state_changed_at, datetime.datetime):
            device_state_changed_at = types.format_datetime(
                self.device_state_changed_at
            )
        else:
            device_state_changed_at = self.device_state_changed_at

        agent_running: bool | None | Unset
        if isinstance(self.agent_running, Unset):
            agent_running = UNSET
        else:
            agent_running = self.agent_running

        agent_state_changed_at: None | str | Unset
        if isinstance(self.agent_state_changed_at, Unset):
            agent_state_changed_at = UNSET
        elif isinstance(self.agent_state_changed_at, datetime.datetime):
            agent_state_changed_at = types.format_datetime(self.agent_state_changed_at)
        else:
            agent_state_changed_at = self.agent_state_changed_at

        last_enrolled_at: None | str | Unset
        if isinstance(self.last_enrolled_at, Unset):
            last_enrolled_at = UNSET
        elif isinstance(self.last_enrolled_at, datetime.datetime):
            last_enrolled_at = types.format_datetime(self.last_enrolled_at)
        else:
            last_enrolled_at = self.last_enrolled_at

        imp_type: None | str | Unset
        if isinstance(self.imp_type, Unset):
            imp_type = UNSET
        elif isinstance(self.imp_type, str):
            imp_type = self.imp_type
        else:
            imp_type = self.imp_type

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        mac_address: None | str | Unset
        if isinstance(self.mac_address, Unset):
            mac_address = UNSET
        else:
            mac_address = self.mac_address

        free_memory: int | None | Unset
        if isinstance(self.free_memory, Unset):
            free_memory = UNSET
        else:
            free_memory = self.free_memory

        rssi: int | None | Unset
        if isinstance(self.rssi, Unset):
            rssi = UNSET
        else:
            rssi = self.rssi

        swversion: None | str | Unset
        if isinstance(self.swversion, Unset):
            swversion = UNSET
        else:
            swversion = self.swversion

        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        else:
            plan_id = self.plan_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if agent_url is not UNSET:
            field_dict["agent_url"] = agent_url
        if device_online is not UNSET:
            field_dict["device_online"] = device_online
        if device_state_changed_at is not UNSET:
            field_dict["device_state_changed_at"] = device_state_changed_at
        if agent_running is not UNSET:
            field_dict["agent_running"] = agent_running
        if agent_state_changed_at is not UNSET:
            field_dict["agent_state_changed_at"] = agent_state_changed_at
        if last_enrolled_at is not UNSET:
            field_dict["last_enrolled_at"] = last_enrolled_at
        if imp_type is not UNSET:
            field_dict["imp_type"] = imp_type
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if mac_address is not UNSET:
            field_dict["mac_address"] = mac_address
        if free_memory is not UNSET:
            field_dict["free_memory"] = free_memory
        if rssi is not UNSET:
            field_dict["rssi"] = rssi
        if swversion is not UNSET:
            field_dict["swversion"] = swversion
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        agent_id: None | str | Unset = d.pop("agent_id", UNSET)

        agent_url: None | str | Unset = d.pop("agent_url", UNSET)

        device_online: bool | None | Unset = d.pop("device_online", UNSET)

        _device_state_changed_at = d.pop("device_state_changed_at", UNSET)
        device_state_changed_at: datetime.datetime | None | Unset = (
            _device_state_changed_at
        )
        if isinstance(_device_state_changed_at, str):
            try:
                device_state_changed_at = types.parse_datetime(_device_state_changed_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        agent_running: bool | None | Unset = d.pop("agent_running", UNSET)

        _agent_state_changed_at = d.pop("agent_state_changed_at", UNSET)
        agent_state_changed_at: datetime.datetime | None | Unset = (
            _agent_state_changed_at
        )
        if isinstance(_agent_state_changed_at, str):
            try:
                agent_state_changed_at = types.parse_datetime(_agent_state_changed_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        _last_enrolled_at = d.pop("last_enrolled_at", UNSET)
        last_enrolled_at: datetime.datetime | None | Unset = _last_enrolled_at
        if isinstance(_last_enrolled_at, str):
            try:
                last_enrolled_at = types.parse_datetime(_last_enrolled_at)

            except (TypeError, ValueError, AttributeError, KeyError):
                pass

        imp_type: ImpType | None | str | Unset = d.pop("imp_type", UNSET)

        ip_address: None | str | Unset = d.pop("ip_address", UNSET)

        mac_address: None | str | Unset = d.pop("mac_address", UNSET)

        free_memory: int | None | Unset = d.pop("free_memory", UNSET)

        rssi: int | None | Unset = d.pop("rssi", UNSET)

        swversion: None | str | Unset = d.pop("swversion", UNSET)

        plan_id: None | str | Unset = d.pop("plan_id", UNSET)

        device_attributes = _new(cls)
        device_attributes.name = name
        device_attributes.agent_id = agent_id
        device_attributes.agent_url = agent_url
        device_attributes.device_online = device_online
        device_attributes.device_state_changed_at = device_state_changed_at
        device_attributes.agent_running = agent_running
        device_attributes.agent_state_changed_at = agent_state_changed_at
        device_attributes.last_enrolled_at = last_enrolled_at
        device_attributes.imp_type = imp_type
        device_attributes.ip_address = ip_address
        device_attributes.mac_address = mac_address
        device_attributes.free_memory = free_memory
        device_attributes.rssi = rssi
        device_attributes.swversion = swversion
        device_attributes.plan_id = plan_id

        device_attributes.additional_properties = d or {}
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
