from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.log_type import LogType
from ..types import UNSET, Unset

_new = object.__new__

T = TypeVar("T", bound="DeviceLogEntry")


@_attrs_define
class DeviceLogEntry:
    """A historical log entry (plain object, not a JSON:API resource)."""

    ts: datetime.datetime
    type_: LogType | str
    msg: str
    device_id: str | Unset = UNSET
    log_type: str | Unset = UNSET
    """ `development` or `production`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ts = types.format_datetime(self.ts)

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        msg = self.msg

        device_id = self.device_id

        log_type = self.log_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ts": ts,
                "type": type_,
                "msg": msg,
            }
        )
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if log_type is not UNSET:
            field_dict["log_type"] = log_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ts = types.parse_datetime(d.pop("ts"))

        type_: LogType | str = d.pop("type")

        msg = d.pop("msg")

        device_id = d.pop("device_id", UNSET)

        log_type = d.pop("log_type", UNSET)

        device_log_entry = _new(cls)
        device_log_entry.ts = ts
        device_log_entry.type_ = type_
        device_log_entry.msg = msg
        device_log_entry.device_id = device_id
        device_log_entry.log_type = log_type

        device_log_entry.additional_properties = d or {}
        return device_log_entry

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
