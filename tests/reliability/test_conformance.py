"""HTTP/1.1 conformance and hostile servers: a catalogue of answers from a raw-socket server.

Each case scripts what a server does with one request: well-formed answers in every framing,
answers a strict parser must refuse (a ``Transfer-Encoding`` it does not know, header names and
values that could smuggle a line, ambiguous lengths), broken connections, HTML error pages,
unreadable or huge bodies, slow-loris heads and bodies, an endless body, an early 413 during an
upload. Both public clients, blocking and async, must end every case with its expected outcome:
a result, or one of the SDK's typed errors (never a raw httpx or httpcore exception), within the
configured timeout. Each attempt may take ``connect`` + ``read`` seconds in all (the SDK's
per-attempt deadline), whether the server trickles its head or its body, so a call takes at
most ``WITHIN`` seconds. The pytest timeout is the "no hang" guard; the times are reported.

Then the connections themselves: keep-alive, the cap on open connections over whole exchanges
(heads and bodies), pages read ahead while a list walk uses the current one, and proxies from
the environment.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import socket
import struct
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
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
    InvalidDataError,
)
from impcentral._client import MAX_IN_FLIGHT
from impcentral._retry import RetryPolicy

from .conftest import Record

TIMEOUT = 1.0  # every httpx timeout of the client under test
ATTEMPT = 2 * TIMEOUT  # connect + read: the deadline of one attempt
MAX_RETRIES = 1
# Every attempt at its deadline, the longest backoff between them, and a second for a busy machine.
WITHIN = (1 + MAX_RETRIES) * ATTEMPT + RetryPolicy().initial_delay * (2**MAX_RETRIES - 1) + 1.0

Reader = asyncio.StreamReader
Writer = asyncio.StreamWriter
# What the server does once it has read a request head: True keeps the connection open.
Scenario = Callable[[Reader, Writer, bytes], Awaitable[bool]]

PRODUCTS = json.dumps({"data": [], "links": {"self": "http://x/v5/products"}}).encode()
ERROR_JSON = json.dumps(
    {"errors": [{"status": "499", "code": "XX499", "title": "Client Closed", "detail": "gone"}]}
).encode()
HTML = b"<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>"
JSON_API = "Content-Type: application/vnd.api+json"


async def read_body(reader: Reader, head: bytes) -> None:
    """The request body, by its Content-Length (the SDK sends no chunked bodies)."""
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and int(value) > 0:
            await reader.readexactly(int(value))


def raw(*parts: bytes, pause: float = 0.0, keep: bool = False) -> Scenario:
    """Answer with ``parts`` as they are, ``pause`` seconds apart."""

    async def scenario(reader: Reader, writer: Writer, head: bytes) -> bool:
        await read_body(reader, head)
        for part in parts:
            writer.write(part)
            await writer.drain()
            if pause:
                await asyncio.sleep(pause)
        return keep

    return scenario


def answer(
    status: str = "200 OK",
    body: bytes = PRODUCTS,
    *headers: str,
    length: bool = True,
    keep: bool = True,
) -> Scenario:
    """A well-formed answer: the status line, ``headers``, a Content-Length, the body."""
    lines = [f"HTTP/1.1 {status}", *headers]
    if length:
        lines.append(f"Content-Length: {len(body)}")
    return raw(("\r\n".join(lines) + "\r\n\r\n").encode() + body, keep=keep)


def head_of(*lines: str) -> bytes:
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def chunked(*chunks: bytes, trailer: bytes = b"") -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(c), c) for c in chunks) + b"0\r\n" + trailer + b"\r\n"


def in_halves(data: bytes) -> list[bytes]:
    return [data[: len(data) // 2], data[len(data) // 2 :]]


OK_HEAD = head_of("HTTP/1.1 200 OK", JSON_API, f"Content-Length: {len(PRODUCTS)}")
CHUNKED_HEAD = head_of("HTTP/1.1 200 OK", JSON_API, "Transfer-Encoding: chunked")


def broken_head(*lines: str) -> Scenario:
    """A head with ``lines`` among otherwise good fields, then a good body."""
    good = head_of("HTTP/1.1 200 OK", JSON_API, *lines, f"Content-Length: {len(PRODUCTS)}")
    return raw(good + PRODUCTS)


async def nothing(reader: Reader, writer: Writer, head: bytes) -> bool:
    return False


async def silence(reader: Reader, writer: Writer, head: bytes) -> bool:
    await asyncio.sleep(3 * ATTEMPT)  # never answers within the deadline
    return False


async def reset_mid_body(reader: Reader, writer: Writer, head: bytes) -> bool:
    writer.write(head_of("HTTP/1.1 200 OK", JSON_API, "Content-Length: 1000") + b'{"data": [')
    await writer.drain()
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()  # RST, not FIN
    return False


async def early_413(reader: Reader, writer: Writer, head: bytes) -> bool:
    """Refuse a large upload before reading it, then reset the connection."""
    body = b'{"errors": [{"status": "413", "title": "Too large", "detail": "4 MB max"}]}'
    await asyncio.sleep(0.3)  # the client has filled every buffer on the way by now
    writer.write(
        head_of("HTTP/1.1 413 Payload Too Large", JSON_API, f"Content-Length: {len(body)}")
    )
    writer.write(body)
    await writer.drain()
    await asyncio.sleep(0.2)
    writer.transport.abort()
    return False


async def huge(reader: Reader, writer: Writer, head: bytes) -> bool:
    # 4 MB (a page of 100 devices is ~50 kB) that are not a JSON:API document.
    chunk = b"1," * 32768
    count = 64
    writer.write(head_of("HTTP/1.1 200 OK", JSON_API, f"Content-Length: {len(chunk) * count + 2}"))
    writer.write(b"[")
    for _ in range(count):
        writer.write(chunk)
        await writer.drain()
    writer.write(b"1]")
    await writer.drain()
    return False


async def endless(reader: Reader, writer: Writer, head: bytes) -> bool:
    writer.write(CHUNKED_HEAD)
    chunk = b" " * 16384
    while True:
        writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        await writer.drain()
        await asyncio.sleep(0.005)


async def slow_body(reader: Reader, writer: Writer, head: bytes) -> bool:
    writer.write(OK_HEAD)
    for byte in PRODUCTS:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(TIMEOUT / 4)
    return False


async def slow_head(reader: Reader, writer: Writer, head: bytes) -> bool:
    for byte in OK_HEAD + PRODUCTS:
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(TIMEOUT / 4)
    return False


def byte_by_byte(data: bytes) -> Scenario:
    async def scenario(reader: Reader, writer: Writer, head: bytes) -> bool:
        for byte in data:
            writer.write(bytes([byte]))
            await writer.drain()
        return True

    return scenario


def first_truncated() -> Scenario:
    """The first connection's body is cut short, the next ones are answered properly."""
    seen = [0]

    async def scenario(reader: Reader, writer: Writer, head: bytes) -> bool:
        seen[0] += 1
        if seen[0] == 1:
            return await raw(head_of("HTTP/1.1 200 OK", "Content-Length: 1000") + b'{"da')(
                reader, writer, head
            )
        return await answer("200 OK", PRODUCTS, JSON_API)(reader, writer, head)

    return scenario


