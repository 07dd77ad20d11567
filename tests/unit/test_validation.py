"""Every argument check raises InvalidDataError with the Node client's message, before sending."""

from __future__ import annotations

import asyncio
import json
import typing
from collections.abc import Callable
from typing import Any

import pytest

from impcentral import (
    AsyncImpCentralApi,
    AuthenticationError,
    Deployments,
    DeviceGroups,
    Devices,
    ImpCentralApi,
    InvalidDataError,
    Products,
    Webhooks,
    models,
)
from impcentral._constants import DEVICE_GROUP_TYPES
from impcentral._validation import keys_of

from .conftest import FakeApi, error, jsonapi

DEV = DeviceGroups.TYPE_DEVELOPMENT
FIXTURE = DeviceGroups.TYPE_FACTORY_FIXTURE
PROD_TARGET = {"type": DeviceGroups.TYPE_PRODUCTION, "id": "t1"}
DUT_TARGET = {"type": DeviceGroups.TYPE_DUT, "id": "t2"}
FIXTURES = '"pre_factoryfixture_devicegroup" and "factoryfixture_devicegroup"'
PRODUCTION = '"pre_production_devicegroup" {} "production_devicegroup"'
HOOK = {"url": "https://h", "event": "deployment", "content_type": Webhooks.CONTENT_TYPE_JSON}
Call = Callable[[Any], Any]

