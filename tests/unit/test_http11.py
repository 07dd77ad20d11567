"""HTTP/1.1 on the SDK's own connections (``_http11``, ``_connections``): request heads, response
heads, every body framing, and what a server can get wrong, over scripted connections, blocking
and async alike."""

from __future__ import annotations

from typing import Any

import httpcore
import pytest

from impcentral._connections import AsyncConnection, Connection
from impcentral._http11 import MAX_HEAD, parse_head, request_head

GET_HEADERS = [(b"Host", b"api.test"), (b"Accept", b"application/vnd.api+json")]


class Scripted(httpcore.NetworkStream):
    """A connection that hands out the given pieces, one per read, then end of file."""

    def __init__(self, *incoming: bytes) -> None:
        self.incoming = list(incoming)
        self.written = b""
        self.closed = False

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.incoming.pop(0) if self.incoming else b""

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.written += buffer

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, info: str) -> Any:
        return False if info == "is_readable" else None


class AsyncScripted(httpcore.AsyncNetworkStream):
    """The async twin of :class:`Scripted`."""

    def __init__(self, *incoming: bytes) -> None:
        self.script = Scripted(*incoming)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.script.read(max_bytes)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.script.write(buffer)

    async def aclose(self) -> None:
        self.script.close()

    def get_extra_info(self, info: str) -> Any:
        return self.script.get_extra_info(info)


def request(method: bytes = b"GET", body: Any = b"", headers: Any = None) -> httpcore.Request:
    return httpcore.Request(
        method, "http://api.test/v5/products", headers=headers or GET_HEADERS, content=body
    )


@pytest.fixture(params=["blocking", "async"])
def exchange(request: pytest.FixtureRequest) -> Any:
    """Send one request over a scripted connection, blocking or async; read the whole answer."""

    async def blocking(
        *incoming: bytes, method: bytes = b"GET", headers: Any = None, body: Any = b""
    ) -> tuple[int, bytes, Any, Scripted]:
        stream = Scripted(*incoming)
        connection = Connection(stream, keepalive_expiry=5.0)
        response = connection.handle_request(_request(method, body, headers))
        parts = list(response.stream)  # type: ignore[arg-type]
        response.close()
        return response.status, b"".join(parts), connection, stream

    async def asynchronous(
        *incoming: bytes, method: bytes = b"GET", headers: Any = None, body: Any = b""
    ) -> tuple[int, bytes, Any, Scripted]:
        stream = AsyncScripted(*incoming)
        connection = AsyncConnection(stream, keepalive_expiry=5.0)
        response = await connection.handle_async_request(_request(method, body, headers))
        parts = [part async for part in response.stream]  # type: ignore[union-attr]
        await response.aclose()
        return response.status, b"".join(parts), connection, stream.script

    return blocking if request.param == "blocking" else asynchronous


_request = request


def split_everywhere(data: bytes) -> list[bytes]:
    return [data[i : i + 1] for i in range(len(data))]


# --- request heads ----------------------------------------------------------------------------


def test_a_request_head_is_the_request_line_and_its_fields() -> None:
    head = request_head(b"GET", b"/v5/products?page%5Bsize%5D=1", GET_HEADERS)
    assert head == (
        b"GET /v5/products?page%5Bsize%5D=1 HTTP/1.1\r\n"
        b"Host: api.test\r\nAccept: application/vnd.api+json\r\n\r\n"
    )


@pytest.mark.parametrize(
    "headers",
    [
        [(b"X-Name", b"a\r\nInjected: yes")],
        [(b"X-Name", b"a\nInjected: yes")],
        [(b"X-Name", b"a\rb")],
        [(b"X-Name", b"a\0b")],
        [(b"X Name", b"a")],
        [(b"X-Name:", b"a")],
        [(b"", b"a")],
    ],
)
def test_a_field_that_would_smuggle_a_line_is_refused(headers: list[tuple[bytes, bytes]]) -> None:
    with pytest.raises(httpcore.LocalProtocolError):
        request_head(b"GET", b"/", headers)


def test_a_target_with_a_line_break_is_refused() -> None:
    with pytest.raises(httpcore.LocalProtocolError):
        request_head(b"GET", b"/a HTTP/1.1\r\nX: y", GET_HEADERS)


# --- response heads ---------------------------------------------------------------------------


def test_a_response_head_is_parsed() -> None:
    status, reason, version, headers = parse_head(
        b"HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\nX-Empty:\r\nX-Pad:  v  "
    )
    assert (status, reason, version) == (404, b"Not Found", b"HTTP/1.1")
    assert headers == [(b"Content-Type", b"application/json"), (b"X-Empty", b""), (b"X-Pad", b"v")]


def test_bare_line_feeds_and_folded_lines_are_read() -> None:
    _, reason, _, headers = parse_head(b"HTTP/1.0 200\nX-Long: one\n two\nX-B: b")
    assert reason == b""
    assert headers == [(b"X-Long", b"one two"), (b"X-B", b"b")]


@pytest.mark.parametrize(
    "head",
    [
        b"HTTP/2 200 OK",
        b"ICY 200 OK",
        b"HTTP/1.1 2000 OK",
        b"HTTP/1.1 abc OK",
        b"<html>",
        b"HTTP/1.1 200 OK\r\nno colon here",
        b"HTTP/1.1 200 OK\r\nX-Bad : spaced",
        b"HTTP/1.1 200 OK\r\n: no name",
    ],
)
def test_a_malformed_head_is_a_protocol_error(head: bytes) -> None:
    with pytest.raises(httpcore.RemoteProtocolError):
        parse_head(head)


