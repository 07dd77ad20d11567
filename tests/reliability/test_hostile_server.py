"""Hostile server: a raw socket server of our own that answers each request badly.

Truncated bodies, HTML error pages, wrong content types, invalid JSON, a huge body, an endless
body, slow-loris responses (a byte at a time, each within the read timeout), no response,
garbage status lines, and statuses outside the IANA registry (499, 520). Every call ends with a
result or a typed error (``ImpCentralError``), within the configured timeout: each attempt may
take ``connect`` + ``read`` seconds in all (the SDK's per-response deadline), whether the server
trickles its headers or its body, so a call takes at most ``WITHIN`` seconds. The pytest timeout
on each test is the "no hang" guard; the measured times are reported.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from impcentral import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AsyncImpCentralApi,
    BadRequestError,
    ImpCentralApi,
    ImpCentralApiError,
    ImpCentralError,
    InternalServerError,
)
from impcentral._retry import RetryPolicy

from .conftest import Record

TIMEOUT = 1.0  # every httpx timeout of the client under test
ATTEMPT = 2 * TIMEOUT  # connect + read: the deadline of one attempt
MAX_RETRIES = 1
# Every attempt at its deadline, the longest backoff between them, and a second for a busy machine.
WITHIN = (1 + MAX_RETRIES) * ATTEMPT + RetryPolicy().initial_delay * (2**MAX_RETRIES - 1) + 1.0

Writer = asyncio.StreamWriter
Scenario = Callable[[Writer], Awaitable[None]]


def head(status: str, content_type: str | None, length: int | None, extra: str = "") -> bytes:
    lines = [f"HTTP/1.1 {status}"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    if length is not None:
        lines.append(f"Content-Length: {length}")
    if extra:
        lines.append(extra)
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def answer(
    status: str, body: bytes, content_type: str | None = "application/vnd.api+json"
) -> Scenario:
    async def scenario(writer: Writer) -> None:
        writer.write(head(status, content_type, len(body)) + body)
        await writer.drain()

    return scenario


PRODUCTS = json.dumps({"data": [], "links": {"self": "http://x/v5/products"}}).encode()
ERROR_JSON = json.dumps(
    {"errors": [{"status": "499", "code": "XX499", "title": "Client Closed", "detail": "gone"}]}
).encode()
HTML = b"<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"


async def truncated(writer: Writer) -> None:
    writer.write(head("200 OK", "application/vnd.api+json", 1000) + b'{"data": [{"type": "pro')
    await writer.drain()


async def nothing(writer: Writer) -> None:
    return None


def first_truncated() -> Scenario:
    """The first connection's body is cut short, the next ones are answered properly."""
    seen = [0]

    async def scenario(writer: Writer) -> None:
        seen[0] += 1
        await (truncated if seen[0] == 1 else answer("200 OK", PRODUCTS))(writer)

    return scenario


async def garbage_status_line(writer: Writer) -> None:
    writer.write(b"HTTQ/9 banana\r\n\r\n")
    await writer.drain()


async def huge(writer: Writer) -> None:
    # 4 MB (a page of 100 devices is ~50 kB) that are not a JSON:API document.
    chunk = b"1," * 32768
    count = 64
    writer.write(head("200 OK", "application/vnd.api+json", len(chunk) * count + 2) + b"[")
    for _ in range(count):
        writer.write(chunk)
        await writer.drain()
    writer.write(b"1]")
    await writer.drain()


async def endless(writer: Writer) -> None:
    writer.write(head("200 OK", "application/vnd.api+json", None, "Transfer-Encoding: chunked"))
    chunk = b" " * 16384
    while True:
        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        await writer.drain()
        await asyncio.sleep(0.005)


async def slow_body(writer: Writer) -> None:
    writer.write(head("200 OK", "application/vnd.api+json", len(PRODUCTS)))
    for byte in PRODUCTS:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(TIMEOUT / 4)


async def slow_headers(writer: Writer) -> None:
    for byte in head("200 OK", "application/vnd.api+json", len(PRODUCTS)) + PRODUCTS:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(TIMEOUT / 4)


