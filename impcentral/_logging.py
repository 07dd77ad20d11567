"""Output through the ``impcentral`` logger, with every secret redacted.

At INFO, one line for each retry (with its backoff), each pause for the rate limit and each
renewal of the access token: the resilience that otherwise only shows as time. At DEBUG, also
each HTTP attempt with its method, URL, status and timing, then its headers and body. Turn it on
for the whole process with ``IMPCENTRAL_LOG=info`` or ``IMPCENTRAL_LOG=debug`` (or ordinary
``logging`` configuration), or for one client with ``api.debug = True`` (both levels).
Redacted: ``Authorization``, every ``X-Electricimp-*`` header (password, OTP, unbond key), JSON
members holding passwords, tokens and keys, login-key and refresh-token ids (in paths and
bodies), and any current token of the client.
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import httpx

logger = logging.getLogger("impcentral")

REDACTED = "[redacted]"
_SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
_SECRET_HEADER_PREFIX = "x-electricimp-"
_SECRET_KEYS = frozenset(
    {"password", "otp", "token", "access_token", "refresh_token", "login_token", "key"}
)
# Resources whose id is itself a credential (a login key id is exchanged for tokens).
_SECRET_ID_COLLECTIONS = frozenset({"login_keys", "refresh_tokens"})
_MAX_BODY_CHARS = 4000


def _install_handler() -> None:
    """Make records visible when the application has configured no logging at all."""
    if not logger.hasHandlers():
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s] %(message)s"))
        logger.addHandler(handler)


_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


def _configure_from_environment() -> None:
    level = _LEVELS.get(os.environ.get("IMPCENTRAL_LOG", "").strip().lower())
    if level is not None:
        logger.setLevel(level)
        _install_handler()


_configure_from_environment()


def redact_url(url: str | None) -> str:
    """The URL with path segments that are credentials (login key ids...) replaced."""
    if not url:
        return ""
    parts = urlsplit(url)
    segments = parts.path.split("/")
    for index in range(1, len(segments)):
        if segments[index - 1] in _SECRET_ID_COLLECTIONS and segments[index]:
            segments[index] = REDACTED
    return urlunsplit(parts._replace(path="/".join(segments)))


def secret_path_values(url: str | None) -> list[str]:
    """The credentials in a URL's path, to scrub wherever the server repeats them."""
    segments = [unquote(segment) for segment in urlsplit(url or "").path.split("/")]
    return [
        value
        for parent, value in itertools.pairwise(segments)
        if parent in _SECRET_ID_COLLECTIONS and value
    ]


def scrub(text: str, secrets: Iterable[str | None]) -> str:
    """``text`` with every secret (of at least 4 characters, to leave ordinary words) replaced."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Headers as a dict, with credentials replaced."""
    return {name: REDACTED if _is_secret_header(name) else value for name, value in headers.items()}


def _is_secret_header(name: str) -> bool:
    lowered = name.lower()
    return lowered in _SECRET_HEADERS or lowered.startswith(_SECRET_HEADER_PREFIX)


def redact_json(value: Any, *, secret_ids: bool = False) -> Any:
    """A copy of a JSON value with secret members replaced (and ``id``s, when they are secret)."""
    if isinstance(value, dict):
        return {
            key: REDACTED
            if key in _SECRET_KEYS or (secret_ids and key == "id")
            else redact_json(item, secret_ids=secret_ids)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_json(item, secret_ids=secret_ids) for item in value]
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        return redact_url(value)
    return value


def redact_body(content: bytes, url: str) -> str:
    """A printable, redacted form of a request or response body."""
    if not content:
        return ""
    secret_ids = any(f"/{name}" in urlsplit(url).path for name in _SECRET_ID_COLLECTIONS)
    try:
        text = json.dumps(redact_json(json.loads(content), secret_ids=secret_ids))
    except ValueError:
        text = content.decode("utf-8", errors="replace")
    if len(text) > _MAX_BODY_CHARS:
        text = text[:_MAX_BODY_CHARS] + f"... ({len(text)} characters)"
    return text


# Pauses that end within this many seconds of each other are for the same rate-limit window.
_SAME_MOMENT = 0.05