@dataclass(frozen=True)
class Case:
    """What the server does; what the call must end with (an error class, or ``None`` for its
    result); whether a GET is sent again after it; which call (``list``, ``delete``,
    ``upload``, or ``smuggle``: a header the SDK refuses to send)."""

    scenario: Scenario | Callable[[], Scenario]
    expected: type[ImpCentralError] | None
    retried: bool = False
    call: str = "list"
    fresh: bool = False  # ``scenario`` makes the scenario, once per test


GZIP = gzip.compress(PRODUCTS)
DEFLATE = zlib.compress(PRODUCTS)
ONE_BYTE_CHUNKS = chunked(*(PRODUCTS[i : i + 1] for i in range(len(PRODUCTS))))
HALF = len(PRODUCTS) // 2


def fails(scenario: Scenario) -> Case:
    """A broken answer: retried (a GET), then raised as a connection error."""
    return Case(scenario, APIConnectionError, retried=True)


CASES: dict[str, Case] = {
    # -- well-formed answers, every framing: a result ------------------------------------------
    "sized body": Case(answer("200 OK", PRODUCTS, JSON_API), None),
    "sized body in two writes": Case(raw(OK_HEAD, *in_halves(PRODUCTS), keep=True), None),
    "chunked body": Case(raw(CHUNKED_HEAD + chunked(PRODUCTS[:HALF], PRODUCTS[HALF:])), None),
    "chunked, a byte at a time": Case(
        byte_by_byte(CHUNKED_HEAD + chunked(PRODUCTS[:HALF], PRODUCTS[HALF:])), None
    ),
    "chunk extensions and a trailer": Case(
        raw(
            CHUNKED_HEAD
            + b"%x;name=value\r\n%s\r\n" % (len(PRODUCTS), PRODUCTS)
            + b"0\r\nX-Trailer: t\r\n\r\n"
        ),
        None,
    ),
    "one-byte chunks": Case(raw(CHUNKED_HEAD + ONE_BYTE_CHUNKS), None),
    "uppercase chunk sizes": Case(
        raw(CHUNKED_HEAD + b"2A\r\n%s\r\nD\r\n%s\r\n0\r\n\r\n" % (PRODUCTS[:42], PRODUCTS[42:])),
        None,
    ),
    "body until the connection closes": Case(
        raw(head_of("HTTP/1.1 200 OK", JSON_API) + PRODUCTS), None
    ),
    "Connection: close": Case(
        answer("200 OK", PRODUCTS, JSON_API, "Connection: close", keep=False), None
    ),
    "HTTP/1.0 answer": Case(raw(head_of("HTTP/1.0 200 OK", JSON_API) + PRODUCTS), None),
    "bytes after the body": Case(raw(OK_HEAD + PRODUCTS + b"extra"), None),
    "interim 100 and 103 first": Case(
        raw(
            head_of("HTTP/1.1 100 Continue")
            + head_of("HTTP/1.1 103 Early Hints", "Link: </a>")
            + OK_HEAD
            + PRODUCTS,
            keep=True,
        ),
        None,
    ),
    "the same length twice in one field": Case(
        broken_head(f"Content-Length: {len(PRODUCTS)}"), None
    ),
    "json as text/plain": Case(answer("200 OK", PRODUCTS, "Content-Type: text/plain"), None),
    "no content type": Case(answer("200 OK", PRODUCTS), None),
    "status 299": Case(answer("299 Whatever", PRODUCTS, JSON_API), None),
    "no reason phrase": Case(answer("200", PRODUCTS, JSON_API), None),
    "an empty header value": Case(broken_head("X-Empty:"), None),
    "padded header values": Case(broken_head("X-Pad:   v   "), None),
    "lowercase header names": Case(
        raw(f"HTTP/1.1 200 OK\r\ncontent-length: {len(PRODUCTS)}\r\n\r\n".encode() + PRODUCTS),
        None,
    ),
    "five hundred header fields": Case(broken_head(*(f"X-F{i}: {i}" for i in range(500))), None),
    "a folded header line": Case(broken_head("X-Long: one", " two"), None),
    "bare line feeds": Case(
        raw(f"HTTP/1.1 200 OK\nContent-Length: {len(PRODUCTS)}\n\n".encode() + PRODUCTS), None
    ),
    "gzip body": Case(answer("200 OK", GZIP, JSON_API, "Content-Encoding: gzip"), None),
    "deflate body": Case(answer("200 OK", DEFLATE, JSON_API, "Content-Encoding: deflate"), None),
    "an unknown content coding": Case(
        answer("200 OK", PRODUCTS, JSON_API, "Content-Encoding: x-unknown"), None
    ),
    "204 with a Content-Length": Case(
        raw(head_of("HTTP/1.1 204 No Content", "Content-Length: 10"), keep=True),
        None,
        call="delete",
    ),
    "204 then close": Case(raw(head_of("HTTP/1.1 204 No Content")), None, call="delete"),
    "truncated once": Case(first_truncated, None, retried=True, fresh=True),
    # -- answers that are errors: the typed error of their status or body ----------------------
    "html 502": Case(
        answer("502 Bad Gateway", HTML, "Content-Type: text/html"), InternalServerError, True
    ),
    "html 200": Case(answer("200 OK", HTML, "Content-Type: text/html"), APIResponseValidationError),
    "invalid json 200": Case(
        answer("200 OK", b'{"data": [', "Content-Type: application/json"),
        APIResponseValidationError,
    ),
    "invalid json 400": Case(
        answer("400 Bad Request", b"{oops", "Content-Type: application/json"), BadRequestError
    ),
    "huge body": Case(huge, APIResponseValidationError),
    "status 499": Case(
        answer("499 Client Closed Request", ERROR_JSON, JSON_API), ImpCentralApiError
    ),
    "status 520": Case(answer("520 Origin Error", b""), InternalServerError, True),
    "status 520 html": Case(
        answer("520 Unknown", HTML, "Content-Type: text/html"), InternalServerError, True
    ),
    "304 to a GET": Case(raw(head_of("HTTP/1.1 304 Not Modified"), keep=True), ImpCentralApiError),
    "corrupt gzip": Case(
        answer("200 OK", b"not gzip at all", JSON_API, "Content-Encoding: gzip"),
        APIResponseValidationError,
    ),
    "early 413 during an upload": Case(early_413, ImpCentralApiError, call="upload"),
    # -- protocol violations and broken connections: a connection error ------------------------
    "truncated body": fails(raw(head_of("HTTP/1.1 200 OK", "Content-Length: 1000") + b'{"da')),
    "no response": fails(nothing),
    "reset mid-body": fails(reset_mid_body),
    "head cut short": fails(raw(b"HTTP/1.1 200 OK\r\nContent-Len")),
    "garbage status line": fails(raw(b"HTTQ/9 banana\r\n\r\n")),
    "HTTP/2 status line": fails(raw(head_of("HTTP/2 200 OK") + PRODUCTS)),
    "ICY status line": fails(raw(head_of("ICY 200 OK") + PRODUCTS)),
    "four-digit status": fails(raw(head_of("HTTP/1.1 2000 OK") + PRODUCTS)),
    "status not a number": fails(raw(head_of("HTTP/1.1 abc OK") + PRODUCTS)),
    "html instead of a head": fails(raw(b"<html>\r\n\r\n" + HTML)),
    "a header line without a colon": fails(broken_head("no colon here")),
    "space before the colon": fails(broken_head("X-Bad : spaced")),
    "a header with no name": fails(broken_head(": no name")),
    "a header name X(A)": fails(broken_head("X(A): v")),
    "NUL in a header value": fails(broken_head("X-Nul: a\0b")),
    "bare CR in a header value": fails(broken_head("X-Cr: a\rb")),
    "Transfer-Encoding: xchunked": fails(
        raw(head_of("HTTP/1.1 200 OK", "Transfer-Encoding: xchunked") + chunked(PRODUCTS))
    ),
    "Transfer-Encoding: gzip alone": fails(
        raw(head_of("HTTP/1.1 200 OK", "Transfer-Encoding: gzip") + GZIP)
    ),
    "a chunk size ' 1c3'": fails(
        raw(CHUNKED_HEAD + b" %x\r\n%s\r\n0\r\n\r\n" % (len(PRODUCTS), PRODUCTS))
    ),
    "a chunk size 'zz'": fails(raw(CHUNKED_HEAD + b"zz\r\nhello\r\n0\r\n\r\n")),
    "a chunk longer than its size": fails(
        raw(CHUNKED_HEAD + b"2\r\n" + PRODUCTS + b"\r\n0\r\n\r\n")
    ),
    "a chunked body cut short": fails(raw(CHUNKED_HEAD + b'%x\r\n{"da' % len(PRODUCTS))),
    "two different lengths": fails(raw(head_of("HTTP/1.1 200 OK", "Content-Length: 2, 1") + b"{}")),
    "a negative length": fails(raw(head_of("HTTP/1.1 200 OK", "Content-Length: -2") + b"{}")),
    "a 30-digit length": fails(
        raw(head_of("HTTP/1.1 200 OK", "Content-Length: " + "9" * 30) + PRODUCTS)
    ),
    # RFC 9112 6.3: Transfer-Encoding overrides Content-Length.
    "length and chunked together": Case(
        raw(
            head_of("HTTP/1.1 200 OK", "Content-Length: 5", "Transfer-Encoding: chunked")
            + chunked(PRODUCTS)
        ),
        None,
    ),
    "a head of 300 KiB": fails(broken_head(*(f"X-Filler-{i}: {'x' * 1000}" for i in range(300)))),
    # -- too slow, too long: a timeout at the attempt's deadline -------------------------------
    "no answer": Case(silence, APITimeoutError, True),
    "endless body": Case(endless, APITimeoutError, True),
    "slow-loris body": Case(slow_body, APITimeoutError, True),
    "slow-loris head": Case(slow_head, APITimeoutError, True),
    # -- requests the SDK refuses to send ------------------------------------------------------
    "CR LF in a header value": Case(answer(), InvalidDataError, call="smuggle"),
    "NUL in a header the SDK sends": Case(answer(), InvalidDataError, call="smuggle-nul"),
}