CASES: list[tuple[str, Call, str]] = [
    # generic entity rules
    ("get id", lambda a: a.products.get(""), 'Non empty "id" parameter required'),
    ("get None", lambda a: a.products.get(None), 'Non empty "id" parameter required'),
    ("delete id", lambda a: a.products.delete(""), 'Non empty "id" parameter required'),
    ("update id", lambda a: a.products.update("", {}), 'Non empty "id" parameter required'),
    (
        "filter key",
        lambda a: a.products.list({"filter[name]": "x"}),
        'Invalid key "filter[name]" in "filters" parameter',
    ),
    (
        "filter type",
        lambda a: a.products.list("filter[owner.id]=x"),
        'Wrong type of "filters" parameter, Object expected',
    ),
    (
        "page number 0",
        lambda a: a.products.list(None, 0),
        'Invalid parameter "pageName": positive integer required',
    ),
    (
        "page number bool",
        lambda a: a.products.list(None, True),
        'Invalid parameter "pageName": positive integer required',
    ),
    (
        "page number float",
        lambda a: a.products.list(None, 1.5),
        'Invalid parameter "pageName": positive integer required',
    ),
    (
        "page size",
        lambda a: a.products.list(None, 1, -5),
        'Invalid parameter "pageSize": positive integer required',
    ),
    (
        "page size str",
        lambda a: a.webhooks.list(None, None, "10"),
        'Invalid parameter "pageSize": positive integer required',
    ),
    (
        "list_all page size",
        lambda a: a.products.list_all(page_size=0),
        'Invalid parameter "pageSize": positive integer required',
    ),
    (
        "required attribute",
        lambda a: a.products.create({"description": "d"}),
        'Required key "name" absent in "attributes" parameter',
    ),
    (
        "None attributes on create",
        lambda a: a.products.create(None),
        'Required key "name" absent in "attributes" parameter',
    ),
    (
        "unknown attribute",
        lambda a: a.products.create({"name": "n", "colour": "red"}),
        'Invalid key "colour" in "attributes" parameter',
    ),
    (
        "attributes type",
        lambda a: a.products.create(["name"]),
        'Wrong type of "attributes" parameter, Object expected',
    ),
    (
        "update unknown attribute",
        lambda a: a.products.update("p1", {"owner": "x"}),
        'Invalid key "owner" in "attributes" parameter',
    ),
    # accounts and login keys
    ("account id", lambda a: a.accounts.get(""), 'Non empty "id" parameter required'),
    (
        "accounts page",
        lambda a: a.accounts.list(0),
        'Invalid parameter "pageName": positive integer required',
    ),
    (
        "login keys page",
        lambda a: a.accounts.list_login_keys(1, 0),
        'Invalid parameter "pageSize": positive integer required',
    ),
    (
        "accounts have no filters",
        lambda a: a.accounts.list_all({"filter[owner.id]": "x"}),
        'Invalid key "filter[owner.id]" in "filters" parameter',
    ),
    (
        "create key password",
        lambda a: a.accounts.create_login_key(""),
        'Non empty "password" parameter required',
    ),
    (
        "create key attribute",
        lambda a: a.accounts.create_login_key("pw", {"name": "x"}),
        'Invalid key "name" in "attributes" parameter',
    ),
    ("get key id", lambda a: a.accounts.get_login_key(""), 'Non empty "id" parameter required'),
    (
        "update key password first",
        lambda a: a.accounts.update_login_key("", ""),
        'Non empty "password" parameter required',
    ),
    (
        "update key id",
        lambda a: a.accounts.update_login_key("", "pw"),
        'Non empty "id" parameter required',
    ),
    (
        "update key attribute",
        lambda a: a.accounts.update_login_key("k", "pw", {"usages": 1}),
        'Invalid key "usages" in "attributes" parameter',
    ),
    (
        "delete key password first",
        lambda a: a.accounts.delete_login_key("", None),
        'Non empty "password" parameter required',
    ),
    (
        "delete key id",
        lambda a: a.accounts.delete_login_key("", "pw"),
        'Non empty "id" parameter required',
    ),
    # auth
    ("login id", lambda a: a.auth.login("", "pw"), 'Non empty "id" parameter required'),
    ("otp", lambda a: a.auth.login_with_otp("", "t"), 'Non empty "otp" parameter required'),
    (
        "login token",
        lambda a: a.auth.login_with_otp("123456", ""),
        'Non empty "loginToken" parameter required',
    ),
    (
        "refresh token",
        lambda a: a.auth.refresh_access_token(),
        'Non empty "refreshToken" parameter required',
    ),
    ("login key", lambda a: a.auth.get_access_token(""), 'Non empty "loginKey" parameter required'),
    (
        "refresh token id",
        lambda a: a.auth.delete_refresh_token(""),
        'Non empty "id" parameter required',
    ),
    # device groups
    (
        "dg filter type",
        lambda a: a.device_groups.list({DeviceGroups.FILTER_TYPE: "lab"}),
        'Wrong "filter[type]" parameter value: "lab"',
    ),
    (
        "dg filter key",
        lambda a: a.device_groups.list({"filter[devicegroup.id]": "g"}),
        'Invalid key "filter[devicegroup.id]" in "filters" parameter',
    ),
    (
        "dg create product id",
        lambda a: a.device_groups.create("", DEV, {"name": "g"}),
        'Non empty "id" parameter required',
    ),
    (
        "dg create type",
        lambda a: a.device_groups.create("p", "lab_devicegroup", {"name": "g"}),
        'Wrong "type" parameter value: "lab_devicegroup"',
    ),
    (
        "production target on development group",
        lambda a: a.device_groups.create("p", DEV, {"name": "g"}, PROD_TARGET),
        f"productionTarget can be specified for {FIXTURES} Device Groups only",
    ),
    (
        "dut target on development group",
        lambda a: a.device_groups.create("p", DEV, {"name": "g"}, None, DUT_TARGET),
        f"dutTarget can be specified for {FIXTURES} Device Groups only",
    ),
    (
        "fixture without production target",
        lambda a: a.device_groups.create("p", FIXTURE, {"name": "g"}),
        f"productionTarget must be specified for {FIXTURES} Device Groups",
    ),
    (
        "fixture without dut target",
        lambda a: a.device_groups.create("p", FIXTURE, {"name": "g"}, PROD_TARGET),
        f"dutTarget must be specified for {FIXTURES} Device Groups",
    ),
    (
        "production target type",
        lambda a: a.device_groups.create(
            "p", FIXTURE, {"name": "g"}, {"type": DEV, "id": "t"}, DUT_TARGET
        ),
        f'Wrong "productionTarget.type" parameter value: "{DEV}"',
    ),
    (
        "dut target type",
        lambda a: a.device_groups.create("p", FIXTURE, {"name": "g"}, PROD_TARGET, PROD_TARGET),
        f'Wrong "dutTarget.type" parameter value: "{DeviceGroups.TYPE_PRODUCTION}"',
    ),
    (
        "target id",
        lambda a: a.device_groups.create(
            "p", FIXTURE, {"name": "g"}, {"type": DeviceGroups.TYPE_PRODUCTION}, DUT_TARGET
        ),
        'Required key "id" absent in "productionTarget" parameter',
    ),
    (
        "target key",
        lambda a: a.device_groups.create(
            "p", FIXTURE, {"name": "g"}, PROD_TARGET, {**DUT_TARGET, "name": "x"}
        ),
        'Invalid key "name" in "dutTarget" parameter',
    ),
    (
        "target type",
        lambda a: a.device_groups.create("p", FIXTURE, {"name": "g"}, "t1", DUT_TARGET),
        'Wrong type of "productionTarget" parameter, Object expected',
    ),
    (
        "region on development group",
        lambda a: a.device_groups.create("p", DEV, {"name": "g", "region": "eu"}),
        f"region may be specified for {PRODUCTION.format('or')} device groups only",
    ),
    (
        "dg create unknown attribute",
        lambda a: a.device_groups.create("p", DEV, {"name": "g", "load_code_after_blessing": 1}),
        'Invalid key "load_code_after_blessing" in "attributes" parameter',
    ),
    (
        "dg create name",
        lambda a: a.device_groups.create("p", DEV, {"description": "d"}),
        'Required key "name" absent in "attributes" parameter',
    ),
    (
        "dg update type",
        lambda a: a.device_groups.update("g", "", {}),
        'Wrong "type" parameter value: ""',
    ),
    (
        "load_code_after_blessing on development group",
        lambda a: a.device_groups.update("g", DEV, {"load_code_after_blessing": False}),
        f"load_code_after_blessing can be specified for {PRODUCTION.format('and')} "
        "device groups only",
    ),
    (
        "dg update target",
        lambda a: a.device_groups.update("g", DEV, {}, PROD_TARGET),
        f"productionTarget can be specified for {FIXTURES} Device Groups only",
    ),
    (
        "dg update id",
        lambda a: a.device_groups.update("", DEV, {"name": "n"}),
        'Non empty "id" parameter required',
    ),
    (
        "dg update region",
        lambda a: a.device_groups.update("g", DeviceGroups.TYPE_PRODUCTION, {"region": "eu"}),
        'Invalid key "region" in "attributes" parameter',
    ),
    ("dg get", lambda a: a.device_groups.get(""), 'Non empty "id" parameter required'),
    ("dg delete", lambda a: a.device_groups.delete(""), 'Non empty "id" parameter required'),
    (
        "dg restart",
        lambda a: a.device_groups.restart_devices(""),
        'Non empty "id" parameter required',
    ),
    (
        "dg conditional restart",
        lambda a: a.device_groups.conditional_restart_devices(""),
        'Non empty "id" parameter required',
    ),
    (
        "dg add",
        lambda a: a.device_groups.add_devices("", "d1"),
        'Non empty "id" parameter required',
    ),
    (
        "dg remove",
        lambda a: a.device_groups.remove_devices("", "d1", unbond_key="k"),
        'Non empty "id" parameter required',
    ),
    (
        "min supported group",
        lambda a: a.device_groups.update_min_supported_deployment("", "dep"),
        'Non empty "id" parameter required',
    ),
    (
        "min supported deployment",
        lambda a: a.device_groups.update_min_supported_deployment("g", ""),
        'Non empty "deploymentId" parameter required',
    ),
    # devices
    (
        "device filter dg type",
        lambda a: a.devices.list({"filter[devicegroup.type]": "lab"}),
        'Wrong "filter[devicegroup.type]" parameter value: "lab"',
    ),
    (
        "device filter key",
        lambda a: a.devices.list({"filter[flagged]": True}),
        'Invalid key "filter[flagged]" in "filters" parameter',
    ),
    ("device get", lambda a: a.devices.get(""), 'Non empty "id" parameter required'),
    (
        "device update attribute",
        lambda a: a.devices.update("d", {"agent_id": "x"}),
        'Invalid key "agent_id" in "attributes" parameter',
    ),
    ("device restart", lambda a: a.devices.restart(""), 'Non empty "id" parameter required'),
    (
        "device conditional restart",
        lambda a: a.devices.conditional_restart(""),
        'Non empty "id" parameter required',
    ),
    ("device delete", lambda a: a.devices.delete(""), 'Non empty "id" parameter required'),
    ("logs id", lambda a: a.devices.get_logs(""), 'Non empty "id" parameter required'),
    (
        "logs page",
        lambda a: a.devices.get_logs("d", -1),
        'Invalid parameter "pageName": positive integer required',
    ),
    ("all logs id", lambda a: a.devices.get_all_logs(""), 'Non empty "id" parameter required'),
    # deployments
    (
        "deployment group id",
        lambda a: a.deployments.create("", DEV, {}),
        'Non empty "id" parameter required',
    ),
    (
        "deployment group type",
        lambda a: a.deployments.create("g", "development", {}),
        'Wrong "deviceGroupType" parameter value: "development"',
    ),
    (
        "deployment required",
        lambda a: a.deployments.create("g", DEV, {"device_code": "x"}),
        'Required key "agent_code" absent in "attributes" parameter',
    ),
    (
        "deployment update origin",
        lambda a: a.deployments.update("dep", {"origin": "git"}),
        'Invalid key "origin" in "attributes" parameter',
    ),
    (
        "deployment filter",
        lambda a: a.deployments.list({"filter[name]": "x"}),
        'Invalid key "filter[name]" in "filters" parameter',
    ),
    # webhooks
    (
        "webhook group type",
        lambda a: a.webhooks.create("g", None, HOOK),
        'Wrong "deviceGroupType" parameter value: "None"',
    ),
    (
        "webhook event",
        lambda a: a.webhooks.create("g", DEV, {**HOOK, "event": "restart"}),
        'Wrong "event" parameter value: "restart"',
    ),
    (
        "webhook content type",
        lambda a: a.webhooks.create("g", DEV, {**HOOK, "content_type": "text/plain"}),
        'Wrong "content_type" parameter value: "text/plain"',
    ),
    (
        "webhook required",
        lambda a: a.webhooks.create("g", DEV, {"event": "deployment", "url": "u"}),
        'Required key "content_type" absent in "attributes" parameter',
    ),
    (
        "webhook update content type first",
        lambda a: a.webhooks.update("", {"content_type": "text/xml"}),
        'Wrong "content_type" parameter value: "text/xml"',
    ),
    (
        "webhook update id",
        lambda a: a.webhooks.update("", {"url": "u"}),
        'Non empty "id" parameter required',
    ),
    (
        "webhook update event",
        lambda a: a.webhooks.update("w", {"event": "blessing"}),
        'Invalid key "event" in "attributes" parameter',
    ),
]


