"""Accounts and login keys (long-lived credentials whose id is the secret)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from impcentral.emulator.auth import authenticate, check_password_header
from impcentral.emulator.errors import DEPENDENT_RESOURCES, conflict, not_found
from impcentral.emulator.jsonapi import (
    UPDATE_MEMBERS,
    UPDATE_REQUIRED,
    api_base,
    check_id_matches,
    check_keys,
    document,
    no_content,
    page_of,
    parse_query,
    read_json,
    resource_input,
    string_attribute,
)
from impcentral.emulator.resources.records import owned
from impcentral.emulator.routing import route
from impcentral.emulator.state import Account, LoginKey, iso

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

MAX_DESCRIPTION = 255
#: A realistic cap on login keys per account; the service documents "a limited number".
MAX_LOGIN_KEYS = 100


def render_account(account: Account, base: str) -> dict[str, Any]:
    return {
        "type": "account",
        "id": account.id,
        "links": {"self": f"{base}/accounts/{account.id}"},
        "attributes": {"username": account.username, "email": account.email},
    }


def render_login_key(key: LoginKey, base: str) -> dict[str, Any]:
    return {
        "type": "login_key",
        "id": key.id,
        "links": {"self": f"{base}/accounts/me/login_keys/{key.id}"},
        "attributes": {
            "description": key.description,
            "usages": key.usages,
            "created_at": iso(key.created_at),
            "updated_at": iso(key.updated_at),
        },
    }


async def list_accounts(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    query = parse_query(request)
    base = api_base(request)
    return page_of(request, query, [account], lambda a: render_account(a, base))


async def get_account(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    wanted = request.path_params["account_id"]
    if wanted not in ("me", account.id):
        raise not_found("account", wanted)
    return document({"data": render_account(account, api_base(request))})


def _login_key(emu: Emulator, request: Request, account: Account) -> LoginKey:
    """The login key in the URL, owned by ``account``; its id is the key, so never echoed."""
    key_id = request.path_params["login_key_id"]
    return owned(emu.store.login_keys, key_id, account, "login key", secret=True)


async def list_login_keys(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    query = parse_query(request)
    base = api_base(request)
    keys = (k for k in emu.store.login_keys.values() if k.owner_id == account.id)
    return page_of(request, query, keys, lambda k: render_login_key(k, base))


async def create_login_key(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    check_password_header(request, account)
    data = resource_input(
        await read_json(request),
        ("login_key",),
        members=("type", "attributes"),
        required=("type",),
    )
    check_keys(data.attributes, ("description",), "login key attribute")
    description = string_attribute(data.attributes, "description", max_length=MAX_DESCRIPTION)
    store = emu.store
    if sum(k.owner_id == account.id for k in store.login_keys.values()) >= MAX_LOGIN_KEYS:
        raise conflict(
            DEPENDENT_RESOURCES,
            "Too Many Login Keys",
            f"An account can have at most {MAX_LOGIN_KEYS} login keys; delete one first.",
        )
    now = time.time()
    key = LoginKey(
        id=store.ids.hex(16),
        owner_id=account.id,
        description=description or "",
        usages=0,
        created_at=now,
        updated_at=now,
    )
    store.login_keys[key.id] = key
    return document({"data": render_login_key(key, api_base(request))}, status=201)


async def get_login_key(emu: Emulator, request: Request) -> Response:
    key = _login_key(emu, request, authenticate(emu, request))
    return document({"data": render_login_key(key, api_base(request))})


async def update_login_key(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    key = _login_key(emu, request, account)
    check_password_header(request, account)
    data = resource_input(
        await read_json(request),
        ("login_key",),
        members=UPDATE_MEMBERS,
        required=UPDATE_REQUIRED,
    )
    check_id_matches(data.id, key.id)
    check_keys(data.attributes, ("description",), "login key attribute")
    description = string_attribute(data.attributes, "description", max_length=MAX_DESCRIPTION)
    if description is not None:
        key.description = description
    key.updated_at = time.time()
    return document({"data": render_login_key(key, api_base(request))})


async def delete_login_key(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    key = _login_key(emu, request, account)
    check_password_header(request, account)
    del emu.store.login_keys[key.id]
    return no_content()


def routes(emu: Emulator) -> list[Route]:
    return [
        route(emu, "/accounts", GET=list_accounts),
        route(emu, "/accounts/me/login_keys", GET=list_login_keys, POST=create_login_key),
        route(
            emu,
            "/accounts/me/login_keys/{login_key_id}",
            GET=get_login_key,
            PATCH=update_login_key,
            DELETE=delete_login_key,
        ),
        route(emu, "/accounts/{account_id}", GET=get_account),
    ]
