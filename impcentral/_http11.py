"""HTTP/1.1 on one of the async client's own connections: the request out, the response in.

httpcore speaks HTTP/1.1 through h11, which runs every event of every message through a general
state machine in Python: about a fifth of the async client's cost per call. A client that sends
one request at a time on a connection needs much less: write the head and body, read the head,
then the body as its framing says (RFC 9112, section 6). What a server gets wrong is a
``RemoteProtocolError``; a header that would smuggle another line is refused before sending.
"""

from __future__ import annotations

import re
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpcore

#: The largest response head accepted (httpcore's own limit through h11).
MAX_HEAD = 100 * 1024
_READ = 64 * 1024
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_LINE_END = re.compile(rb"\r?\n")
_NO_BODY = frozenset({204, 304})
_TOKEN = re.compile(rb"[-!#$%&'*+.^_`|~0-9A-Za-z]+")
_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")
_UNTIL_CLOSE = -1
_CHUNKED = -2


class Http11Connection:
    """One connection, one request at a time; idle between them until it expires or the server
    closes it."""

    def __init__(self, stream: httpcore.AsyncNetworkStream, keepalive_expiry: float) -> None:
        self._stream = stream
        self._keepalive_expiry = keepalive_expiry
        self._buffer = b""
        self._idle_until: float | None = None  # None while a request is on it or once closed
        self._closed = False

    def is_idle(self) -> bool:
        return self._idle_until is not None

    def has_expired(self) -> bool:
        """Idle past the keep-alive expiry, or closed (or written to) by the server meanwhile."""
        if self._idle_until is None or self._closed:
            return True
        return time.monotonic() > self._idle_until or bool(
            self._stream.get_extra_info("is_readable")
        )

    async def aclose(self) -> None:
        self._idle_until = None
        if not self._closed:
            self._closed = True
            await self._stream.aclose()

    async def handle_async_request(self, request: httpcore.Request) -> httpcore.Response:
        self._idle_until = None
        timeouts = request.extensions.get("timeout", {})
        read_timeout = timeouts.get("read")
        chunked, closing = _request_framing(request.headers)
        head = request_head(request.method, request.url.target, request.headers)
        await self._send(head, request.stream, chunked, timeouts.get("write"))
        while True:
            status, reason, version, headers = parse_head(await self._head(read_timeout))
            if status >= 200 or status == 101:
                break  # 1xx answers (100 Continue, 103 Early Hints) come before the real one
        length, reusable = _response_framing(request.method, status, version, headers)
        body = ResponseBody(self, length, read_timeout, reusable and not closing)
        return httpcore.Response(
            status=status,
            headers=headers,
            content=body,
            extensions={
                "http_version": version,
                "reason_phrase": reason,
                "network_stream": self._stream,
            },
        )

    async def _send(self, head: bytes, body: Any, chunked: bool, timeout: float | None) -> None:
        pending = head  # the head and the first part of the body go in one write
        async for part in body:
            if part:
                pending += b"%x\r\n%s\r\n" % (len(part), part) if chunked else part
                await self._stream.write(pending, timeout)
                pending = b""
        if chunked:
            pending += b"0\r\n\r\n"
        if pending:
            await self._stream.write(pending, timeout)

    async def _head(self, timeout: float | None) -> bytes:
        searched = 0
        while True:
            end = _HEAD_END.search(self._buffer, max(searched - 3, 0))
            if end is not None:
                head, self._buffer = self._buffer[: end.start()], self._buffer[end.end() :]
                return head
            if len(self._buffer) > MAX_HEAD:
                raise httpcore.RemoteProtocolError("The response head is larger than 100 KiB")
            searched = len(self._buffer)
            data = await self._stream.read(_READ, timeout)
            if not data:
                raise httpcore.RemoteProtocolError(
                    "Server disconnected without sending a response."
                )
            self._buffer += data

    async def read(self, timeout: float | None) -> bytes:
        """What is buffered, else the next bytes from the server; ``b""`` at its end of file."""
        if self._buffer:
            data, self._buffer = self._buffer, b""
            return data
        return await self._stream.read(_READ, timeout)

    async def line(self, timeout: float | None) -> bytes:
        """The next line (of a chunked body), without its line ending."""
        while True:
            end = _LINE_END.search(self._buffer)
            if end is not None:
                line, self._buffer = self._buffer[: end.start()], self._buffer[end.end() :]
                return line
            if len(self._buffer) > MAX_HEAD:
                raise httpcore.RemoteProtocolError("A chunk header is larger than 100 KiB")
            data = await self._stream.read(_READ, timeout)
            if not data:
                raise _incomplete()
            self._buffer += data

    def unread(self, data: bytes) -> None:
        self._buffer = data + self._buffer

    def done(self, reusable: bool) -> None:
        """The response was read to its end: idle again, if the server allows it."""
        if reusable and not self._buffer and not self._closed:
            self._idle_until = time.monotonic() + self._keepalive_expiry