def _run_sync(client: ImpCentralApi, call: Call) -> None:
    result = call(client)
    if hasattr(result, "__next__"):
        next(result)


def _run_async(client: AsyncImpCentralApi, call: Call) -> None:
    async def run() -> None:
        result = call(client)
        if hasattr(result, "__anext__"):
            await result.__anext__()
        else:
            await result

    asyncio.run(run())


@pytest.mark.parametrize(("case", "call", "message"), CASES, ids=[c[0] for c in CASES])
def test_sync_message(fake: FakeApi, case: str, call: Call, message: str) -> None:
    with fake.sync_api() as client, pytest.raises(InvalidDataError) as raised:
        _run_sync(client, call)
    assert str(raised.value) == message
    assert raised.value.message == message
    assert fake.requests == []


@pytest.mark.parametrize(("case", "call", "message"), CASES, ids=[c[0] for c in CASES])
def test_async_message(fake: FakeApi, case: str, call: Call, message: str) -> None:
    client = fake.async_api()
    with pytest.raises(InvalidDataError) as raised:
        _run_async(client, call)
    assert str(raised.value) == message
    assert fake.requests == []


def test_no_token_is_refused_before_sending(fake: FakeApi) -> None:
    with fake.sync_api(access_token=None) as client, pytest.raises(InvalidDataError) as raised:
        client.products.list()
    assert str(raised.value) == "Library initialization failed: access_token is not set"
    assert fake.requests == []


