"""What a response says besides its document: a call's raw response and the rate-limit state."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

import httpx

from ._logging import redact_url

T = TypeVar("T")


class RawResponse(Generic[T]):
    """The HTTP response of one call (``api.with_raw_response.<resource>.<method>(...)``), read
    and checked: an error status was raised as the SDK's error, as for an ordinary call.
    :meth:`parse` gives what the ordinary call returns."""

    def __init__(self, response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = response
        self._parse = parse
        self._parsed: tuple[T] | None = None

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def http_request(self) -> httpx.Request:
        """The request as it was sent (its ``Authorization`` header included: do not log it)."""
        return self.http_response.request

    @property
    def url(self) -> httpx.URL:
        return self.http_request.url

    @property
    def method(self) -> str:
        return self.http_request.method

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    @property
    def rate_limit(self) -> RateLimit:
        """This response's ``X-RateLimit-*`` headers (fields it lacks are ``None``)."""
        return RateLimit.from_headers(self.headers)

    def parse(self) -> T:
        """The typed result, read once and kept."""
        if self._parsed is None:
            self._parsed = (self._parse(),)
        return self._parsed[0]

    def __repr__(self) -> str:
        request = self.http_request
        return f"<RawResponse {self.status_code} {request.method} {redact_url(str(request.url))}>"


@dataclass(frozen=True)
class RateLimit:
    """impCentral's rate-limit headers: ``limit`` requests per window, ``remaining`` in the
    current one, ``reset`` seconds until it resets (counted from the response). ``None`` until a
    response carried the header."""

    limit: int | None = None
    remaining: int | None = None
    reset: float | None = None

    @classmethod
    def from_headers(cls, headers: httpx.Headers) -> RateLimit:
        return cls(
            limit=_int(headers.get("x-ratelimit-limit")),
            remaining=_int(headers.get("x-ratelimit-remaining")),
            reset=_float(headers.get("x-ratelimit-reset")),
        )


class RateLimitState:
    """The last rate-limit headers one client saw, shared with its ``with_options`` views; read
    into a :class:`RateLimit` only when asked for."""

    def __init__(self) -> None:
        self._headers: httpx.Headers | None = None

    def observe(self, response: httpx.Response) -> None:
        if "x-ratelimit-remaining" in response.headers:
            self._headers = response.headers

    @property
    def current(self) -> RateLimit:
        headers = self._headers
        return RateLimit() if headers is None else RateLimit.from_headers(headers)


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float((value or "").strip())
    except ValueError:
        return None