class HostileServer:
    """One scenario at a time; every connection gets it, then is closed."""

    def __init__(self) -> None:
        self.scenario: Scenario = nothing
        self.requests = 0
        self.request_line = b""
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(asyncio.start_server(self._handle, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self.loop.run_forever()
        server.close()
        # Scenarios still writing (an endless body) end before the loop closes.
        pending = asyncio.all_tasks(self.loop)
        for task in pending:
            task.cancel()
        self.loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        self.loop.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: Writer) -> None:
        try:
            line = self.request_line = await reader.readline()
            while line not in (b"\r\n", b""):  # the request head; bodies here are small or none
                line = await reader.readline()
            self.requests += 1
            await self.scenario(writer)
        except ConnectionError:
            pass
        finally:
            writer.close()

    def __enter__(self) -> HostileServer:
        self._thread.start()
        self._ready.wait(5)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v5"


@pytest.fixture(scope="module")
def hostile() -> Iterator[HostileServer]:
    with HostileServer() as server:
        yield server


# scenario, expected outcome: an exception class, or None for a result
CASES: dict[str, tuple[Scenario, type[BaseException] | None]] = {
    "truncated body": (truncated, APIConnectionError),
    "truncated once": (truncated, None),  # made fresh for each test by fresh_scenario()
    "no response": (nothing, APIConnectionError),
    "garbage status line": (garbage_status_line, APIConnectionError),
    "html 502": (answer("502 Bad Gateway", HTML, "text/html"), InternalServerError),
    "html 200": (answer("200 OK", HTML, "text/html"), APIResponseValidationError),
    "json as text/plain": (answer("200 OK", PRODUCTS, "text/plain"), None),
    "no content type": (answer("200 OK", PRODUCTS, None), None),
    "invalid json 200": (
        answer("200 OK", b'{"data": [', "application/json"),
        APIResponseValidationError,
    ),
    "invalid json 400": (answer("400 Bad Request", b"{oops", "application/json"), BadRequestError),
    "huge body": (huge, APIResponseValidationError),
    "endless body": (endless, APITimeoutError),
    "slow-loris body": (slow_body, APITimeoutError),
    "slow-loris headers": (slow_headers, APITimeoutError),
    "status 499": (answer("499 Client Closed Request", ERROR_JSON), ImpCentralApiError),
    "status 520": (answer("520 Origin Error", b"", None), InternalServerError),
    "status 520 html": (answer("520 Unknown", HTML, "text/html"), InternalServerError),
    "status 299": (answer("299 Whatever", PRODUCTS), None),
}
# Failures after which a GET is sent again (MAX_RETRIES times); the others are answers.
RETRIED = {
    "truncated body",
    "truncated once",
    "no response",
    "garbage status line",
    "html 502",
    "endless body",
    "slow-loris body",
    "slow-loris headers",
    "status 520",
    "status 520 html",
}


def fresh_scenario(case: str, scenario: Scenario) -> Scenario:
    return first_truncated() if case == "truncated once" else scenario


def attempts_expected(case: str) -> int:
    return 1 + MAX_RETRIES if case in RETRIED else 1


def check(
    outcome: Any, expected: type[BaseException] | None, hostile: HostileServer, elapsed: float
) -> None:
    assert elapsed <= WITHIN
    if expected is None:
        assert not isinstance(outcome, BaseException), repr(outcome)
        assert outcome.data == []
        return
    assert isinstance(outcome, expected), repr(outcome)
    assert isinstance(outcome, ImpCentralError)
    text = str(outcome)
    assert len(text) < 1000  # a huge or hostile body is not pasted into the message
    if isinstance(outcome, ImpCentralApiError):
        assert outcome.method == "GET" and outcome.url == f"{hostile.url}/products"
        if outcome.status_code == 499:
            assert outcome.code == "XX499" and text == "Client Closed: gone"
        if outcome.status_code == 520:
            assert text == "impCentral API error HTTP/520"
        if outcome.body and isinstance(outcome.body, str):
            assert "nginx" in outcome.body or outcome.body == "{oops"
    if isinstance(outcome, APIConnectionError):
        assert outcome.request is not None and outcome.request.method == "GET"


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", list(CASES))
def test_blocking_client(hostile: HostileServer, case: str, figures: Record) -> None:
    scenario, expected = CASES[case]
    hostile.scenario = fresh_scenario(case, scenario)
    before = hostile.requests
    with ImpCentralApi(
        hostile.url, access_token="token", timeout=TIMEOUT, max_retries=MAX_RETRIES
    ) as api:
        started = time.monotonic()
        try:
            outcome: Any = api.products.list()
        except ImpCentralError as error:
            outcome = error
        elapsed = time.monotonic() - started
    attempts = hostile.requests - before
    figures(f"sync {case}", f"{type(outcome).__name__} after {elapsed:.2f} s, {attempts} attempts")
    check(outcome, expected, hostile, elapsed)
    assert attempts == attempts_expected(case)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", list(CASES))
def test_async_client(hostile: HostileServer, case: str, figures: Record) -> None:
    scenario, expected = CASES[case]
    hostile.scenario = fresh_scenario(case, scenario)
    before = hostile.requests

    async def call() -> tuple[Any, float]:
        async with AsyncImpCentralApi(
            hostile.url, access_token="token", timeout=TIMEOUT, max_retries=MAX_RETRIES
        ) as api:
            started = time.monotonic()
            try:
                outcome: Any = await api.products.list()
            except ImpCentralError as error:
                outcome = error
            return outcome, time.monotonic() - started

    outcome, elapsed = asyncio.run(call())
    attempts = hostile.requests - before
    figures(f"async {case}", f"{type(outcome).__name__} after {elapsed:.2f} s, {attempts} attempts")
    check(outcome, expected, hostile, elapsed)
    assert attempts == attempts_expected(case)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("client", ["sync", "async"])
@pytest.mark.parametrize("case", ["json as text/plain", "slow-loris headers"])
def test_client_through_a_proxy(
    hostile: HostileServer,
    case: str,
    client: str,
    monkeypatch: pytest.MonkeyPatch,
    figures: Record,
) -> None:
    """``HTTP_PROXY`` from the environment is honoured, and so is the deadline behind it."""
    scenario, expected = CASES[case]
    hostile.scenario = scenario
    for name in ("http_proxy", "no_proxy", "NO_PROXY", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{hostile.port}")
    url = "http://api.example.invalid/v5"
    settings: dict[str, Any] = {"access_token": "token", "timeout": TIMEOUT}

    async def call_async() -> Any:
        async with AsyncImpCentralApi(url, max_retries=MAX_RETRIES, **settings) as api:
            return await api.products.list()

    started = time.monotonic()
    try:
        if client == "sync":
            with ImpCentralApi(url, max_retries=MAX_RETRIES, **settings) as api:
                outcome: Any = api.products.list()
        else:
            outcome = asyncio.run(call_async())
    except ImpCentralError as error:
        outcome = error
    elapsed = time.monotonic() - started
    figures(f"{client} {case} via proxy", f"{type(outcome).__name__} after {elapsed:.2f} s")
    assert hostile.request_line.startswith(f"GET {url}/products ".encode())
    assert elapsed <= WITHIN
    if expected is None:
        assert outcome.data == []
    else:
        assert isinstance(outcome, expected), repr(outcome)