def test_async_no_token_is_refused_before_sending(fake: FakeApi) -> None:
    client = fake.async_api(access_token=None)
    with pytest.raises(InvalidDataError, match="access_token is not set"):
        asyncio.run(client.devices.get("d1"))
    assert fake.requests == []


def test_login_does_not_need_a_password_check(fake: FakeApi) -> None:
    """Like the Node client (since 1.3.1) an empty password goes to the server."""
    fake.on("POST", "/auth", error(401, "Invalid Credentials", "The login id or password is wrong"))
    client = fake.sync_api(access_token=None, max_retries=0)
    with client, pytest.raises(AuthenticationError):
        client.auth.login("me@example.com", "")
    assert len(fake.requests) == 1


# The keys each ``attributes`` argument allows and requires come from the generated TypedDicts of
# the spec's create/update schemas; these pin the result for every call, in the Node client's order.
ATTRIBUTE_KEYS: list[tuple[tuple[type, ...], dict[str, bool]]] = [
    ((models.ProductCreateAttributesDict,), {"name": True, "description": False}),
    ((models.ProductUpdateAttributesDict,), {"name": False, "description": False}),
    (
        (
            models.DeviceGroupCreateAttributesDict,
            models.ProductionDeviceGroupCreateAttributesDict,
        ),
        {"name": True, "description": False, "env_vars": False, "region": False},
    ),
    (
        (
            models.DeviceGroupUpdateAttributesDict,
            models.ProductionDeviceGroupUpdateAttributesDict,
        ),
        {"name": False, "description": False, "env_vars": False, "load_code_after_blessing": False},
    ),
    ((models.DeviceUpdateAttributesDict,), {"name": False}),
    (
        (models.DeploymentCreateAttributesDict,),
        {
            "device_code": True,
            "agent_code": True,
            "description": False,
            "origin": False,
            "flagged": False,
            "tags": False,
        },
    ),
    (
        (models.DeploymentUpdateAttributesDict,),
        {"description": False, "flagged": False, "tags": False},
    ),
    (
        (models.WebhookCreateAttributesDict,),
        {"url": True, "event": True, "content_type": True},
    ),
    ((models.WebhookUpdateAttributesDict,), {"url": False, "content_type": False}),
    ((models.LoginKeyWriteAttributesDict,), {"description": False}),
]


