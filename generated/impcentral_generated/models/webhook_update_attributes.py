from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..models.webhook_content_type import WebhookContentType, check_webhook_content_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookUpdateAttributes")


@_attrs_define
class WebhookUpdateAttributes:
    url: str | Unset = UNSET
    """ HTTP or HTTPS URL that receives the event. """
    content_type: WebhookContentType | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        _content_type = d.pop("content_type", UNSET)
        content_type: WebhookContentType | Unset
        if isinstance(_content_type, Unset):
            content_type = UNSET
        else:
            content_type = check_webhook_content_type(_content_type)

        webhook_update_attributes = cls(
            url=url,
            content_type=content_type,
        )

        return webhook_update_attributes


class WebhookUpdateAttributesDict(TypedDict, total=False):
    """The JSON form of :class:`WebhookUpdateAttributes`, as a dict literal"""

    url: str
    content_type: WebhookContentType