class ScriptedServer:
    """A raw-socket server on its own thread and event loop: every request gets ``scenario``.
    Counts the requests, the connections opened and the most open at once."""

    def __init__(self) -> None:
        self.scenario: Scenario = nothing
        self.requests = 0
        self.request_line = b""
        self.opened = self.open = self.peak = 0
        self.loop = asyncio.new_event_loop()
        self.port = 0
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        server = self.loop.run_until_complete(
            asyncio.start_server(self._handle, "127.0.0.1", 0, backlog=512)
        )
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

    async def _handle(self, reader: Reader, writer: Writer) -> None:
        self.opened += 1
        self.open += 1
        self.peak = max(self.peak, self.open)
        try:
            keep = True
            while keep:
                head = await reader.readuntil(b"\r\n\r\n")
                self.request_line = head.split(b"\r\n", 1)[0]
                self.requests += 1
                keep = await self.scenario(reader, writer, head)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            pass
        finally:
            self.open -= 1
            writer.close()

    def reset(self, scenario: Scenario) -> None:
        """Serve ``scenario`` from now on, with fresh counts."""
        self.scenario = scenario
        self.requests = self.opened = self.peak = 0

    def __enter__(self) -> ScriptedServer:
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
def server() -> Iterator[ScriptedServer]:
    with ScriptedServer() as running:
        yield running


