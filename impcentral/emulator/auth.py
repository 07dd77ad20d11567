"""Authentication: password and 2FA login, refresh tokens, login-key exchange, bearer checks."""

from __future__ import annotations

import secrets
import time
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from impcentral.emulator.errors import (
    INVALID_CREDENTIALS,
    INVALID_HEADER,
    INVALID_PERMISSION,
    OTP_REQUIRED,
    ApiError,
    bad_request,
    not_found,
)
from impcentral.emulator.jsonapi import (
    api_base,
    check_keys,
    document,
    no_content,
    page_of,
    parse_query,
    read_json,
)
from impcentral.emulator.routing import route
from impcentral.emulator.state import Account, PendingOtpLogin, RefreshToken, iso

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

#: How long the ``login_token`` of the first 2FA step stays usable.
OTP_LOGIN_TTL = 300.0
_JSON = "application/json"


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def authenticate(emu: Emulator, request: Request) -> Account:
    """The account behind the request's bearer token; 401 when it is missing, unknown or expired."""
    token = bearer_token(request)
    if token is None:
        raise ApiError(
            401,
            INVALID_CREDENTIALS,
            "An access token is required: send 'Authorization: Bearer <token>'.",
            title="Invalid Credentials",
        )
    store = emu.store
    record = store.access_tokens.get(token)
    if record is None:
        raise ApiError(
            401, INVALID_CREDENTIALS, "The access token is not valid.", title="Invalid Credentials"
        )
    if record.expires_at <= time.time():
        del store.access_tokens[token]
        raise ApiError(
            401, INVALID_CREDENTIALS, "The access token has expired.", title="Invalid Credentials"
        )
    return store.accounts[record.account_id]


def check_password_header(request: Request, account: Account) -> None:
    """Login-key writes re-confirm the account password in ``X-Electricimp-Password``."""
    given = request.headers.get("x-electricimp-password")
    if not given or not secrets.compare_digest(given.encode(), account.password.encode()):
        raise ApiError(
            403,
            INVALID_PERMISSION,
            "Confirm this change with the account password in 'X-Electricimp-Password'.",
            title="Invalid Permission",
        )


def _invalid_credentials() -> ApiError:
    return ApiError(
        401,
        INVALID_CREDENTIALS,
        "The login id or password is not correct.",
        title="Invalid Credentials",
    )


def _token_response(emu: Emulator, account: Account, *, with_refresh: bool) -> Response:
    now = time.time()
    token, record = emu.store.issue_access_token(account.id, now)
    body: dict[str, Any] = {
        "access_token": token,
        "expires_in": max(1, round(emu.config.token_ttl)),
        "expires_at": iso(record.expires_at),
    }
    if with_refresh:
        body["refresh_token"] = emu.store.issue_refresh_token(account.id, now).token
    return document(body, media_type=_JSON)


def _string_field(body: dict[str, Any], key: str) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value:
        raise bad_request(f"'{key}' must be a non-empty string.")
    return value


async def _read_object(request: Request) -> dict[str, Any]:
    body = await read_json(request)
    if not isinstance(body, dict):
        raise bad_request("The request body must be a JSON object.")
    return body


