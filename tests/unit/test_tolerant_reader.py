"""One odd field never costs a document, a list page or a walk; each coerced field path is logged
once on the ``impcentral`` logger, and ``to_dict()`` gives back what was received.

Every document here is realistic (shaped like the reference's samples) with one perturbation,
served through the public clients.
"""

from __future__ import annotations

import copy
import json
import logging
import pickle
from datetime import datetime, timedelta, timezone
from typing import Any

import attrs
import httpx
import pytest

from impcentral import (
    APIResponseValidationError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
)
from impcentral.models import (
    DeploymentDocument,
    DeploymentLinkageDocument,
    DevelopmentDeviceGroup,
    DeviceGroupDocument,
    OtherDeviceGroup,
    ProductionDeviceGroup,
)

from .conftest import BASE, FakeApi, jsonapi

STAMP = "2018-07-22T11:27:49.633Z"
WHEN = datetime(2018, 7, 22, 11, 27, 49, 633000, tzinfo=timezone.utc)


def product() -> dict[str, Any]:
    return {
        "type": "product",
        "id": "4e264cef-3316-cdfa-7f39-7a5d458994b3",
        "links": {"self": f"{BASE}/products/4e264cef-3316-cdfa-7f39-7a5d458994b3"},
        "attributes": {
            "name": "Smart Thermostat",
            "description": "Wi-Fi thermostat",
            "created_at": STAMP,
            "updated_at": STAMP,
        },
        "relationships": {
            "owner": {"type": "account", "id": "c1d61eef-d544-4d09-c8dc-d43e6742cae3"},
            "creator": {"type": "account", "id": "c1d61eef-d544-4d09-c8dc-d43e6742cae3"},
        },
    }


def device(number: int = 0) -> dict[str, Any]:
    return {
        "type": "device",
        "id": f"23477680116{number:05x}",
        "attributes": {
            "name": None,
            "agent_id": "T1oUmIZ3At_N",
            "agent_url": "https://agent.electricimp.com/T1oUmIZ3At_N",
            "device_online": True,
            "device_state_changed_at": STAMP,
            "agent_running": True,
            "agent_state_changed_at": STAMP,
            "last_enrolled_at": None,
            "imp_type": "imp001",
            "ip_address": "203.0.113.17",
            "mac_address": f"0c:2a:69:05:{number // 256:02x}:{number % 256:02x}",
            "free_memory": 84152,
            "rssi": -51,
            "swversion": "1ae4c87 - release-36.13",
            "plan_id": None,
        },
        "relationships": {
            "devicegroup": {"type": "development_devicegroup", "id": "a8f48a11"},
            "product": {"type": "product", "id": "4e264cef"},
            "owner": {"type": "account", "id": "c1d61eef"},
        },
    }


def group(kind: str = "development_devicegroup", group_id: str = "a8f48a11") -> dict[str, Any]:
    return {
        "type": kind,
        "id": group_id,
        "attributes": {
            "name": "Thermostat dev",
            "description": "Bench devices",
            "env_vars": {"LOG_LEVEL": "debug"},
            "created_at": STAMP,
            "updated_at": STAMP,
        },
        "relationships": {"product": {"type": "product", "id": "4e264cef"}},
    }


def deployment() -> dict[str, Any]:
    return {
        "type": "deployment",
        "id": "25a7c3c8",
        "attributes": {
            "device_code": 'server.log("Device started");',
            "agent_code": 'server.log("Agent started");',
            "description": "First build",
            "origin": None,
            "flagged": False,
            "tags": ["v1"],
            "sha": "4c8a2f5e0b7d3e91a6f4c2b8d0e5a7f3c1b9d6e4a2f8c0b5d3e7a9f1c4b6d8e0",
            "created_at": STAMP,
            "updated_at": STAMP,
        },
        "relationships": {"devicegroup": {"type": "development_devicegroup", "id": "a8f48a11"}},
    }


def list_page(items: list[dict[str, Any]], path: str, next_page: int | None = None) -> Any:
    links: dict[str, Any] = {"self": f"{BASE}{path}?page[number]=1"}
    if next_page is not None:
        links["next"] = f"{BASE}{path}?page[number]={next_page}"
    return {"data": items, "links": links}


