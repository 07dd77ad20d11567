"""What a client is configured with when its arguments leave a setting out: the environment.

Per setting, first match wins:

- endpoint: the ``api_endpoint`` argument, then ``IMPCENTRAL_API_ENDPOINT``, then
  ``https://api.electricimp.com/v5``;
- credentials: the ``access_token`` argument, then the tokens the ``token_store`` loads, then
  ``IMPCENTRAL_ACCESS_TOKEN`` and ``IMPCENTRAL_LOGIN_KEY`` (a login key alone is exchanged for
  an access token by the first call; with both, the token is used until it expires or is
  refused, then renewed with the key).

A variable set to an empty string counts as unset. An endpoint is checked when the client is
made, whichever its source: an absolute ``http://`` or ``https://`` URL.
"""

from __future__ import annotations

import os

import httpx

from ._auth import Tokens
from ._constants import DEFAULT_API_ENDPOINT
from ._exceptions import InvalidDataError

ENDPOINT_ENV = "IMPCENTRAL_API_ENDPOINT"
ACCESS_TOKEN_ENV = "IMPCENTRAL_ACCESS_TOKEN"
LOGIN_KEY_ENV = "IMPCENTRAL_LOGIN_KEY"


def from_environment(name: str) -> str | None:
    """The variable's value, ``None`` when it is unset or blank."""
    return os.environ.get(name, "").strip() or None


def api_endpoint(given: str | None) -> str:
    """The endpoint to use: ``given``, else the environment's, else the public service."""
    if given is not None:
        return checked_endpoint(given, "api_endpoint")
    configured = from_environment(ENDPOINT_ENV)
    if configured is None:
        return DEFAULT_API_ENDPOINT
    return checked_endpoint(configured, ENDPOINT_ENV)


def checked_endpoint(value: str, source: str) -> str:
    """``value`` if it is an absolute http(s) URL, else :class:`InvalidDataError` naming
    ``source`` (the argument or the variable it came from) and what is wrong."""
    try:
        url = httpx.URL(value)
    except (httpx.InvalidURL, TypeError) as exc:
        raise InvalidDataError(f"{source} is not a URL ({exc}): {value!r}") from None
    shown = url.copy_with(username=None, password=None) if url.userinfo else value
    if url.scheme not in ("http", "https"):
        reason = (
            f"has the scheme {url.scheme!r}"
            if "://" in value
            else "does not start with http:// or https://"
        )
        raise InvalidDataError(
            f"{source} must be an absolute http:// or https:// URL such as "
            f"{DEFAULT_API_ENDPOINT}; {str(shown)!r} {reason}"
        )
    if not url.host:
        raise InvalidDataError(f"{source} has no host: {str(shown)!r}")
    return value


def environment_tokens() -> Tokens:
    """The credentials named in the environment (none: an empty :class:`Tokens`)."""
    return Tokens(
        access_token=from_environment(ACCESS_TOKEN_ENV),
        login_key=from_environment(LOGIN_KEY_ENV),
    )
