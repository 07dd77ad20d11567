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
from ..models.log_stream_event_name import (
    LogStreamEventName,
)

_new = object.__new__

T = TypeVar("T", bound="LogStreamEvent")


@_attrs_define
class LogStreamEvent:
    """One Server-Sent Event of a log stream (keep-alive comments are not events)."""

    event: LogStreamEventName | str
    data: str
    """ Text line, or a JSON object (`LogStreamMessage` / `LogStreamStateChange`) with `format=json`. Lines of a
    multi-line message are joined with newlines. """
    id: str | None = None
    retry: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("event", "event", True),
        ("data", "data", True),
        ("id", "id", False),
        ("retry", "retry", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        event = d.pop("event", None)
        if event is None:
            event, kept = types.missing_value(kept, "event", src_dict)

        elif event.__class__ is not str:
            event, kept = types.unexpected_type(kept, "event", event, "str")

        data = d.pop("data", None)
        if data is None:
            data, kept = types.missing_value(kept, "data", src_dict)

        elif data.__class__ is not str:
            data, kept = types.unexpected_type(kept, "data", data, "str")

        id = d.pop("id", None)
        if id is None:
            if "id" in src_dict:
                kept = types.keep(kept, "id", None, None)

        elif id.__class__ is not str:
            id, kept = types.unexpected_type(kept, "id", id, "str")

        retry = d.pop("retry", None)
        if retry is None:
            if "retry" in src_dict:
                kept = types.keep(kept, "retry", None, None)

        elif retry.__class__ is not int:
            retry, kept = types.unexpected_type(kept, "retry", retry, "int")

        log_stream_event = _new(cls)
        log_stream_event.event = event
        log_stream_event.data = data
        log_stream_event.id = id
        log_stream_event.retry = retry
        log_stream_event.additional_properties = d
        log_stream_event._kept = kept
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
