from __future__ import annotations

import builtins
from collections.abc import Mapping
from typing import (
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.log_stream_state import LogStreamState

_new = object.__new__

T = TypeVar("T", bound="LogStreamStateChange")


@_attrs_define
class LogStreamStateChange:
    """`data` of a `state_change` event with `format=json`."""

    state: LogStreamState | str
    device_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("state", "state", True),
        ("device_id", "device_id", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        state = d.pop("state", None)
        if state is None:
            state, kept = types.missing_value(kept, "state", src_dict)

        elif state.__class__ is not str:
            state, kept = types.unexpected_type(kept, "state", state, "str")

        device_id = d.pop("device_id", None)
        if device_id is None:
            if "device_id" in src_dict:
                kept = types.keep(kept, "device_id", None, None)

        elif device_id.__class__ is not str:
            device_id, kept = types.unexpected_type(kept, "device_id", device_id, "str")

        log_stream_state_change = _new(cls)
        log_stream_state_change.state = state
        log_stream_state_change.device_id = device_id
        log_stream_state_change.additional_properties = d
        log_stream_state_change._kept = kept
        return log_stream_state_change

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