class ResponseBody:
    """A response body as its framing delimits it. The connection is reusable only once the
    body has been read to its end; closed before that, the connection closes too.
    ``on_close`` runs after (the pool takes the connection back)."""

    def __init__(
        self, connection: Http11Connection, length: int, timeout: float | None, reusable: bool
    ) -> None:
        self._connection = connection
        self._length = length
        self._timeout = timeout
        self._reusable = reusable
        self._closed = False
        self.on_close: Callable[[], Awaitable[None]] | None = None
        if length == 0:
            connection.done(reusable)

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._length == 0:
            return
        if self._length == _CHUNKED:
            parts = self._chunked()
        elif self._length == _UNTIL_CLOSE:
            parts = self._until_close()
        else:
            parts = self._sized(self._length)
        async for part in parts:
            yield part
        self._connection.done(self._reusable)

    async def aclose(self) -> None:
        if self._closed:
            return
        self._closed = True
        if not self._connection.is_idle():
            await self._connection.aclose()
        if self.on_close is not None:
            await self.on_close()

    async def _sized(self, remaining: int) -> AsyncIterator[bytes]:
        connection, timeout = self._connection, self._timeout
        while remaining > 0:
            data = await connection.read(timeout)
            if not data:
                raise _incomplete()
            if len(data) > remaining:  # the server sent more than it announced
                connection.unread(data[remaining:])
                data = data[:remaining]
            remaining -= len(data)
            yield data

    async def _until_close(self) -> AsyncIterator[bytes]:
        while data := await self._connection.read(self._timeout):
            yield data

    async def _chunked(self) -> AsyncIterator[bytes]:
        connection, timeout = self._connection, self._timeout
        while True:
            size = _chunk_size(await connection.line(timeout))
            if size == 0:
                while await connection.line(timeout):  # trailer fields, up to an empty line
                    pass
                return
            async for part in self._sized(size):
                yield part
            if await connection.line(timeout):
                raise httpcore.RemoteProtocolError("A chunk is longer than its size says")


def request_head(method: bytes, target: bytes, headers: list[tuple[bytes, bytes]]) -> bytes:
    """The request line and header fields, refusing any that would smuggle another line."""
    lines = [b"%s %s HTTP/1.1" % (method, target)]
    lines.extend(b"%s: %s" % (name, value) for name, value in headers)
    head = b"\r\n".join(lines)
    # The lines were joined with CRLF: any other CR or LF came from inside a field.
    breaks = len(lines) - 1
    if head.count(b"\n") != breaks or head.count(b"\r") != breaks or b"\0" in head:
        raise httpcore.LocalProtocolError("Illegal character in the request line or a header")
    for name, _ in headers:
        if not _TOKEN.fullmatch(name):
            raise httpcore.LocalProtocolError(f"Illegal header name {name!r}")
    return head + b"\r\n\r\n"


def parse_head(head: bytes) -> tuple[int, bytes, bytes, list[tuple[bytes, bytes]]]:
    """Status, reason phrase, version and header fields of a response head."""
    status_line, *lines = _LINE_END.split(head)
    version, _, rest = status_line.partition(b" ")
    code, _, reason = rest.partition(b" ")
    if version not in (b"HTTP/1.1", b"HTTP/1.0") or len(code) != 3 or not code.isdigit():
        raise httpcore.RemoteProtocolError(f"Invalid status line {status_line[:100]!r}")
    headers: list[tuple[bytes, bytes]] = []
    for line in lines:
        if line[:1] in (b" ", b"\t") and headers:  # an obsolete continuation line
            name, value = headers[-1]
            headers[-1] = (name, value + b" " + line.strip(b" \t"))
            continue
        name, colon, value = line.partition(b":")
        if not colon or not name or name != name.strip(b" \t"):
            raise httpcore.RemoteProtocolError(f"Invalid header line {line[:100]!r}")
        headers.append((name, value.strip(b" \t")))
    return int(code), reason, version, headers


def _request_framing(headers: list[tuple[bytes, bytes]]) -> tuple[bool, bool]:
    """Whether the request body goes chunked, and whether the request asks to close."""
    chunked = closing = False
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"transfer-encoding":
            chunked = value.strip().lower().endswith(b"chunked")
        elif lowered == b"connection":
            closing = b"close" in value.lower()
    return chunked, closing


def _response_framing(
    method: bytes, status: int, version: bytes, headers: list[tuple[bytes, bytes]]
) -> tuple[int, bool]:
    """The body's length (or ``_CHUNKED`` / ``_UNTIL_CLOSE``), and whether the connection may
    carry another request afterwards."""
    reusable = version == b"HTTP/1.1"
    encoding: bytes | None = None
    lengths: set[bytes] = set()
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"content-length":
            lengths.update(part.strip() for part in value.split(b","))
        elif lowered == b"transfer-encoding":
            encoding = value.strip().lower()
        elif lowered == b"connection":
            reusable = reusable and b"close" not in value.lower()
    if status < 200:  # 101: the connection speaks another protocol from here on
        return 0, False
    if method == b"HEAD" or status in _NO_BODY:
        return 0, reusable
    if encoding is not None:
        if encoding.endswith(b"chunked"):
            return _CHUNKED, reusable
        return _UNTIL_CLOSE, False
    if not lengths:
        return _UNTIL_CLOSE, False
    length = lengths.pop()
    if lengths or not length.isdigit():  # several different lengths, or not a number
        raise httpcore.RemoteProtocolError("Invalid Content-Length in the response")
    return int(length), reusable


def _chunk_size(line: bytes) -> int:
    size = line.split(b";", 1)[0].strip(b" \t")
    if not _HEX.fullmatch(size):
        raise httpcore.RemoteProtocolError(f"Invalid chunk size {line[:100]!r}")
    return int(size, 16)


def _incomplete() -> httpcore.RemoteProtocolError:
    return httpcore.RemoteProtocolError(
        "peer closed connection without sending complete message body"
    )