# --- bodies -----------------------------------------------------------------------------------


async def test_a_sized_body_leaves_the_connection_idle(exchange: Any) -> None:
    status, body, connection, stream = await exchange(
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello"
    )
    assert (status, body) == (200, b"hello")
    assert connection.is_idle() and not connection.has_expired()
    assert stream.written == request_head(b"GET", b"/v5/products", GET_HEADERS)


async def test_every_piece_may_arrive_a_byte_at_a_time(exchange: Any) -> None:
    answer = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5;ext=1\r\nhello\r\n1\r\n \r\n5\r\nworld\r\n0\r\nTrailer: t\r\n\r\n"
    )
    status, body, connection, _ = await exchange(*split_everywhere(answer))
    assert (status, body) == (200, b"hello world")
    assert connection.is_idle()


async def test_many_small_chunks_in_one_read(exchange: Any) -> None:
    body = bytes(range(256)) * 20
    chunks = b"".join(b"1\r\n%s\r\n" % body[i : i + 1] for i in range(len(body)))
    answer = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + chunks + b"0\r\n\r\n"
    status, received, connection, _ = await exchange(answer)
    assert (status, received) == (200, body)
    assert connection.is_idle()


async def test_interim_answers_come_before_the_real_one(exchange: Any) -> None:
    status, body, _, _ = await exchange(
        b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n"
        b"HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}"
    )
    assert (status, body) == (201, b"{}")


@pytest.mark.parametrize(
    ("answer", "method"),
    [
        (b"HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n", b"DELETE"),
        (b"HTTP/1.1 304 Not Modified\r\n\r\n", b"GET"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n", b"HEAD"),
    ],
)
async def test_answers_without_a_body(answer: bytes, method: bytes, exchange: Any) -> None:
    _, body, connection, _ = await exchange(answer, method=method)
    assert body == b""
    assert connection.is_idle()


async def test_a_body_up_to_the_end_of_the_connection_ends_its_reuse(exchange: Any) -> None:
    _, body, connection, stream = await exchange(b"HTTP/1.1 200 OK\r\n\r\nall ", b"of it")
    assert body == b"all of it"
    assert not connection.is_idle() and stream.closed


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}extra",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip\r\n\r\n{}",
    ],
)
async def test_a_connection_the_answer_rules_out_is_closed(answer: bytes, exchange: Any) -> None:
    _, body, connection, stream = await exchange(answer)
    assert body == b"{}"
    assert not connection.is_idle() and stream.closed


@pytest.mark.parametrize(
    "answer",
    [
        b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhello\r\n0\r\n\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Length: 2, 1\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Length: -2\r\n\r\n{}",
        b"HTTP/1.1 200 OK\r\nContent-Len",
        b"",
    ],
)
async def test_what_a_server_gets_wrong_is_a_protocol_error(answer: bytes, exchange: Any) -> None:
    with pytest.raises(httpcore.RemoteProtocolError):
        await exchange(answer)


async def test_the_same_length_twice_is_one_length(exchange: Any) -> None:
    _, body, _, _ = await exchange(b"HTTP/1.1 200 OK\r\nContent-Length: 2, 2\r\n\r\n{}")
    assert body == b"{}"


async def test_a_head_larger_than_the_limit_is_refused(exchange: Any) -> None:
    filler = b"X-Filler: " + b"x" * 1000 + b"\r\n"
    answer = b"HTTP/1.1 200 OK\r\n" + filler * (MAX_HEAD // len(filler) + 2)
    with pytest.raises(httpcore.RemoteProtocolError, match="larger than"):
        await exchange(answer)


def test_a_body_closed_unread_closes_its_connection() -> None:
    stream = Scripted(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n01234")
    connection = Connection(stream, keepalive_expiry=5.0)
    response = connection.handle_request(request())
    response.close()
    assert stream.closed and connection.has_expired()


async def test_a_request_body_goes_after_the_head_with_its_framing(exchange: Any) -> None:
    headers = [(b"Host", b"api.test"), (b"Content-Length", b"2")]
    _, _, _, stream = await exchange(
        b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n", method=b"POST", body=b"{}", headers=headers
    )
    assert stream.written == request_head(b"POST", b"/v5/products", headers) + b"{}"


async def test_a_chunked_request_body_is_sent_in_chunks() -> None:
    headers = [(b"Host", b"api.test"), (b"Transfer-Encoding", b"chunked")]
    stream = AsyncScripted(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
    connection = AsyncConnection(stream, keepalive_expiry=5.0)

    async def parts() -> Any:
        yield b"hello"
        yield b" world"

    req = httpcore.Request(b"POST", "http://api.test/up", headers=headers, content=parts())
    response = await connection.handle_async_request(req)
    await response.aclose()
    assert stream.script.written == (
        request_head(b"POST", b"/up", headers) + b"5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n"
    )
    assert connection.is_idle()


def test_a_blocking_chunked_request_body_is_sent_in_chunks() -> None:
    headers = [(b"Host", b"api.test"), (b"Transfer-Encoding", b"chunked")]
    stream = Scripted(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
    connection = Connection(stream, keepalive_expiry=5.0)
    req = httpcore.Request(b"POST", "http://api.test/up", headers=headers, content=[b"a", b"bc"])
    connection.handle_request(req).close()
    assert (
        stream.written == request_head(b"POST", b"/up", headers) + b"1\r\na\r\n2\r\nbc\r\n0\r\n\r\n"
    )
