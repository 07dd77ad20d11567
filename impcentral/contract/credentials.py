"""Credentials from the environment, used through the SDK, so a contract run logs in as users do.

One of, checked in this order:

- ``IMPCENTRAL_ACCESS_TOKEN``: used as is (no renewal, no token-flow check);
- ``IMPCENTRAL_LOGIN_KEY``: exchanged for an access token and renewed with the key;
- ``IMPCENTRAL_EMAIL`` or ``IMPCENTRAL_USERNAME`` with ``IMPCENTRAL_PASSWORD``: a password login
  (two-factor accounts are asked for the one-time password when stdin is a terminal), logged
  out at the end: the service keeps five refresh tokens per account, and a run should not push
  out one of the account's other sessions.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx

from impcentral import ImpCentralApi, ImpCentralError, TwoFactorRequiredError

#: Renew the access token when it has less than this left, so no check runs with a dying one.
RENEW_MARGIN = timedelta(seconds=120)


class CredentialError(Exception):
    """No usable credentials in the environment, or the service refused them."""


def _ask_for_otp() -> str | None:
    """The one-time password from the terminal (not echoed; the prompt stays off stdout, which
    may be the report's file); ``None`` when nobody is there to type it."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass("One-time password (two-factor authentication): ").strip() or None


def _newest_refresh_token(api: ImpCentralApi) -> str | None:
    """The id of the account's newest refresh token, read right after logging in: the one the
    login created. ``None`` when the service does not say when its tokens were created."""
    stamped = []
    for token in api.auth.get_refresh_tokens().data:
        created = (token.to_dict().get("attributes") or {}).get("created_at")
        if isinstance(created, str) and created:
            stamped.append((created, token.id))
    return max(stamped)[1] if stamped else None


class Login:
    """An SDK client logged in from the environment; :meth:`bearer` is always a live token."""

    def __init__(self, api: ImpCentralApi, method: str) -> None:
        self.api = api
        #: How the run logged in: ``access token``, ``login key`` or ``password``.
        self.method = method
        #: The refresh token a password login created, deleted by :meth:`log_out`.
        self.refresh_token_id: str | None = None
        #: The service's answers to the SDK's ``POST /auth`` (both steps of a two-factor login),
        #: so that the contract run can check them too.
        self.login_answers: list[httpx.Response] = []
        self._http: httpx.Client | None = None

    @classmethod
    def from_environment(
        cls,
        endpoint: str,
        env: Mapping[str, str],
        *,
        ask_for_otp: Callable[[], str | None] = _ask_for_otp,
    ) -> Login:
        """Log in with the first credential the environment offers; ``CredentialError`` if none
        is there or the service refuses it (the message never carries the secret)."""
        answers: list[httpx.Response] = []

        def keep_login_answer(response: httpx.Response) -> None:
            if response.request.method == "POST" and response.url.path.endswith("/auth"):
                response.read()
                answers.append(response)

        # The SDK sends through this client, so its answers to the login are seen here.
        http = httpx.Client(event_hooks={"response": [keep_login_answer]})
        api = ImpCentralApi(endpoint, http_client=http)
        try:
            login = cls._log_in(api, env, ask_for_otp)
        except BaseException:
            api.close()
            http.close()
            raise
        login.login_answers = answers
        login._http = http
        return login

    @classmethod
    def _log_in(
        cls, api: ImpCentralApi, env: Mapping[str, str], ask_for_otp: Callable[[], str | None]
    ) -> Login:
        token = env.get("IMPCENTRAL_ACCESS_TOKEN")
        key = env.get("IMPCENTRAL_LOGIN_KEY")
        user = env.get("IMPCENTRAL_EMAIL") or env.get("IMPCENTRAL_USERNAME")
        password = env.get("IMPCENTRAL_PASSWORD")
        try:
            if token:
                api.auth.access_token = token
                api.accounts.get("me")  # refused tokens end the run here, not as 401s later
                return cls(api, "access token")
            if key:
                api.auth.get_access_token(key)
                return cls(api, "login key")
            if user and password:
                try:
                    api.auth.login(user, password)
                except TwoFactorRequiredError as exc:
                    otp = ask_for_otp()
                    if not otp or not exc.login_token:
                        raise CredentialError(
                            "the account uses two-factor authentication: run in a terminal to "
                            "enter the one-time password, or use IMPCENTRAL_LOGIN_KEY"
                        ) from None
                    api.auth.login_with_otp(otp, exc.login_token)
                login = cls(api, "password")
                login.refresh_token_id = _newest_refresh_token(api)
                return login
        except ImpCentralError as exc:
            raise CredentialError(f"login failed: {exc}") from None
        raise CredentialError(
            "no credentials: set IMPCENTRAL_ACCESS_TOKEN, IMPCENTRAL_LOGIN_KEY, or "
            "IMPCENTRAL_EMAIL (or IMPCENTRAL_USERNAME) and IMPCENTRAL_PASSWORD"
        )

    def bearer(self) -> str:
        """The access token, renewed through the SDK first when it is about to expire."""
        tokens = self.api.auth.tokens
        expires = tokens.expires_at
        if expires is not None and expires - datetime.now(timezone.utc) < RENEW_MARGIN:
            if tokens.refresh_token:
                self.api.auth.refresh_access_token()
            elif tokens.login_key:
                self.api.auth.get_access_token(tokens.login_key)
        return self.api.auth.access_token or ""

    def token_request(self) -> dict[str, Any] | None:
        """The body of ``POST /auth/token`` for this login's renewing credential, if it has one."""
        tokens = self.api.auth.tokens
        if tokens.refresh_token:
            return {"token": tokens.refresh_token}
        if tokens.login_key:
            return {"key": tokens.login_key}
        return None

    def secrets(self) -> list[str]:
        """Every credential value this login holds, to keep them out of reports."""
        tokens = self.api.auth.tokens
        values = [tokens.access_token, tokens.refresh_token, tokens.login_key]
        return [value for value in values if value]

    def log_out(self) -> None:
        """Delete the refresh token of a password login (a no-op for the other credentials)."""
        if self.refresh_token_id is not None:
            self.api.auth.delete_refresh_token(self.refresh_token_id)
            self.refresh_token_id = None

    def close(self) -> None:
        self.api.close()
        if self._http is not None:
            self._http.close()