BIG = "y" * 16_000_000  # an upload far larger than the socket buffers
SMUGGLED = {"smuggle": "a\r\nInjected: yes", "smuggle-nul": "a\0b"}


def sync_call(api: ImpCentralApi, call: str) -> Any:
    if call == "delete":
        return api.products.delete("p1")
    if call == "upload":
        return api.products.create({"name": "p", "description": BIG})
    if call in SMUGGLED:
        return api.accounts.delete_login_key("k1", SMUGGLED[call])
    return api.products.list()


async def async_call(api: AsyncImpCentralApi, call: str) -> Any:
    if call == "delete":
        return await api.products.delete("p1")
    if call == "upload":
        return await api.products.create({"name": "p", "description": BIG})
    if call in SMUGGLED:
        return await api.accounts.delete_login_key("k1", SMUGGLED[call])
    return await api.products.list()


def check(case: Case, outcome: Any, server: ScriptedServer, elapsed: float) -> None:
    assert elapsed <= WITHIN
    if case.expected is None:
        assert not isinstance(outcome, BaseException), repr(outcome)
        if case.call == "list":
            assert outcome.data == []
        else:
            assert outcome is None
        return
    assert isinstance(outcome, case.expected), repr(outcome)
    text = str(outcome)
    assert len(text) < 1000  # a huge or hostile body is not pasted into the message
    if isinstance(outcome, ImpCentralApiError):
        path = "/products" if case.call in ("list", "upload") else "/products/p1"
        assert outcome.method in ("GET", "POST") and outcome.url == f"{server.url}{path}"
        if outcome.status_code == 499:
            assert outcome.code == "XX499" and text == "Client Closed: gone"
        if outcome.status_code == 520:  # the text of an HTML page is said, its markup is not
            said = ": 502 Bad Gateway nginx" if outcome.body else ""
            assert text == "impCentral API error HTTP/520" + said
        if case.call == "upload":
            assert outcome.status_code == 413 and text == "Too large: 4 MB max"
    if isinstance(outcome, APIConnectionError):
        assert outcome.request is not None and outcome.request.method == "GET"


