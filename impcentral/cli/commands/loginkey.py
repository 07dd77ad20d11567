"""``loginkey list|info|create|update|delete``: login keys, each confirmed by the password."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from .. import _resolve as resolve
from .._app import ask, cli, command, confirm_option
from .._fields import single
from .._session import Session
from ._common import when

if TYPE_CHECKING:  # the generated models load only where they are used
    from impcentral.models import LoginKeyWriteAttributesDict

LOGIN_KEY_COLUMNS = [
    ("ID", lambda k: k.id),
    ("Description", lambda k: k.attr("description")),
    ("Uses", lambda k: k.attr("usages")),
    ("Created", lambda k: when(k.attr("created_at"))),
    ("Updated", lambda k: when(k.attr("updated_at"))),
]


@cli.group()
def loginkey() -> None:
    """Login keys: long-lived credentials for scripts (the id is the key)."""


password_option = click.option(
    "-w", "--pwd", "password", help="The account password (asked for when not given)."
)


def _password(given: str | None) -> str:
    return given or str(click.prompt("Password", hide_input=True, err=True))


@command(loginkey, "list", "Your login keys.")
async def list_keys(session: Session) -> None:
    async with session.api() as api:
        keys = await resolve.collect(api.accounts.list_all_login_keys())
    session.output.table(keys, LOGIN_KEY_COLUMNS)


@command(loginkey, "info", "A login key.")
@click.option("-k", "--lk", "key", required=True, help="The login key.")
async def info(session: Session, key: str) -> None:
    async with session.api() as api:
        found = single(await api.accounts.get_login_key(key))
    session.output.record(found, LOGIN_KEY_COLUMNS)


@command(loginkey, "create", "Create a login key.")
@password_option
@click.option("-s", "--descr", "description", help="What the key is for.")
async def create(session: Session, password: str | None, description: str | None) -> None:
    attributes: LoginKeyWriteAttributesDict = {}
    if description:
        attributes["description"] = description
    async with session.api() as api:
        created = single(await api.accounts.create_login_key(_password(password), attributes))
    session.output.done(f"Login key created: {created.id}", {"data": dict(created.raw)})


@command(loginkey, "update", "Change a login key's description.")
@click.option("-k", "--lk", "key", required=True, help="The login key.")
@password_option
@click.option("-s", "--descr", "description", required=True, help="The new description.")
async def update(session: Session, key: str, password: str | None, description: str) -> None:
    async with session.api() as api:
        updated = single(
            await api.accounts.update_login_key(
                key, _password(password), {"description": description}
            )
        )
    session.output.done("Login key updated", {"data": dict(updated.raw)})


@command(loginkey, "delete", "Delete a login key.")
@click.option("-k", "--lk", "key", required=True, help="The login key.")
@password_option
@confirm_option
async def delete(session: Session, key: str, password: str | None, confirmed: bool) -> None:
    ask("Delete this login key?", confirmed)
    async with session.api() as api:
        await api.accounts.delete_login_key(key, _password(password))
    session.output.done("Login key deleted", {"data": {"deleted": True}})