class RequestLog:
    """One client's debug switch and the records it writes: each HTTP attempt at DEBUG, each
    retry, rate-limit pause and token renewal at INFO.

    ``secrets`` returns the client's current credentials; they are scrubbed from every record
    as a last line of defence (a server could echo one back in a body).
    """

    def __init__(self, *, debug: bool, secrets: Callable[[], Iterable[str | None]]) -> None:
        self.debug = debug
        self._secrets = secrets
        self._paused_until = 0.0  # the end of the last pause written: one line per held window
        self._pause_lock = threading.Lock()

    @property
    def enabled(self) -> bool:
        return self.debug or logger.isEnabledFor(logging.DEBUG)

    def scrub(self, text: str) -> str:
        """``text`` without any of the client's current credentials."""
        return scrub(text, self._secrets())

    def request(self, request: httpx.Request) -> None:
        if not self.enabled:
            return
        url = str(request.url)
        self._emit(f"--> {request.method} {redact_url(url)}")
        self._emit(f"    request headers: {redact_headers(request.headers)}")
        body = _request_content(request)
        if body:
            self._emit(f"    request body: {redact_body(body, url)}", url)

    def response(self, request: httpx.Request, response: httpx.Response, seconds: float) -> None:
        """Log a response; its body only when it has already been read (never a stream)."""
        if not self.enabled:
            return
        url = str(request.url)
        self._emit(
            f"<-- {response.status_code} {request.method} {redact_url(url)} "
            f"({seconds * 1000:.1f} ms)"
        )
        self._emit(f"    response headers: {redact_headers(response.headers)}")
        try:
            body = response.content
        except httpx.ResponseNotRead:
            return
        if body:
            self._emit(f"    response body: {redact_body(body, url)}", url)

    def failure(self, request: httpx.Request, exc: Exception, seconds: float) -> None:
        if self.enabled:
            self._emit(
                f"<-- {type(exc).__name__} {request.method} {redact_url(str(request.url))} "
                f"({seconds * 1000:.1f} ms)"
            )

    def retry(
        self, request: httpx.Request, reason: str, delay: float, attempt: int, of: int
    ) -> None:
        """INFO: the attempt ``reason`` (``answered HTTP 503``); retry ``attempt`` of ``of``
        leaves after ``delay`` (the backoff, or the wait the server asked for)."""
        if not self._shows(logging.INFO):
            return
        url = str(request.url)
        self._emit(
            f"{request.method} {redact_url(url)} {reason}: "
            f"retry {attempt} of {of} in {delay:.2f} s",
            url,
            level=logging.INFO,
        )

    def pause(self, request: httpx.Request, delay: float) -> None:
        """INFO: the request waits ``delay`` for its slot under the service's rate limit. The
        requests held for the same window wait until the same moment: only the first is written."""
        if not self._shows(logging.INFO):
            return
        until = time.monotonic() + delay
        with self._pause_lock:
            if abs(until - self._paused_until) < _SAME_MOMENT:
                return
            self._paused_until = until
        url = str(request.url)
        self._emit(
            f"rate limit: {request.method} {redact_url(url)} and the requests behind it"
            f" wait {delay:.2f} s",
            url,
            level=logging.INFO,
        )

    def renewal(self, credential: str, reason: str, expires: str | None) -> None:
        """INFO: the access token was renewed with ``credential`` because of ``reason``."""
        until = f", valid until {expires}" if expires else ""
        self._emit(
            f"access token renewed with the {credential} ({reason}){until}", level=logging.INFO
        )

    def _shows(self, level: int) -> bool:
        return self.debug or logger.isEnabledFor(level)

    def _emit(self, message: str, url: str | None = None, *, level: int = logging.DEBUG) -> None:
        if not self._shows(level):
            return
        message = scrub(self.scrub(message), secret_path_values(url))
        if logger.isEnabledFor(level):
            logger.log(level, message)
        else:
            # This client asked for output although the logger's level would drop it.
            _install_handler()
            record = logger.makeRecord(logger.name, level, __file__, 0, message, (), None)
            logger.handle(record)


def _request_content(request: httpx.Request) -> bytes:
    try:
        return request.content
    except httpx.RequestNotRead:
        return b""