def attempts(case: Case) -> int:
    if case.expected is InvalidDataError:
        return 0  # refused before anything is sent
    return 1 + MAX_RETRIES if case.retried else 1


SETTINGS: dict[str, Any] = {"access_token": "token", "timeout": TIMEOUT, "max_retries": MAX_RETRIES}


def scenario_of(case: Case) -> Scenario:
    if case.fresh:
        return case.scenario()  # type: ignore[call-arg,return-value]
    return case.scenario  # type: ignore[return-value]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", list(CASES))
def test_blocking_client(server: ScriptedServer, case: str, figures: Record) -> None:
    script = CASES[case]
    server.reset(scenario_of(script))
    with ImpCentralApi(server.url, **SETTINGS) as api:
        started = time.monotonic()
        try:
            outcome: Any = sync_call(api, script.call)
        except ImpCentralError as error:
            outcome = error
        elapsed = time.monotonic() - started
    figures(f"sync {case}", f"{type(outcome).__name__} after {elapsed:.2f} s, {server.requests}")
    check(script, outcome, server, elapsed)
    assert server.requests == attempts(script)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("case", list(CASES))
def test_async_client(server: ScriptedServer, case: str, figures: Record) -> None:
    script = CASES[case]
    server.reset(scenario_of(script))

    async def call() -> tuple[Any, float]:
        async with AsyncImpCentralApi(server.url, **SETTINGS) as api:
            started = time.monotonic()
            try:
                outcome: Any = await async_call(api, script.call)
            except ImpCentralError as error:
                outcome = error
            return outcome, time.monotonic() - started

    outcome, elapsed = asyncio.run(call())
    figures(f"async {case}", f"{type(outcome).__name__} after {elapsed:.2f} s, {server.requests}")
    check(script, outcome, server, elapsed)
    assert server.requests == attempts(script)


