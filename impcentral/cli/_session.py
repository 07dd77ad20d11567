"""One command's connection: which endpoint and credentials, and the client built from them.

Credentials come, first match wins, from ``IMPCENTRAL_ACCESS_TOKEN`` or ``IMPCENTRAL_LOGIN_KEY``
(read by the SDK itself, as for any ``AsyncImpCentralApi()``), then from the login stored by
``impcentral auth login``. A stored login is the SDK's token store: the SDK renews the access
token and it is saved at once. The endpoint is ``IMPCENTRAL_API_ENDPOINT``, else the stored
login's, else the public service.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import click

from impcentral import DEFAULT_API_ENDPOINT, AsyncImpCentralApi
from impcentral._config import (
    ACCESS_TOKEN_ENV,
    ENDPOINT_ENV,
    LOGIN_KEY_ENV,
    environment_tokens,
    from_environment,
)

from ._config import AuthFile
from ._output import Output

# The variables' names, for the commands that name them.
__all__ = [
    "ACCESS_TOKEN_ENV",
    "ENDPOINT_ENV",
    "LOGIN_KEY_ENV",
    "Session",
    "environment_credentials",
]


class NotLoggedInError(click.ClickException):
    def __init__(self) -> None:
        super().__init__(
            "Not logged in: run `impcentral auth login`, or set "
            f"{ACCESS_TOKEN_ENV} or {LOGIN_KEY_ENV}"
        )


def environment_credentials() -> tuple[str | None, str | None]:
    """The access token and login key given in the environment (empty counts as unset)."""
    tokens = environment_tokens()
    return tokens.access_token, tokens.login_key


@dataclass
class Session:
    output: Output
    debug: bool = False
    auth_file: AuthFile = field(default_factory=AuthFile)

    def endpoint(self) -> str:
        """The environment's endpoint, else the stored login's, else the public service."""
        from_env = from_environment(ENDPOINT_ENV)
        if from_env:
            return from_env
        stored = self.auth_file.read()
        return (stored.endpoint if stored else None) or DEFAULT_API_ENDPOINT

    def client(self, endpoint: str | None = None) -> AsyncImpCentralApi:
        """A client without credentials, e.g. to log in."""
        return AsyncImpCentralApi(endpoint or self.endpoint(), debug=self.debug)

    @asynccontextmanager
    async def api(self) -> AsyncIterator[AsyncImpCentralApi]:
        """A logged-in client, closed when the command ends."""
        if any(environment_credentials()):
            async with AsyncImpCentralApi(self.endpoint(), debug=self.debug) as api:
                yield api  # with the environment's credentials (a login key on first use)
            return
        stored = self.auth_file.read()
        if stored is None or not (stored.tokens.access_token or stored.tokens.can_refresh):
            raise NotLoggedInError()
        api = AsyncImpCentralApi(self.endpoint(), token_store=self.auth_file, debug=self.debug)
        try:
            yield api
        finally:
            await api.aclose()
