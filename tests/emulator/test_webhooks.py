"""Webhook rules."""

from __future__ import annotations

from typing import Any

from .conftest import Api


def webhook_body(group: dict[str, Any], **attributes: str) -> dict[str, Any]:
    attrs = {
        "url": "https://example.com/hook",
        "event": "deployment",
        "content_type": "application/json",
    }
    attrs.update(attributes)
    return {
        "data": {
            "type": "webhook",
            "attributes": attrs,
            "relationships": {"devicegroup": {"type": group["type"], "id": group["id"]}},
        }
    }


def test_invalid_urls_are_refused(api: Api) -> None:
    group = api.group(api.product()["id"])
    for url in ("ftp://example.com", "not a url", "https://", "http://exa mple.com"):
        response = api.post("/webhooks", webhook_body(group, url=url))
        assert response.status_code == 400, url
        assert response.json()["errors"][0]["title"] == "Invalid URL"


def test_event_is_create_only(api: Api) -> None:
    group = api.group(api.product()["id"])
    webhook = api.post("/webhooks", webhook_body(group)).json()["data"]
    body = {"data": {"type": "webhook", "id": webhook["id"], "attributes": {"event": "blinkup"}}}
    assert api.patch(f"/webhooks/{webhook['id']}", body).status_code == 400
    body["data"]["attributes"] = {"url": "http://example.com/new"}
    updated = api.patch(f"/webhooks/{webhook['id']}", body).json()["data"]
    assert updated["attributes"]["url"] == "http://example.com/new"


def test_blessing_and_blinkup_webhooks_need_a_production_group(api: Api) -> None:
    pid = api.product()["id"]
    dev = api.group(pid)
    assert api.post("/webhooks", webhook_body(dev, event="blessing")).status_code == 409
    prod = api.group(pid, "Prod", "production_devicegroup")
    assert api.post("/webhooks", webhook_body(prod, event="blinkup")).status_code == 201


def test_webhooks_filter_by_group_and_go_with_their_group(api: Api) -> None:
    pid = api.product()["id"]
    first, second = api.group(pid, "A"), api.group(pid, "B")
    api.post("/webhooks", webhook_body(first))
    api.post("/webhooks", webhook_body(second))
    listed = api.get("/webhooks", params={"filter[devicegroup.id]": first["id"]}).json()["data"]
    assert len(listed) == 1
    api.delete(f"/devicegroups/{first['id']}")
    assert len(api.get("/webhooks").json()["data"]) == 1
