from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.webhook_content_type import WebhookContentType
from ..models.webhook_event import WebhookEvent
from ..types import UNSET, Unset

_new = object.__new__

T = TypeVar("T", bound="WebhookAttributes")


@_attrs_define
class WebhookAttributes:
    url: str | Unset = UNSET
    event: str | Unset | WebhookEvent = UNSET
    content_type: str | Unset | WebhookContentType = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event: str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, str):
            event = self.event
        else:
            event = self.event

        content_type: str | Unset
        if isinstance(self.content_type, Unset):
            content_type = UNSET
        elif isinstance(self.content_type, str):
            content_type = self.content_type
        else:
            content_type = self.content_type

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = types.format_datetime(self.created_at)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = types.format_datetime(self.updated_at)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if event is not UNSET:
            field_dict["event"] = event
        if content_type is not UNSET:
            field_dict["content_type"] = content_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        event: str | Unset | WebhookEvent = d.pop("event", UNSET)

        content_type: str | Unset | WebhookContentType = d.pop("content_type", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset = (
            _created_at if _created_at is UNSET else types.parse_datetime(_created_at)
        )

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset = (
            _updated_at if _updated_at is UNSET else types.parse_datetime(_updated_at)
        )

        webhook_attributes = _new(cls)
        webhook_attributes.url = url
        webhook_attributes.event = event
        webhook_attributes.content_type = content_type
        webhook_attributes.created_at = created_at
        webhook_attributes.updated_at = updated_at

        webhook_attributes.additional_properties = d or {}
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
