from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.log_stream_event_name import (
    LogStreamEventName,
)
from ..types import UNSET, Unset

_new = object.__new__

T = TypeVar("T", bound="LogStreamEvent")


@_attrs_define
class LogStreamEvent:
    """One Server-Sent Event of a log stream (keep-alive comments are not events)."""

    event: LogStreamEventName | str
    data: str
    """ Text line, or a JSON object (`LogStreamMessage` / `LogStreamStateChange`) with `format=json`. Lines of a
    multi-line message are joined with newlines. """
    id: str | Unset = UNSET
    retry: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event: str
        if isinstance(self.event, str):
            event = self.event
        else:
            event = self.event

        data = self.data

        id = self.id

        retry = self.retry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if retry is not UNSET:
            field_dict["retry"] = retry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event: LogStreamEventName | str = d.pop("event")

        data = d.pop("data")

        id = d.pop("id", UNSET)

        retry = d.pop("retry", UNSET)

        log_stream_event = _new(cls)
        log_stream_event.event = event
        log_stream_event.data = data
        log_stream_event.id = id
        log_stream_event.retry = retry

        log_stream_event.additional_properties = d or {}
        return log_stream_event

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
