from __future__ import annotations

import builtins
import datetime
import warnings
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.log_type import LogType

_new = object.__new__

T = TypeVar("T", bound="LogStreamMessage")


@_attrs_define
class LogStreamMessage:
    """`data` of a `message` event with `format=json`."""

    device_id: str
    ts: datetime.datetime
    type: LogType | str
    msg: str
    log_type: str | None = None
    """ `development` or `production`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("device_id", "device_id", True),
        ("ts", "ts", True),
        ("type", "type", True),
        ("msg", "msg", True),
        ("log_type", "log_type", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        device_id = d.pop("device_id", None)
        if device_id is None:
            device_id, kept = types.missing_value(kept, "device_id", src_dict)

        elif device_id.__class__ is not str:
            device_id, kept = types.unexpected_type(kept, "device_id", device_id, "str")

        _ts = d.pop("ts", None)
        if _ts is None:
            ts, kept = types.missing_value(kept, "ts", src_dict)

        else:
            try:
                ts = types.read_datetime(_ts)
            except (TypeError, ValueError, AttributeError, KeyError):
                ts, kept = types.repair_datetime(kept, "ts", _ts)

        type_ = d.pop("type", None)
        if type_ is None:
            type_, kept = types.missing_value(kept, "type", src_dict)

        elif type_.__class__ is not str:
            type_, kept = types.unexpected_type(kept, "type", type_, "str")

        msg = d.pop("msg", None)
        if msg is None:
            msg, kept = types.missing_value(kept, "msg", src_dict)

        elif msg.__class__ is not str:
            msg, kept = types.unexpected_type(kept, "msg", msg, "str")

        log_type = d.pop("log_type", None)
        if log_type is None:
            if "log_type" in src_dict:
                kept = types.keep(kept, "log_type", None, None)

        elif log_type.__class__ is not str:
            log_type, kept = types.unexpected_type(kept, "log_type", log_type, "str")

        log_stream_message = _new(cls)
        log_stream_message.device_id = device_id
        log_stream_message.ts = ts
        log_stream_message.type = type_
        log_stream_message.msg = msg
        log_stream_message.log_type = log_type
        log_stream_message.additional_properties = d
        log_stream_message._kept = kept
        return log_stream_message

    @property
    def type_(self) -> LogType | str:
        """Deprecated: ``type``, the wire name"""
        warnings.warn("type_ is deprecated; use type", DeprecationWarning, stacklevel=2)
        return self.type

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
