from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.imp_type import ImpType, check_imp_type
from ..types import UNSET, Unset

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

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_id = _parse_agent_id(d.pop("agent_id", UNSET))

        def _parse_agent_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agent_url = _parse_agent_url(d.pop("agent_url", UNSET))

        def _parse_device_online(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        device_online = _parse_device_online(d.pop("device_online", UNSET))

        def _parse_device_state_changed_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                device_state_changed_at_type_0 = types.parse_datetime(data)

                return device_state_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        device_state_changed_at = _parse_device_state_changed_at(
            d.pop("device_state_changed_at", UNSET)
        )

        def _parse_agent_running(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        agent_running = _parse_agent_running(d.pop("agent_running", UNSET))

        def _parse_agent_state_changed_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                agent_state_changed_at_type_0 = types.parse_datetime(data)

                return agent_state_changed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        agent_state_changed_at = _parse_agent_state_changed_at(
            d.pop("agent_state_changed_at", UNSET)
        )

        def _parse_last_enrolled_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_enrolled_at_type_0 = types.parse_datetime(data)

                return last_enrolled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_enrolled_at = _parse_last_enrolled_at(d.pop("last_enrolled_at", UNSET))

        def _parse_imp_type(data: object) -> ImpType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                imp_type_type_0 = check_imp_type(data)

                return imp_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImpType | None | str | Unset, data)

        imp_type = _parse_imp_type(d.pop("imp_type", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        def _parse_mac_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mac_address = _parse_mac_address(d.pop("mac_address", UNSET))

        def _parse_free_memory(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        free_memory = _parse_free_memory(d.pop("free_memory", UNSET))

        def _parse_rssi(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rssi = _parse_rssi(d.pop("rssi", UNSET))

        def _parse_swversion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        swversion = _parse_swversion(d.pop("swversion", UNSET))

        def _parse_plan_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        device_attributes = cls(
            name=name,
            agent_id=agent_id,
            agent_url=agent_url,
            device_online=device_online,
            device_state_changed_at=device_state_changed_at,
            agent_running=agent_running,
            agent_state_changed_at=agent_state_changed_at,
            last_enrolled_at=last_enrolled_at,
            imp_type=imp_type,
            ip_address=ip_address,
            mac_address=mac_address,
            free_memory=free_memory,
            rssi=rssi,
            swversion=swversion,
            plan_id=plan_id,
        )

        device_attributes.additional_properties = d
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
