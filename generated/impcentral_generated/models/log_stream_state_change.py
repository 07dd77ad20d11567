from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_stream_state import LogStreamState
from ..types import UNSET, Unset

_new = object.__new__

T = TypeVar("T", bound="LogStreamStateChange")


@_attrs_define
class LogStreamStateChange:
    """`data` of a `state_change` event with `format=json`."""

    state: LogStreamState | str
    device_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        state: str
        if isinstance(self.state, str):
            state = self.state
        else:
            state = self.state

        device_id = self.device_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "state": state,
            }
        )
        if device_id is not UNSET:
            field_dict["device_id"] = device_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        state: LogStreamState | str = d.pop("state")

        device_id = d.pop("device_id", UNSET)

        log_stream_state_change = _new(cls)
        log_stream_state_change.state = state
        log_stream_state_change.device_id = device_id

        log_stream_state_change.additional_properties = d or {}
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