@pytest.mark.parametrize(("schemas", "keys"), ATTRIBUTE_KEYS)
def test_attribute_keys_come_from_the_generated_typeddicts(
    schemas: tuple[type, ...], keys: dict[str, bool]
) -> None:
    assert keys_of(*schemas) == keys


def test_a_device_name_may_be_reset_with_null_or_empty(fake: FakeApi) -> None:
    device = {"type": "device", "id": "d1", "attributes": {"name": None, "mac_address": "m"}}
    fake.on("PATCH", "/devices/d1", jsonapi({"data": device}))
    with fake.sync_api() as api:
        api.devices.update("d1", {"name": None})
        api.devices.update("d1", {"name": ""})
    sent = [json.loads(request.content) for request in fake.calls("PATCH", "/devices/d1")]
    assert [body["data"]["attributes"] for body in sent] == [{"name": None}, {"name": ""}]


def test_the_literal_aliases_list_the_constants() -> None:
    assert set(typing.get_args(models.DeviceGroupType)) == set(DEVICE_GROUP_TYPES)
    for constants, alias in (
        (Products, models.ProductFilter),
        (DeviceGroups, models.DeviceGroupFilter),
        (Devices, models.DeviceFilter),
        (Deployments, models.DeploymentFilter),
        (Webhooks, models.WebhookFilter),
    ):
        keys = {v for k, v in vars(constants).items() if k.startswith("FILTER_")}
        assert set(typing.get_args(alias)) == keys, constants
