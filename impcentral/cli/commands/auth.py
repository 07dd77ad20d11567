"""``auth login|logout|info`` and ``account info``."""

from __future__ import annotations

from typing import Any

import click

from impcentral import DEFAULT_API_ENDPOINT, AsyncImpCentralApi, TwoFactorRequiredError

from ..._config import from_environment
from .. import _resolve as resolve
from .._app import ask, cli, command, confirm_option
from .._config import StoredLogin
from .._fields import login_token, single
from .._session import ENDPOINT_ENV, Session, environment_credentials


@cli.group()
def auth() -> None:
    """Log in and out; the login is kept in your user configuration directory."""


@cli.group()
def account() -> None:
    """Accounts."""


@command(
    auth, "login", "Log in with a password (and one-time password), a login key or an access token."
)
@click.option(
    "-e",
    "--endpoint",
    help=f"The API base URL, for a Private impCloud. Default: {DEFAULT_API_ENDPOINT}",
)
@click.option("-u", "--user", help="Email address or username.")
@click.option(
    "-w", "--pwd", "--password", "password", help="The password (asked for when not given)."
)
@click.option("--otp", help="The one-time password of a two-factor account (asked when needed).")
@click.option("-k", "--lk", "--login-key", "login_key", help="Log in with a login key.")
@click.option("--token", "access_token", help="Use this access token (it cannot be renewed).")
@click.option(
    "-t",
    "--temp",
    is_flag=True,
    help="Keep no refresh token: log in again when the access token expires.",
)
@confirm_option
async def login(
    session: Session,
    endpoint: str | None,
    user: str | None,
    password: str | None,
    otp: str | None,
    login_key: str | None,
    access_token: str | None,
    temp: bool,
    confirmed: bool,
) -> None:
    if sum(bool(way) for way in (user, login_key, access_token)) > 1:
        raise click.UsageError("Give only one of --user, --lk and --token")
    if password and not user:
        raise click.UsageError("--pwd needs --user")
    stored = session.auth_file.read()
    if stored is not None:
        ask(f"Replace the login stored in {session.auth_file.path}?", confirmed)
    endpoint = endpoint or session.endpoint()
    async with session.client(endpoint) as api:
        if login_key:
            await api.auth.get_access_token(login_key)
        elif access_token:
            api.auth.access_token = access_token
        else:
            user = user or click.prompt("Email or username", err=True)
            password = password or click.prompt("Password", hide_input=True, err=True)
            await _password_login(api, user, password, otp)
        me = single(await api.accounts.get("me"))
        session.auth_file.write(StoredLogin(api.api_endpoint, api.auth.tokens, temporary=temp))
    session.output.done(
        f"Logged in to {api.api_endpoint} as {me.text('username')} ({me.text('email')})",
        {"data": dict(me.raw)},
    )


async def _password_login(
    api: AsyncImpCentralApi, user: str, password: str, otp: str | None
) -> None:
    try:
        await api.auth.login(user, password)
    except TwoFactorRequiredError as required:
        code = otp or click.prompt("One-time password", err=True)
        await api.auth.login_with_otp(code, login_token(required))


@command(auth, "logout", "Forget the stored login.")
async def logout(session: Session) -> None:
    if session.auth_file.delete():
        session.output.done(f"Logged out: {session.auth_file.path} deleted")
    else:
        session.output.done("Not logged in: nothing to forget")


@command(auth, "info", "Which endpoint and credentials commands use, and whose account.")
async def info(session: Session) -> None:
    token, login_key = environment_credentials()
    stored = session.auth_file.read()
    if token or login_key:
        source = (
            "environment (" + ("IMPCENTRAL_ACCESS_TOKEN" if token else "IMPCENTRAL_LOGIN_KEY") + ")"
        )
        method, expires, temporary = ("access token" if token else "login key"), None, None
    elif stored is not None:
        tokens = stored.tokens
        source = str(session.auth_file.path)
        method = (
            "login key"
            if tokens.login_key
            else "password"
            if tokens.refresh_token
            else "access token"
        )
        expires, temporary = tokens.expires_at, stored.temporary
    else:
        raise click.ClickException("Not logged in: run `impcentral auth login`")
    async with session.api() as api:
        me = single(await api.accounts.get("me"))
    fields: list[tuple[str, object]] = [
        ("endpoint", session.endpoint()),
        ("endpoint from", ENDPOINT_ENV if _env_endpoint() else source),
        ("credentials from", source),
        ("method", method),
        ("access token expires", expires.isoformat() if expires else ""),
        ("renews itself", "no" if temporary or method == "access token" else "yes"),
        ("account id", me.id),
        ("username", me.text("username")),
        ("email", me.text("email")),
    ]
    if session.output.json:
        session.output.document({"data": dict(me.raw), "meta": {k: str(v) for k, v in fields}})
    else:
        session.output.record(me, fields)


def _env_endpoint() -> bool:
    return from_environment(ENDPOINT_ENV) is not None


@command(account, "info", "An account: yours unless --user names another.")
@click.option("-u", "--user", default="me", metavar="ACCOUNT", help="me, id, email or username.")
async def account_info(session: Session, user: str) -> None:
    async with session.api() as api:
        found = await resolve.account(api, user)
    session.output.record(found, ACCOUNT_FIELDS)


@command(account, "list", "Your account and those you collaborate on.")
async def account_list(session: Session) -> None:
    async with session.api() as api:
        accounts = await resolve.collect(api.accounts.list_all())
    session.output.table(accounts, ACCOUNT_FIELDS)


ACCOUNT_FIELDS: list[tuple[str, Any]] = [
    ("id", lambda a: a.id),
    ("username", lambda a: a.attr("username")),
    ("email", lambda a: a.attr("email")),
]
