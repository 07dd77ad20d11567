from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..models.webhook_content_type import WebhookContentType, check_webhook_content_type
from ..models.webhook_event import WebhookEvent, check_webhook_event

T = TypeVar("T", bound="WebhookCreateAttributes")


@_attrs_define
class WebhookCreateAttributes:
    url: str
    """ HTTP or HTTPS URL that receives the event. """
    event: WebhookEvent
    content_type: WebhookContentType

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        event: str = self.event

        content_type: str = self.content_type

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "url": url,
                "event": event,
                "content_type": content_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url")

        event = check_webhook_event(d.pop("event"))

        content_type = check_webhook_content_type(d.pop("content_type"))

        webhook_create_attributes = cls(
            url=url,
            event=event,
            content_type=content_type,
        )

        return webhook_create_attributes


class _WebhookCreateAttributesRequired(TypedDict):
    url: str
    event: WebhookEvent
    content_type: WebhookContentType


class WebhookCreateAttributesDict(_WebhookCreateAttributesRequired, total=False):
    """The JSON form of :class:`WebhookCreateAttributes`, as a dict literal"""

    pass
