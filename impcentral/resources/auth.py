"""``api.auth``: log in, exchange refresh tokens and login keys, manage refresh tokens.

Every successful call stores the new access token on the client, together with the credential
that renews it (the refresh token of a login, or the login key), so later calls refresh by
themselves. ``access_token`` can also be read and set directly, like in the Node client.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from impcentral_generated.api.auth import (
    create_access_token as _create_access_token,
)
from impcentral_generated.api.auth import (
    delete_refresh_token as _delete_refresh_token,
)
from impcentral_generated.api.auth import (
    list_refresh_tokens as _list_refresh_tokens,
)
from impcentral_generated.api.auth import (
    login as _login,
)
from impcentral_generated.models import (
    LoginKeyTokenRequest,
    LoginRequest,
    OtpLoginRequest,
    RefreshTokenRequest,
    TokenResponse,
)

from .. import _validation as check
from .._auth import TokenAuth, Tokens
from .._operation import Operation, call
from ._base import (
    AsyncClient,
    AsyncResource,
    SyncClient,
    SyncResource,
    async_method,
    sync_method,
)


class AuthRequests:
    """Argument checks and requests of ``api.auth``, shared by both clients."""

    @staticmethod
    def login(id: str, password: str) -> Operation[_login.Document]:
        """Log in with an account's email or username and password.

        Raises :class:`TwoFactorRequiredError` (with ``login_token``) when the account uses
        two-factor authentication; finish with :meth:`login_with_otp`.
        """
        check.non_empty(id)
        return call(
            _login,
            body=LoginRequest(id=id, password=password),
            remember=_keep_refresh_token,
        )

    @staticmethod
    def login_with_otp(otp: str, login_token: str) -> Operation[_login.Document]:
        """Second step of a two-factor login: the one-time password and the ``login_token``."""
        check.non_empty(otp, "otp")
        check.non_empty(login_token, "loginToken")
        return call(
            _login,
            body=OtpLoginRequest(login_token=login_token),
            x_electricimp_otp_token=otp,
            remember=_keep_refresh_token,
        )

    @staticmethod
    def refresh_access_token(
        refresh_token: str | None,
    ) -> Operation[_create_access_token.Document]:
        """A new access token for a refresh token."""
        token = check.non_empty(refresh_token, "refreshToken")

        def remember(auth: TokenAuth, document: Mapping[str, Any]) -> None:
            auth.accept(document, refresh_token=token)

        body = RefreshTokenRequest(token=token)
        return call(_create_access_token, body=body, remember=remember)

    @staticmethod
    def get_access_token(login_key: str) -> Operation[_create_access_token.Document]:
        """An access token for a login key; the client keeps the key to renew it."""
        check.non_empty(login_key, "loginKey")

        def remember(auth: TokenAuth, document: Mapping[str, Any]) -> None:
            auth.accept(document, login_key=login_key)

        body = LoginKeyTokenRequest(key=login_key)
        return call(_create_access_token, body=body, remember=remember)

    @staticmethod
    def get_refresh_tokens() -> Operation[_list_refresh_tokens.Document]:
        """The account's active refresh tokens."""
        return call(_list_refresh_tokens)

    @staticmethod
    def delete_refresh_token(
        refresh_token_id: str,
    ) -> Operation[_delete_refresh_token.Document]:
        """Make a refresh token unusable (access tokens already issued stay valid)."""
        check.non_empty(refresh_token_id)
        return call(_delete_refresh_token, refresh_token_id)


def _keep_refresh_token(auth: TokenAuth, document: Mapping[str, Any]) -> None:
    auth.accept(document)


class _Credentials:
    """The client's tokens, readable and writable (shared by both resource classes)."""

    _auth: TokenAuth

    @property
    def access_token(self) -> str | None:
        """The current access token (``None`` before any login)."""
        return self._auth.access_token

    @access_token.setter
    def access_token(self, token: str | None) -> None:
        self._auth.access_token = token

    @property
    def tokens(self) -> Tokens:
        """Access token, expiry, refresh token and login key; assign to restore a session."""
        return self._auth.tokens

    @tokens.setter
    def tokens(self, tokens: Tokens) -> None:
        self._auth.tokens = tokens


class AuthResource(_Credentials, SyncResource):
    login = sync_method(AuthRequests.login)
    login_with_otp = sync_method(AuthRequests.login_with_otp)
    get_access_token = sync_method(AuthRequests.get_access_token)
    get_refresh_tokens = sync_method(AuthRequests.get_refresh_tokens)
    delete_refresh_token = sync_method(AuthRequests.delete_refresh_token)

    def __init__(self, client: SyncClient) -> None:
        super().__init__(client)
        self._auth = client._auth

    def refresh_access_token(self, refresh_token: str | None = None) -> TokenResponse:
        """A new access token for ``refresh_token``, by default the one kept from the login."""
        chosen = refresh_token or self.tokens.refresh_token
        return self._client._send(AuthRequests.refresh_access_token(chosen))


class AsyncAuthResource(_Credentials, AsyncResource):
    login = async_method(AuthRequests.login)
    login_with_otp = async_method(AuthRequests.login_with_otp)
    get_access_token = async_method(AuthRequests.get_access_token)
    get_refresh_tokens = async_method(AuthRequests.get_refresh_tokens)
    delete_refresh_token = async_method(AuthRequests.delete_refresh_token)

    def __init__(self, client: AsyncClient) -> None:
        super().__init__(client)
        self._auth = client._auth

    async def refresh_access_token(self, refresh_token: str | None = None) -> TokenResponse:
        """A new access token for ``refresh_token``, by default the one kept from the login."""
        chosen = refresh_token or self.tokens.refresh_token
        return await self._client._send(AuthRequests.refresh_access_token(chosen))
