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

T = TypeVar("T", bound="LogStreamMessage")


@_attrs_define
class LogStreamMessage:
    """`data` of a `message` event with `format=json`."""

    device_id: str
    ts: datetime.datetime
    type_: LogType | str
    msg: str
    log_type: str | Unset = UNSET
    """ `development` or `production`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        device_id = self.device_id

        ts = types.format_datetime(self.ts)

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        msg = self.msg

        log_type = self.log_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "device_id": device_id,
                "ts": ts,
                "type": type_,
                "msg": msg,
            }
        )
        if log_type is not UNSET:
            field_dict["log_type"] = log_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        device_id = d.pop("device_id")

        ts = types.parse_datetime(d.pop("ts"))

        type_: LogType | str = d.pop("type")

        msg = d.pop("msg")

        log_type = d.pop("log_type", UNSET)

        log_stream_message = _new(cls)
        log_stream_message.device_id = device_id
        log_stream_message.ts = ts
        log_stream_message.type_ = type_
        log_stream_message.msg = msg
        log_stream_message.log_type = log_type

        log_stream_message.additional_properties = d or {}
        return log_stream_message

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