async def login(emu: Emulator, request: Request) -> Response:
    body = await _read_object(request)
    store = emu.store
    if request.headers.get("x-electricimp-otp-token") == "":
        raise ApiError(
            400,
            INVALID_HEADER,
            "'X-Electricimp-OTP-Token' must not be empty.",
            title="Invalid Header",
        )
    if "login_token" in body:
        check_keys(body, ("login_token",), "member of a two-factor login")
        pending_key = _string_field(body, "login_token")
        otp = request.headers.get("x-electricimp-otp-token")
        if not otp:
            raise ApiError(
                401,
                INVALID_CREDENTIALS,
                "Send the one-time password in 'X-Electricimp-OTP-Token' with the login token.",
                title="Invalid Credentials",
            )
        pending = store.otp_logins.get(pending_key)
        if pending is None or pending.expires_at <= time.time():
            store.otp_logins.pop(pending_key, None)
            raise ApiError(
                401,
                INVALID_CREDENTIALS,
                "The login token is not valid.",
                title="Invalid Credentials",
            )
        account = store.accounts[pending.account_id]
        expected = account.otp_code or ""
        if not secrets.compare_digest(otp.encode(), expected.encode()):
            raise ApiError(
                401,
                INVALID_CREDENTIALS,
                "The one-time password is not correct.",
                title="Invalid Credentials",
            )
        del store.otp_logins[pending_key]
        return _token_response(emu, account, with_refresh=True)

    check_keys(body, ("id", "password"), "member of a login")
    login_id = _string_field(body, "id")
    password = body.get("password")
    if not isinstance(password, str):
        raise bad_request("'password' must be a string.")
    found = store.find_account_by_login(login_id)
    if found is None or not secrets.compare_digest(password.encode(), found.password.encode()):
        raise _invalid_credentials()
    account = found
    if account.otp_code:
        now = time.time()
        pending_key = secrets.token_urlsafe(32)
        store.otp_logins = {k: v for k, v in store.otp_logins.items() if v.expires_at > now}
        store.otp_logins[pending_key] = PendingOtpLogin(account.id, now + OTP_LOGIN_TTL)
        raise ApiError(
            403,
            OTP_REQUIRED,
            "Two-factor authentication is on: repeat the login with this login token and the "
            "one-time password in 'X-Electricimp-OTP-Token'.",
            title="Multi-Factor Authentication Required",
            meta={"login_token": pending_key, "expires_at": iso(now + OTP_LOGIN_TTL)},
        )
    return _token_response(emu, account, with_refresh=True)


async def create_access_token(emu: Emulator, request: Request) -> Response:
    body = await _read_object(request)
    store = emu.store
    if "token" in body:
        check_keys(body, ("token",), "member of a refresh")
        refresh = store.refresh_tokens_by_value.get(_string_field(body, "token"))
        if refresh is None:
            raise not_found("refresh token")
        return _token_response(emu, store.accounts[refresh.account_id], with_refresh=False)
    if "key" in body:
        check_keys(body, ("key",), "member of a login-key exchange")
        key = store.login_keys.get(_string_field(body, "key"))
        if key is None:
            raise not_found("login key")
        key.usages += 1
        return _token_response(emu, store.accounts[key.owner_id], with_refresh=False)
    raise bad_request("Send either 'token' (a refresh token) or 'key' (a login key).")


def render_refresh_token(record: RefreshToken, base: str) -> dict[str, Any]:
    return {
        "type": "refresh_token",
        "id": record.id,
        "links": {"self": f"{base}/accounts/me/refresh_tokens/{record.id}"},
        "attributes": {"created_at": iso(record.created_at)},
    }


async def list_refresh_tokens(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    query = parse_query(request)
    base = api_base(request)
    owned = (r for r in emu.store.refresh_tokens.values() if r.account_id == account.id)
    return page_of(request, query, owned, lambda r: render_refresh_token(r, base))


async def delete_refresh_token(emu: Emulator, request: Request) -> Response:
    account = authenticate(emu, request)
    record = emu.store.refresh_tokens.get(request.path_params["refresh_token_id"])
    if record is None or record.account_id != account.id:
        raise not_found("refresh token")
    emu.store.delete_refresh_token(record)
    return no_content()


def routes(emu: Emulator) -> list[Route]:
    return [
        route(emu, "/auth", POST=login),
        route(emu, "/auth/token", POST=create_access_token),
        route(emu, "/accounts/me/refresh_tokens", GET=list_refresh_tokens),
        route(emu, "/accounts/me/refresh_tokens/{refresh_token_id}", DELETE=delete_refresh_token),
    ]