def warnings_of(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        r.getMessage()
        for r in caplog.records
        if r.name == "impcentral" and r.levelno == logging.WARNING
    ]


@pytest.fixture(autouse=True)
def _warnings(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="impcentral")


# --------------------------------------------------------------------------- well-formed


def test_a_well_formed_document_reads_typed_round_trips_and_logs_nothing(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    sent = {"data": device(1)}
    fake.on("GET", "/devices/d1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.devices.get("d1")
    assert got.data.type == "device"
    assert got.data.attributes.mac_address == "0c:2a:69:05:00:01"
    assert got.data.attributes.device_online is True
    assert got.data.attributes.device_state_changed_at == WHEN
    assert got.data.attributes.name is None
    assert got.to_dict() == sent
    assert warnings_of(caplog) == []


# --------------------------------------------------------------------------- date-times


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (None, "null; read as None"),
        ("", "'' is not a date-time; read as None"),
        ("yesterday", "'yesterday' is not a date-time; read as None"),
        (1532258869, "1532258869 is not a date-time; read as None"),
    ],
)
def test_a_bad_timestamp_where_one_is_always_sent_reads_as_none(
    fake: FakeApi, caplog: pytest.LogCaptureFixture, value: Any, shown: str
) -> None:
    sent = {"data": product()}
    sent["data"]["attributes"]["created_at"] = value
    fake.on("GET", "/products/p1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.products.get("p1")
    assert got.data.attributes.created_at is None
    assert got.data.attributes.updated_at == WHEN
    assert warnings_of(caplog) == [f"data.attributes.created_at: {shown}"]
    assert got.to_dict() == sent


def test_an_empty_nullable_timestamp_is_none_never_a_string(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    sent = {"data": device()}
    sent["data"]["attributes"]["last_enrolled_at"] = ""
    fake.on("GET", "/devices/d1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.devices.get("d1")
    assert got.data.attributes.last_enrolled_at is None
    assert warnings_of(caplog) == [
        "data.attributes.last_enrolled_at: '' is not a date-time; read as None"
    ]
    assert got.to_dict() == sent


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018-07-22T11:27:49Z", datetime(2018, 7, 22, 11, 27, 49, tzinfo=timezone.utc)),
        ("2018-07-22T11:27:49.6Z", datetime(2018, 7, 22, 11, 27, 49, 600000, timezone.utc)),
        ("2018-07-22T11:27:49.123456Z", datetime(2018, 7, 22, 11, 27, 49, 123456, timezone.utc)),
        (
            "2018-07-22T13:27:49.633+02:00",
            datetime(2018, 7, 22, 13, 27, 49, 633000, timezone(timedelta(hours=2))),
        ),
        ("2018-07-22T11:27:49.633-00:00", WHEN),
        ("2018-07-22t11:27:49.633z", WHEN),
        ("2018-07-22T11:27:49,633Z", WHEN),
        ("2018-07-22 11:27:49.633Z", WHEN),
        ("2016-12-31T23:59:60Z", datetime(2017, 1, 1, tzinfo=timezone.utc)),
    ],
)
def test_timestamps_in_any_rfc3339_precision_or_offset_are_aware(
    fake: FakeApi, caplog: pytest.LogCaptureFixture, text: str, expected: datetime
) -> None:
    sent = {"data": product()}
    sent["data"]["attributes"]["updated_at"] = text
    fake.on("GET", "/products/p1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.products.get("p1").data.attributes.updated_at
    assert got == expected
    assert got.tzinfo is not None
    assert warnings_of(caplog) == []


def test_nanosecond_timestamps_are_read_to_the_microsecond(fake: FakeApi) -> None:
    sent = {"data": product()}
    sent["data"]["attributes"]["updated_at"] = "2018-07-22T11:27:49.123456789Z"
    fake.on("GET", "/products/p1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.products.get("p1").data.attributes.updated_at
    assert got == datetime(2018, 7, 22, 11, 27, 49, 123456, tzinfo=timezone.utc)


def test_a_timestamp_without_offset_is_read_as_utc_and_reported(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    sent = {"data": product()}
    sent["data"]["attributes"]["updated_at"] = "2018-07-22T11:27:49.633"
    fake.on("GET", "/products/p1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.products.get("p1")
    assert got.data.attributes.updated_at == WHEN
    assert warnings_of(caplog) == [
        "data.attributes.updated_at: '2018-07-22T11:27:49.633' has no UTC offset; read as UTC"
    ]
    assert got.to_dict() == sent


def test_token_expiry_null_and_log_entry_ts_empty(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    fake.on(
        "POST",
        "/auth",
        httpx.Response(
            200,
            json={"access_token": "at-secret-1", "expires_in": 3600, "expires_at": None},
        ),
    )
    entries = [
        {"ts": STAMP, "type": "server.log", "msg": "one"},
        {"ts": "", "type": "server.log", "msg": "two"},
        {"ts": STAMP, "type": "agent.future_kind", "msg": "three"},
    ]
    fake.on("GET", "/devices/d1/logs", jsonapi(list_page(entries, "/devices/d1/logs")))
    with fake.sync_api() as api:
        tokens = api.auth.login("me@example.com", "password-1")
        logs = list(api.devices.get_all_logs("d1"))
        assert api.auth.access_token == "at-secret-1"
    assert tokens.expires_at is None
    assert tokens.expires_in == 3600
    assert [e.ts for e in logs] == [WHEN, None, WHEN]
    assert [e.type for e in logs] == ["server.log", "server.log", "agent.future_kind"]
    assert warnings_of(caplog) == [
        "expires_at: null; read as None",
        "data[1].ts: '' is not a date-time; read as None",
    ]
    assert all("at-secret-1" not in line for line in warnings_of(caplog))


# --------------------------------------------------------------------------- unions


def test_an_unknown_device_group_subtype_reads_as_the_generic_variant(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    sent: dict[str, Any] = {"data": group("cloud_test_devicegroup", "g9")}
    sent["data"]["attributes"]["test_mode"] = "fast"
    sent["data"]["relationships"]["tester"] = {"type": "account", "id": "c1"}
    sent["included"] = [{"type": "account", "id": "c1"}]
    fake.on("GET", "/devicegroups/g9", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.device_groups.get("g9")
    assert isinstance(got.data, OtherDeviceGroup)
    assert (got.data.id, got.data.type) == ("g9", "cloud_test_devicegroup")
    assert got.data.attributes.name == "Thermostat dev"
    assert got.data.attributes.created_at == WHEN
    assert got.data.attributes["test_mode"] == "fast"
    assert got.to_dict() == sent
    assert warnings_of(caplog) == [
        "data.type: 'cloud_test_devicegroup' is not a known type; read as OtherDeviceGroup"
    ]


def test_an_unknown_subtype_does_not_stop_a_walk_sync(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    first = [group("development_devicegroup", "g1"), group("future_devicegroup", "g2")]
    second = [group("production_devicegroup", "g3")]
    fake.on(
        "GET",
        "/devicegroups",
        [
            jsonapi(list_page(first, "/devicegroups", next_page=2)),
            jsonapi(list_page(second, "/devicegroups")),
        ],
    )
    with fake.sync_api() as api:
        groups = list(api.device_groups.list_all())
    assert [type(g) for g in groups] == [
        DevelopmentDeviceGroup,
        OtherDeviceGroup,
        ProductionDeviceGroup,
    ]
    assert [g.type for g in groups] == [
        "development_devicegroup",
        "future_devicegroup",
        "production_devicegroup",
    ]
    assert warnings_of(caplog) == [
        "data[1].type: 'future_devicegroup' is not a known type; read as OtherDeviceGroup"
    ]


async def test_an_odd_item_does_not_stop_a_walk_async(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    odd = device(2)
    odd["attributes"]["device_state_changed_at"] = "never"
    odd["relationships"]["devicegroup"] = None
    fake.on(
        "GET",
        "/devices",
        [
            jsonapi(list_page([device(1), odd], "/devices", next_page=2)),
            jsonapi(list_page([device(3)], "/devices")),
        ],
    )
    async with fake.async_api() as api:
        devices = [d async for d in api.devices.list_all()]
    assert [d.id for d in devices] == [device(n)["id"] for n in (1, 2, 3)]
    assert devices[1].attributes.device_state_changed_at is None
    assert devices[1].relationships is not None
    assert devices[1].relationships.devicegroup is None
    assert devices[1].to_dict() == odd
    assert warnings_of(caplog) == [
        "data[1].attributes.device_state_changed_at: 'never' is not a date-time; read as None"
    ]


def test_each_coerced_path_is_reported_once_per_document(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    items = [device(n) for n in range(3)]
    for item in items[1:]:
        item["attributes"]["agent_state_changed_at"] = ""
    fake.on("GET", "/devices", jsonapi(list_page(items, "/devices")))
    with fake.sync_api() as api:
        api.devices.list()
    assert warnings_of(caplog) == [
        f"data[{n}].attributes.agent_state_changed_at: '' is not a date-time; read as None"
        for n in (1, 2)
    ]


# --------------------------------------------------------------------------- kept as received


def test_null_linkage_and_relationships_are_kept(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    linkage = {"data": device()}
    linkage["data"]["relationships"]["devicegroup"] = None
    no_relationships = {"data": deployment()}
    no_relationships["data"]["relationships"] = None
    fake.on("GET", "/devices/d1", jsonapi(linkage))
    fake.on("GET", "/deployments/x1", jsonapi(no_relationships))
    with fake.sync_api() as api:
        got = api.devices.get("d1")
        record = api.deployments.get("x1")
    assert got.data.relationships is not None
    assert got.data.relationships.devicegroup is None
    assert got.data.relationships.product is not None
    assert got.to_dict() == linkage
    assert record.data.relationships is None
    assert record.to_dict() == no_relationships
    assert warnings_of(caplog) == []


def test_meta_of_another_shape_does_not_reject_a_write(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    sent = {"data": product()}
    sent["data"]["meta"] = {"warnings": 0}
    fake.on("PATCH", "/products/p1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.products.update("p1", {"description": "new"})
    assert got.data.attributes.name == "Smart Thermostat"
    assert got.data.meta is None
    assert got.to_dict() == sent
    assert warnings_of(caplog) == ["data.meta: dict instead of an array; read as None"]


def test_unknown_members_and_enum_values_are_kept(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    sent: dict[str, Any] = {"data": device(), "meta": {"total": 1}, "jsonapi": {"version": "1.0"}}
    sent["data"]["attributes"]["imp_type"] = "imp099"
    sent["data"]["attributes"]["battery"] = {"level": 0.5}
    sent["data"]["relationships"]["site"] = {"type": "site", "id": "s1"}
    sent["data"]["extra"] = [1, 2]
    hook = {
        "data": {
            "type": "webhook",
            "id": "w1",
            "attributes": {
                "url": "https://x.test/h",
                "event": "recall",
                "content_type": "text/xml",
            },
        }
    }
    fake.on("GET", "/devices/d1", jsonapi(sent))
    fake.on("GET", "/webhooks/w1", jsonapi(hook))
    with fake.sync_api() as api:
        got = api.devices.get("d1")
        webhook = api.webhooks.get("w1")
    assert got.data.attributes.imp_type == "imp099"
    assert got.data.attributes["battery"] == {"level": 0.5}
    assert got["meta"] == {"total": 1}
    assert got.to_dict() == sent
    assert (webhook.data.attributes.event, webhook.data.attributes.content_type) == (
        "recall",
        "text/xml",
    )
    assert webhook.to_dict() == hook
    assert warnings_of(caplog) == []


def test_a_value_of_the_wrong_shape_keeps_the_rest_of_the_document(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    sent = {"data": product()}
    sent["data"]["attributes"] = "Smart Thermostat"
    sent["data"]["links"] = ["self"]
    fake.on("GET", "/products/p1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.products.get("p1")
    assert got.data.id == product()["id"]
    assert got.data.attributes is None
    assert got.data.links is None
    assert got.to_dict() == sent
    assert warnings_of(caplog) == [
        "data.attributes: str instead of an object; read as None",
        "data.links: list instead of an object; read as None",
    ]


def test_changes_made_after_reading_win_over_what_was_received(fake: FakeApi) -> None:
    sent = {"data": product()}
    sent["data"]["attributes"]["created_at"] = ""
    fake.on("GET", "/products/p1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.products.get("p1")
    got.data.attributes.created_at = WHEN
    got.data.attributes.name = "Renamed"
    expected = copy.deepcopy(sent)
    expected["data"]["attributes"].update(created_at=STAMP, name="Renamed")
    assert got.to_dict() == expected


def test_the_deprecated_type_alias_still_reads(fake: FakeApi) -> None:
    fake.on("GET", "/devices/d1", jsonapi({"data": device()}))
    with fake.sync_api() as api:
        got = api.devices.get("d1")
    with pytest.deprecated_call():
        assert got.data.type_ == "device"


# --------------------------------------------------------------------------- bodies


def test_an_empty_2xx_body_where_a_document_was_expected_returns_none(fake: FakeApi) -> None:
    fake.on("PATCH", "/products/p1", httpx.Response(200, content=b""))
    fake.on("GET", "/products/p2", httpx.Response(204))
    with fake.sync_api() as api:
        assert api.products.update("p1", {"name": "n"}) is None
        assert api.products.get("p2") is None


@pytest.mark.parametrize(
    ("answer", "kind"),
    [
        ({"data": group()}, DeviceGroupDocument),
        ({"data": {"type": "deployment", "id": "25a7c3c8"}}, DeploymentLinkageDocument),
        ({"data": deployment()}, DeploymentDocument),
    ],
)
async def test_min_supported_deployment_reads_each_answer_typed(
    fake: FakeApi, caplog: pytest.LogCaptureFixture, answer: dict[str, Any], kind: type
) -> None:
    path = "/devicegroups/a8f48a11/relationships/min_supported_deployment"
    fake.on("PUT", path, jsonapi(answer))
    with fake.sync_api() as api:
        got = api.device_groups.update_min_supported_deployment("a8f48a11", "25a7c3c8")
    async with fake.async_api() as async_api:
        got_async = await async_api.device_groups.update_min_supported_deployment(
            "a8f48a11", "25a7c3c8"
        )
    assert type(got) is kind
    assert type(got_async) is kind
    assert got is not None and got.to_dict() == answer
    assert warnings_of(caplog) == []
    sent = json.loads(fake.calls("PUT", path)[0].content)
    assert sent == {"data": {"type": "deployment", "id": "25a7c3c8"}}


def test_min_supported_deployment_accepts_204(fake: FakeApi) -> None:
    path = "/devicegroups/a8f48a11/relationships/min_supported_deployment"
    fake.on("PUT", path, httpx.Response(204))
    with fake.sync_api() as api:
        assert api.device_groups.update_min_supported_deployment("a8f48a11", "25a7c3c8") is None


@pytest.mark.parametrize(
    ("status", "body", "kind", "message"),
    [
        (400, b'{"message": "Bad filter value"}', BadRequestError, ": Bad filter value"),
        (
            404,
            b"<html><head><title>404 Not Found</title></head><body>nginx</body></html>",
            NotFoundError,
            ": 404 Not Found",
        ),
        (429, b"", RateLimitError, ""),
        (502, b"<h1>Bad gateway</h1>", InternalServerError, ": Bad gateway"),
    ],
)
def test_error_bodies_that_are_not_jsonapi(
    fake: FakeApi, status: int, body: bytes, kind: type[Exception], message: str
) -> None:
    fake.on("GET", "/products/p1", httpx.Response(status, content=body))
    with fake.sync_api(max_retries=0) as api, pytest.raises(kind) as caught:
        api.products.get("p1")
    assert str(caught.value) == f"impCentral API error HTTP/{status}{message}"


def test_an_empty_answer_to_a_login_is_an_unreadable_response(fake: FakeApi) -> None:
    fake.on("POST", "/auth", httpx.Response(200, content=b""))
    with fake.sync_api() as api, pytest.raises(APIResponseValidationError):
        api.auth.login("me@example.com", "password-1")


def test_secrets_stay_out_of_reprs_and_coercion_reports(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    key = {
        "type": "login_key",
        "id": "7d8e6670aa285e9d",
        "links": {"self": f"{BASE}/accounts/me/login_keys/7d8e6670aa285e9d"},
        "attributes": {"description": "CI", "usages": 0, "created_at": "", "updated_at": STAMP},
    }
    fake.on("GET", "/accounts/me/login_keys/7d8e6670aa285e9d", jsonapi({"data": key}))
    fake.on(
        "POST",
        "/auth",
        httpx.Response(
            200,
            json={
                "access_token": "at-secret-2",
                "refresh_token": "rt-secret-2",
                "expires_in": 3600,
                "expires_at": "soon",
            },
        ),
    )
    with fake.sync_api() as api:
        got = api.accounts.get_login_key("7d8e6670aa285e9d")
        tokens = api.auth.login("me@example.com", "password-2")
    shown = repr(got) + repr(tokens) + "\n".join(warnings_of(caplog))
    for secret in ("7d8e6670aa285e9d", "at-secret-2", "rt-secret-2", "password-2"):
        assert secret not in shown
    assert warnings_of(caplog) == [
        "data.attributes.created_at: '' is not a date-time; read as None",
        "expires_at: 'soon' is not a date-time; read as None",
    ]


def test_a_page_without_data_does_not_stop_a_walk(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    empty = list_page([], "/devices", next_page=2)
    empty["data"] = None
    fake.on(
        "GET",
        "/devices",
        [jsonapi(empty), jsonapi(list_page([device(7)], "/devices"))],
    )
    with fake.sync_api() as api:
        devices = list(api.devices.list_all())
    assert [d.id for d in devices] == [device(7)["id"]]
    assert warnings_of(caplog) == ["data: null; read as None"]


def test_copies_and_pickles_keep_what_was_received(fake: FakeApi) -> None:
    sent = {"data": device()}
    del sent["data"]["attributes"]["plan_id"]
    sent["data"]["attributes"]["last_enrolled_at"] = ""
    fake.on("GET", "/devices/d1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.devices.get("d1")
    for again in (copy.copy(got), copy.deepcopy(got), pickle.loads(pickle.dumps(got))):
        assert again == got
        assert again.to_dict() == sent
    assert attrs.asdict(got)["data"]["attributes"]["mac_address"] == "0c:2a:69:05:00:00"


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("device_online", "true", "'true' is not bool; read as None"),
        ("free_memory", "84152", "'84152' is not int; read as None"),
        ("mac_address", 12, "12 is not str; read as None"),
        ("imp_type", ["imp001"], "['imp001'] is not str; read as None"),
    ],
)
def test_a_scalar_of_another_json_type_reads_as_none(
    fake: FakeApi, caplog: pytest.LogCaptureFixture, field: str, value: Any, reason: str
) -> None:
    sent = {"data": device()}
    sent["data"]["attributes"][field] = value
    fake.on("GET", "/devices/d1", jsonapi(sent))
    with fake.sync_api() as api:
        got = api.devices.get("d1")
    assert getattr(got.data.attributes, field) is None
    assert got.data.attributes.swversion == "1ae4c87 - release-36.13"
    assert warnings_of(caplog) == [f"data.attributes.{field}: {reason}"]
    assert got.to_dict() == sent


def test_a_secret_of_another_type_is_not_quoted(
    fake: FakeApi, caplog: pytest.LogCaptureFixture
) -> None:
    fake.on(
        "POST",
        "/auth/token",
        httpx.Response(
            200, json={"access_token": 987654321, "expires_in": 60, "expires_at": STAMP}
        ),
    )
    with fake.sync_api() as api, pytest.raises(APIResponseValidationError) as raised:
        api.auth.get_access_token("login-key-1")  # a token exchange without a usable token
    assert "987654321" not in str(raised.value)
    assert warnings_of(caplog) == ["access_token: <int> is not str; read as None"]
