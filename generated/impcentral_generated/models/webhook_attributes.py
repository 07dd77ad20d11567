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
from ..models.webhook_content_type import WebhookContentType
from ..models.webhook_event import WebhookEvent

_new = object.__new__

T = TypeVar("T", bound="WebhookAttributes")


@_attrs_define
class WebhookAttributes:
    url: str
    event: str | WebhookEvent
    content_type: str | WebhookContentType
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("url", "url", True),
        ("event", "event", True),
        ("content_type", "content_type", True),
        ("created_at", "created_at", False),
        ("updated_at", "updated_at", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kept: types.Kept | None = None
        url = d.pop("url", None)
        if url is None:
            url, kept = types.missing_value(kept, "url", src_dict)

        elif url.__class__ is not str:
            url, kept = types.unexpected_type(kept, "url", url, "str")

        event = d.pop("event", None)
        if event is None:
            event, kept = types.missing_value(kept, "event", src_dict)

        elif event.__class__ is not str:
            event, kept = types.unexpected_type(kept, "event", event, "str")

        content_type = d.pop("content_type", None)
        if content_type is None:
            content_type, kept = types.missing_value(kept, "content_type", src_dict)

        elif content_type.__class__ is not str:
            content_type, kept = types.unexpected_type(
                kept, "content_type", content_type, "str"
            )

        _created_at = d.pop("created_at", None)
        if _created_at is None:
            created_at = None
            if "created_at" in src_dict:
                kept = types.keep(kept, "created_at", None, None)

        else:
            try:
                created_at = types.read_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at, kept = types.repair_datetime(
                    kept, "created_at", _created_at
                )

        _updated_at = d.pop("updated_at", None)
        if _updated_at is None:
            updated_at = None
            if "updated_at" in src_dict:
                kept = types.keep(kept, "updated_at", None, None)

        else:
            try:
                updated_at = types.read_datetime(_updated_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at, kept = types.repair_datetime(
                    kept, "updated_at", _updated_at
                )

        webhook_attributes = _new(cls)
        webhook_attributes.url = url
        webhook_attributes.event = event
        webhook_attributes.content_type = content_type
        webhook_attributes.created_at = created_at
        webhook_attributes.updated_at = updated_at
        webhook_attributes.additional_properties = d
        webhook_attributes._kept = kept
        return webhook_attributes

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
