"""Every error the SDK raises, and the one function that turns an HTTP response into one.

Messages follow the Node client ("<title>: <detail>" or "impCentral API error HTTP/<n>") so
existing error handling ports unchanged; nothing secret ever goes into a message or a repr.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx

from ._logging import redact_url, secret_path_values
from ._logging import scrub as scrub_secrets


class ImpCentralError(Exception):
    """Base class of every error raised by this SDK."""


class InvalidDataError(ImpCentralError):
    """A method was called with bad arguments (or without credentials); nothing was sent."""

    def __init__(self, message: str = "Invalid data error") -> None:
        super().__init__(message)
        self.message = message


class ClientClosedError(ImpCentralError):
    """A call on a client after ``close()`` / ``aclose()`` (or the end of its ``with`` block)."""


class APIConnectionError(ImpCentralError):
    """The request could not be completed: DNS, refused or reset connection, TLS, proxy."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APITimeoutError(APIConnectionError):
    """Connecting, sending or waiting for the response took longer than the configured timeout."""


class APIResponseValidationError(ImpCentralError):
    """A successful response whose body does not have the documented shape."""

    def __init__(self, message: str, *, status_code: int | None, body: Any) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body


@dataclass(frozen=True)
class ErrorDetail:
    """One entry of a JSON:API ``errors`` array (``status`` is a string on the wire)."""

    status: str | None = None
    code: str | None = None
    title: str | None = None
    detail: str | None = None
    meta: Any = None

    def __repr__(self) -> str:
        # The 2FA error's meta carries a login token, which is as good as a password for minutes.
        meta = self.meta
        if isinstance(meta, dict) and "login_token" in meta:
            meta = {**meta, "login_token": "[hidden]"}
        return (
            f"ErrorDetail(status={self.status!r}, code={self.code!r}, title={self.title!r}, "
            f"detail={self.detail!r}, meta={meta!r})"
        )


class ImpCentralApiError(ImpCentralError):
    """The service answered with an error status; status, body, errors and headers are kept."""

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: Any = None,
        errors: list[ErrorDetail] | None = None,
        headers: httpx.Headers | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.body = body
        self.errors = errors or []
        self.headers = headers if headers is not None else httpx.Headers()
        self.method = method
        self.url = url

    @property
    def code(self) -> str | None:
        """The impCentral error code of the first error (``PX100``, ``CX005``...), if any."""
        return self.errors[0].code if self.errors else None

    def __repr__(self) -> str:
        where = f", method={self.method!r}, url={redact_url(self.url)!r}" if self.url else ""
        return f"{type(self).__name__}(status_code={self.status_code}, {self.message!r}{where})"


class BadRequestError(ImpCentralApiError):
    """HTTP 400: the request was rejected (validation, compile errors, partial bulk failures)."""


class AuthenticationError(ImpCentralApiError):
    """HTTP 401: wrong credentials, or an access token that expired and could not be renewed."""


class PermissionDeniedError(ImpCentralApiError):
    """HTTP 403: the account may not do this."""


class TwoFactorRequiredError(PermissionDeniedError):
    """HTTP 403 ``PX200`` on login: continue with ``auth.login_with_otp(otp, login_token)``."""

    def __init__(self, message: str, *, login_token: str, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.login_token: str = login_token
        """Send it back with the one-time password (a 403 without one is a plain
        :class:`PermissionDeniedError`)."""


class NotFoundError(ImpCentralApiError):
    """HTTP 404: no such resource (or an invalid refresh token / login key)."""


class ConflictError(ImpCentralApiError):
    """HTTP 409: conflicts with the current state (duplicate names, mismatched ids)."""


class UnprocessableEntityError(ImpCentralApiError):
    """HTTP 422: well-formed but semantically invalid."""


class RateLimitError(ImpCentralApiError):
    """HTTP 429: still rate limited after the configured retries."""


class InternalServerError(ImpCentralApiError):
    """HTTP 5xx: the service failed; raised after the configured retries."""


_BY_STATUS: dict[int, type[ImpCentralApiError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def api_error_from_response(
    response: httpx.Response, scrub: Callable[[str], str] | None = None
) -> ImpCentralApiError:
    """The typed exception for an error response (any status, any body: JSON:API, HTML, empty).

    ``scrub`` removes the client's secrets from the message, in case the server echoes one back
    (credentials in the request path, like a login key id, are always removed).
    The body must have been read (``response.read()`` / ``await response.aread()``).
    """
    status = response.status_code
    method = response.request.method if _has_request(response) else None
    url = str(response.request.url) if _has_request(response) else None
    body = _body(response)
    errors = _errors(body)
    first = errors[0] if errors else None
    if first is not None and first.title and first.detail:
        message = f"{first.title}: {first.detail}"
    else:
        message = f"impCentral API error HTTP/{status}"
        said = _said(body)
        if said:
            message = f"{message}: {said}"
    message = scrub_secrets(message, secret_path_values(url))
    if scrub is not None:
        message = scrub(message)
    common: dict[str, Any] = {
        "status_code": status,
        "body": body,
        "errors": errors,
        "headers": response.headers,
        "method": method,
        "url": url,
    }
    if status == 403 and first is not None and _is_two_factor(first):
        token = first.meta.get("login_token") if isinstance(first.meta, dict) else None
        if isinstance(token, str) and token:
            return TwoFactorRequiredError(message, login_token=token, **common)
    cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else ImpCentralApiError)
    return cls(message, **common)


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response was built without one
    except RuntimeError:
        return False
    return True


def _body(response: httpx.Response) -> Any:
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return None
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return content.decode("utf-8", errors="replace")


def _errors(body: Any) -> list[ErrorDetail]:
    items = body.get("errors") if isinstance(body, dict) else None
    if not isinstance(items, list):
        return []
    return [
        ErrorDetail(
            status=_text(item.get("status")),
            code=_text(item.get("code")),
            title=_text(item.get("title")),
            detail=_text(item.get("detail")),
            meta=item.get("meta"),
        )
        for item in items
        if isinstance(item, dict)
    ]


_MAX_SAID = 200
_TAGS = re.compile(r"<[^>]*>")
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _said(body: Any) -> str:
    """What an error body that is not JSON:API says, readably: a ``message`` (or ``error``,
    ``detail``) member, an HTML page's title or text, or the first line of plain text."""
    if isinstance(body, dict):
        for key in ("message", "error", "detail", "title"):
            value = body.get(key)
            if isinstance(value, str) and value.strip():
                return _short(value)
        return ""
    if not isinstance(body, str):
        return ""
    title = _TITLE.search(body)
    text = title.group(1) if title else _TAGS.sub(" ", body)
    return _short(text)


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _MAX_SAID else text[: _MAX_SAID - 3] + "..."


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _is_two_factor(error: ErrorDetail) -> bool:
    return error.code == "PX200" or (isinstance(error.meta, dict) and "login_token" in error.meta)


def connection_error(exc: httpx.TransportError) -> APIConnectionError:
    """The SDK error for a transport failure: a timeout or any other connection problem."""
    try:
        request: httpx.Request | None = exc.request
    except RuntimeError:  # raised outside a client, with no request attached
        request = None
    where = f" ({request.method} {redact_url(str(request.url))})" if request is not None else ""
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"Request timed out{where}: {type(exc).__name__}", request=request)
    reason = str(exc) or type(exc).__name__
    return APIConnectionError(f"Request error{where}: {reason}", request=request)