# --- the connections --------------------------------------------------------------------------


def test_keep_alive_reuses_one_connection(server: ScriptedServer) -> None:
    server.reset(answer("200 OK", PRODUCTS, JSON_API))
    with ImpCentralApi(server.url, **SETTINGS) as api:
        for _ in range(5):
            assert api.products.list().data == []

    async def calls() -> None:
        async with AsyncImpCentralApi(server.url, **SETTINGS) as aapi:
            for _ in range(5):
                assert (await aapi.products.list()).data == []

    asyncio.run(calls())
    assert (server.requests, server.opened) == (10, 2)


def test_a_connection_the_server_closed_while_idle_is_not_reused(server: ScriptedServer) -> None:
    server.reset(answer("200 OK", PRODUCTS, JSON_API, keep=False))  # closes after each answer
    with ImpCentralApi(server.url, **{**SETTINGS, "max_retries": 0}) as api:
        for _ in range(3):
            assert api.products.list().data == []
            time.sleep(0.05)

    async def calls() -> None:
        async with AsyncImpCentralApi(server.url, **{**SETTINGS, "max_retries": 0}) as aapi:
            for _ in range(3):
                assert (await aapi.products.list()).data == []
                await asyncio.sleep(0.05)

    asyncio.run(calls())
    assert (server.requests, server.opened) == (6, 6)


def late_body(delay: float) -> Scenario:
    """The head at once, the body ``delay`` seconds later."""

    async def scenario(reader: Reader, writer: Writer, head: bytes) -> bool:
        writer.write(OK_HEAD)
        await writer.drain()
        await asyncio.sleep(delay)
        writer.write(PRODUCTS)
        await writer.drain()
        return True

    return scenario


def test_the_async_cap_holds_for_whole_exchanges(server: ScriptedServer, figures: Record) -> None:
    """Calls whose bodies come well after their heads: the client holds no more connections
    than its cap, heads and bodies included."""
    server.reset(late_body(0.3))
    calls = 3 * MAX_IN_FLIGHT

    async def main() -> list[Any]:
        async with AsyncImpCentralApi(server.url, access_token="t", timeout=10) as aapi:
            return list(await asyncio.gather(*(aapi.products.list() for _ in range(calls))))

    pages = asyncio.run(main())
    figures("async connections at once", f"{server.peak} for {calls} calls")
    assert [page.data for page in pages] == [[]] * calls
    assert server.peak <= MAX_IN_FLIGHT


