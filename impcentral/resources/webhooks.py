"""``api.webhooks``: HTTP callbacks on a device group's blessing, BlinkUp and deployment events."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from impcentral_generated.api.webhooks import (
    create_webhook,
    delete_webhook,
    get_webhook,
    list_webhooks,
    update_webhook,
)
from impcentral_generated.models import (
    Webhook,
    WebhookCreateAttributesDict,
    WebhookCreateDocument,
    WebhookUpdateAttributesDict,
    WebhookUpdateDocument,
)

from .. import _validation as check
from .._constants import DEFAULT_LIST_ALL_PAGE_SIZE
from .._constants import Webhooks as _Webhooks
from .._operation import Operation, call, list_query, request_body
from .._pagination import Pages
from ._base import AsyncResource, SyncResource, async_method, async_pages, sync_method, sync_pages

_FILTERS = {_Webhooks.FILTER_DEVICE_GROUP_ID: "filterdevicegroup_id"}
_EVENTS = (_Webhooks.EVENT_BLESSING, _Webhooks.EVENT_BLINKUP, _Webhooks.EVENT_DEPLOYMENT)
_CONTENT_TYPES = (_Webhooks.CONTENT_TYPE_JSON, _Webhooks.CONTENT_TYPE_WWW_FORM)


class WebhooksRequests:
    """Argument checks and requests of ``api.webhooks``, shared by both clients."""

    @staticmethod
    def list(
        filters: Mapping[str, Any] | None = None,
        page_number: int | None = None,
        page_size: int | None = None,
    ) -> Operation[list_webhooks.Document]:
        """One page of webhooks; filter with ``FILTER_DEVICE_GROUP_ID``."""
        check.filters(filters, _FILTERS)
        check.pagination(page_number, page_size)
        query = list_query(filters, _FILTERS, page_number, page_size)
        return call(list_webhooks, **query)

    @staticmethod
    def list_all(
        filters: Mapping[str, Any] | None = None, page_size: int = DEFAULT_LIST_ALL_PAGE_SIZE
    ) -> Pages[list_webhooks.Document, Webhook]:
        """Every webhook, page after page, each once."""
        first = WebhooksRequests.list(filters, 1, page_size)
        return Pages(first, items=lambda page: page.data or (), key=lambda webhook: webhook.id)

    @staticmethod
    def create(
        device_group_id: str, device_group_type: str, attributes: WebhookCreateAttributesDict
    ) -> Operation[create_webhook.Document]:
        """Create a webhook on a device group (of ``device_group_type``, a ``TYPE_*``).

        ``attributes`` (all required): ``url``, ``event`` (an ``EVENT_*``) and
        ``content_type`` (a ``CONTENT_TYPE_*``).
        """
        check.non_empty(device_group_id)
        check.device_group_type(device_group_type, "deviceGroupType")
        check.attribute_value(attributes, "event", _EVENTS)
        check.attribute_value(attributes, "content_type", _CONTENT_TYPES)
        check.attributes(attributes, WebhookCreateAttributesDict, check_required=True)
        data = {
            "type": "webhook",
            "attributes": dict(attributes),
            "relationships": {"devicegroup": {"type": device_group_type, "id": device_group_id}},
        }
        body = request_body(WebhookCreateDocument, {"data": data})
        return call(create_webhook, body=body)

    @staticmethod
    def get(webhook_id: str) -> Operation[get_webhook.Document]:
        """One webhook."""
        check.non_empty(webhook_id)
        return call(get_webhook, webhook_id)

    @staticmethod
    def update(
        webhook_id: str, attributes: WebhookUpdateAttributesDict | None
    ) -> Operation[update_webhook.Document]:
        """Change a webhook's ``url`` or ``content_type`` (its event is fixed)."""
        check.attribute_value(attributes, "content_type", _CONTENT_TYPES)
        check.non_empty(webhook_id)
        check.attributes(attributes, WebhookUpdateAttributesDict)
        data: dict[str, Any] = {"type": "webhook", "id": webhook_id}
        if attributes is not None:
            data["attributes"] = dict(attributes)
        body = request_body(WebhookUpdateDocument, {"data": data})
        return call(update_webhook, webhook_id, body=body)

    @staticmethod
    def delete(webhook_id: str) -> Operation[delete_webhook.Document]:
        """Delete a webhook."""
        check.non_empty(webhook_id)
        return call(delete_webhook, webhook_id)


class WebhooksResource(_Webhooks, SyncResource):
    list = sync_method(WebhooksRequests.list)
    list_all = sync_pages(WebhooksRequests.list_all)
    create = sync_method(WebhooksRequests.create)
    get = sync_method(WebhooksRequests.get)
    update = sync_method(WebhooksRequests.update)
    delete = sync_method(WebhooksRequests.delete)


class AsyncWebhooksResource(_Webhooks, AsyncResource):
    list = async_method(WebhooksRequests.list)
    list_all = async_pages(WebhooksRequests.list_all)
    create = async_method(WebhooksRequests.create)
    get = async_method(WebhooksRequests.get)
    update = async_method(WebhooksRequests.update)
    delete = async_method(WebhooksRequests.delete)