def test_the_blocking_pool_caps_connections_for_whole_exchanges(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch, figures: Record
) -> None:
    monkeypatch.setattr("impcentral._transport.MAX_CONNECTIONS", 4)
    server.reset(late_body(0.2))
    threads = 12
    with (
        ImpCentralApi(server.url, access_token="t", timeout=10) as api,
        ThreadPoolExecutor(threads) as pool,
    ):
        pages = list(pool.map(lambda _: api.products.list(), range(threads)))
    figures("blocking connections at once", f"{server.peak} for {threads} threads")
    assert [page.data for page in pages] == [[]] * threads
    assert server.peak <= 4


def product_page(url: str, number: int, last: int) -> bytes:
    links = {"self": f"{url}/products?p={number}"}
    if number < last:
        links["next"] = f"{url}/products?p={number + 1}"
    items = [
        {"type": "product", "id": f"p{number}-{i}", "attributes": {"name": "x"}} for i in range(2)
    ]
    return json.dumps({"data": items, "links": links}).encode()


@pytest.mark.parametrize("kind", ["blocking", "async"])
def test_a_list_walk_reads_the_next_page_while_using_this_one(
    server: ScriptedServer, kind: str
) -> None:
    """httpcore says when a request is sent, so every page is asked for on its own thread (or
    task): the third page is held back until the second is in use, which a walk reading its
    pages in place could never see."""
    second_in_use = asyncio.Event()

    async def pages(reader: Reader, writer: Writer, head: bytes) -> bool:
        line = head.split(b"\r\n", 1)[0]
        number = int(line.split(b" ")[1].rsplit(b"=", 1)[1]) if b"p=" in line else 1
        if number == 3:  # a walk reading in place never gets here: it fails after 5 s
            await asyncio.wait_for(second_in_use.wait(), 5)
        body = product_page(server.url, number, 3)
        writer.write(head_of("HTTP/1.1 200 OK", f"Content-Length: {len(body)}") + body)
        return True

    def used(product_id: str) -> str:
        if product_id == "p2-0":
            server.loop.call_soon_threadsafe(second_in_use.set)
        return product_id

    server.reset(pages)
    if kind == "async":

        async def walk() -> list[str]:
            async with AsyncImpCentralApi(server.url, access_token="t", max_retries=0) as aapi:
                return [used(product.id) async for product in aapi.products.list_all()]

        ids = asyncio.run(walk())
    else:
        with ImpCentralApi(server.url, access_token="t", max_retries=0) as api:
            ids = [used(product.id) for product in api.products.list_all()]
    assert ids == ["p1-0", "p1-1", "p2-0", "p2-1", "p3-0", "p3-1"]
    assert server.requests == 3


def test_a_cancelled_call_leaves_the_async_client_usable(server: ScriptedServer) -> None:
    server.reset(late_body(0.5))

    async def main() -> list[Any]:
        async with AsyncImpCentralApi(server.url, access_token="t", timeout=10) as aapi:
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(aapi.products.list(), 0.1)
            return list((await aapi.products.list()).data)

    assert asyncio.run(main()) == []


@pytest.mark.timeout(60)
@pytest.mark.parametrize("client", ["sync", "async"])
@pytest.mark.parametrize("case", ["json as text/plain", "slow-loris head"])
def test_client_through_a_proxy(
    server: ScriptedServer,
    case: str,
    client: str,
    monkeypatch: pytest.MonkeyPatch,
    figures: Record,
) -> None:
    """``HTTP_PROXY`` from the environment is honoured, and so is the deadline behind it."""
    script = CASES[case]
    server.reset(scenario_of(script))
    for name in ("http_proxy", "no_proxy", "NO_PROXY", "ALL_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{server.port}")
    url = "http://api.example.invalid/v5"

    async def call_async() -> Any:
        async with AsyncImpCentralApi(url, **SETTINGS) as aapi:
            return await aapi.products.list()

    started = time.monotonic()
    try:
        if client == "sync":
            with ImpCentralApi(url, **SETTINGS) as api:
                outcome: Any = api.products.list()
        else:
            outcome = asyncio.run(call_async())
    except ImpCentralError as error:
        outcome = error
    elapsed = time.monotonic() - started
    figures(f"{client} {case} via proxy", f"{type(outcome).__name__} after {elapsed:.2f} s")
    assert server.request_line.startswith(f"GET {url}/products ".encode())
    assert elapsed <= WITHIN
    if script.expected is None:
        assert outcome.data == []
    else:
        assert isinstance(outcome, script.expected), repr(outcome)
