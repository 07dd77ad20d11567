"""HTTP/1.1 for the SDK's own connections, without any I/O: the request head out, the response
head and body in.

httpcore speaks HTTP/1.1 through h11, which runs every event of every message through a general
state machine in Python: about a fifth of the client's cost per call. A client that sends one
request at a time on a connection needs much less: write the head and body, read the head, then
the body as its framing says (RFC 9112, section 6). What a server gets wrong is a
``RemoteProtocolError``; a header that would smuggle another line is refused before sending.
``_connections`` does the reading and writing, blocking and async alike.
"""

from __future__ import annotations

import re

import httpcore

#: The largest response head (or chunk header) accepted: httpcore's own limit through h11.
MAX_HEAD = 100 * 1024
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_LINE_END = re.compile(rb"\r?\n")
_TOKEN = re.compile(rb"[-!#$%&'*+.^_`|~0-9A-Za-z]+")
_HEX = re.compile(rb"[0-9A-Fa-f]{1,16}")
_NO_BODY = frozenset({204, 304})

Headers = list[tuple[bytes, bytes]]

# How the body ends: after a length, after a zero-size chunk, or with the connection.
_SIZED, _CHUNKED, _UNTIL_CLOSE = range(3)
# Where a chunked body is: a size line, chunk data, the line end after it, the trailer fields.
_SIZE, _DATA, _DATA_END, _TRAILER = range(4)


def request_head(method: bytes, target: bytes, headers: Headers) -> bytes:
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


def request_framing(headers: Headers) -> tuple[bool, bool]:
    """Whether the request body goes chunked, and whether the request asks to close."""
    chunked = closing = False
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"transfer-encoding":
            chunked = value.strip().lower().endswith(b"chunked")
        elif lowered == b"connection":
            closing = b"close" in value.lower()
    return chunked, closing


def chunk(part: bytes) -> bytes:
    """``part`` as one chunk of a chunked request body."""
    return b"%x\r\n%s\r\n" % (len(part), part)


LAST_CHUNK = b"0\r\n\r\n"


def parse_head(head: bytes) -> tuple[int, bytes, bytes, Headers]:
    """Status, reason phrase, version and header fields of a response head."""
    status_line, *lines = _LINE_END.split(head)
    version, _, rest = status_line.partition(b" ")
    code, _, reason = rest.partition(b" ")
    if version not in (b"HTTP/1.1", b"HTTP/1.0") or len(code) != 3 or not code.isdigit():
        raise httpcore.RemoteProtocolError(f"Invalid status line {status_line[:100]!r}")
    headers: Headers = []
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


class ResponseReader:
    """One response: bytes in (:meth:`feed`, :meth:`end_of_file`), then its head (:meth:`head`)
    and body parts (:meth:`parts`) out, until ``complete``. ``reusable`` says, once complete,
    whether the connection may carry another request."""

    def __init__(self, method: bytes, *, closing: bool = False) -> None:
        self._method = method
        self._closing = closing
        # What has arrived and is not read yet: the bytes from _pos on. Appending to a bytearray
        # and reading by position keeps a response that arrives a byte at a time, or a body of
        # many small chunks, linear in its size.
        self._buffer = bytearray()
        self._pos = 0
        self._searched = 0  # how far past _pos the head's end has been looked for
        self._framing = _SIZED
        self._left = 0  # of a sized body, or of the current chunk
        self._chunk_state = _SIZE
        self._keep_alive = False
        self.complete = False
        self.reusable = False

    def feed(self, data: bytes) -> None:
        if self._pos:
            del self._buffer[: self._pos]
            self._pos = 0
        self._buffer += data

    def end_of_file(self) -> None:
        """The server closed the connection: the end of a body that lasts until then, else a
        response cut short."""
        if self._framing != _UNTIL_CLOSE:
            raise httpcore.RemoteProtocolError(
                "peer closed connection without sending complete message body"
            )
        self.complete = True

    def head(self) -> tuple[int, bytes, bytes, Headers] | None:
        """The final response head once it is all in (interim 1xx answers are skipped)."""
        buffer = self._buffer
        while True:
            end = _HEAD_END.search(buffer, self._pos + max(self._searched - 3, 0))
            if end is None:
                self._searched = len(buffer) - self._pos
                if self._searched > MAX_HEAD:
                    raise httpcore.RemoteProtocolError("The response head is larger than 100 KiB")
                return None
            block = bytes(buffer[self._pos : end.start()])
            self._pos, self._searched = end.end(), 0
            head = parse_head(block)
            status = head[0]
            if status >= 200 or status == 101:  # 100 Continue, 103 Early Hints come first
                self._frame(status, head[2], head[3])
                return head

    def parts(self) -> list[bytes]:
        """The body bytes that have arrived since the last call."""
        if self.complete:
            return []
        if self._framing == _CHUNKED:
            return self._chunks()
        start = self._pos
        stop = len(self._buffer)
        if self._framing == _SIZED:
            stop = min(stop, start + self._left)
            self._left -= stop - start
        self._pos = stop
        if self._framing == _SIZED and not self._left:
            self._finish()
        return [bytes(self._buffer[start:stop])] if stop > start else []

    def _frame(self, status: int, version: bytes, headers: Headers) -> None:
        keep_alive = version == b"HTTP/1.1" and not self._closing
        encoding: bytes | None = None
        lengths: set[bytes] = set()
        for name, value in headers:
            lowered = name.lower()
            if lowered == b"content-length":
                lengths.update(part.strip() for part in value.split(b","))
            elif lowered == b"transfer-encoding":
                encoding = value.strip().lower()
            elif lowered == b"connection":
                keep_alive = keep_alive and b"close" not in value.lower()
        self._keep_alive = keep_alive
        if status < 200:  # 101: the connection speaks another protocol from here on
            self._keep_alive = False
            self._finish()
        elif self._method == b"HEAD" or status in _NO_BODY:
            self._finish()
        elif encoding is not None:
            self._framing = _CHUNKED if encoding.endswith(b"chunked") else _UNTIL_CLOSE
        elif not lengths:
            self._framing = _UNTIL_CLOSE
        else:
            length = lengths.pop()
            if lengths or not length.isdigit():  # several different lengths, or not a number
                raise httpcore.RemoteProtocolError("Invalid Content-Length in the response")
            self._left = int(length)
            if self._left == 0:
                self._finish()
        if self._framing == _UNTIL_CLOSE:
            self._keep_alive = False

    def _chunks(self) -> list[bytes]:
        parts: list[bytes] = []
        buffer = self._buffer
        while True:
            if self._chunk_state == _DATA:
                stop = min(len(buffer), self._pos + self._left)
                if stop == self._pos:
                    return parts
                parts.append(bytes(buffer[self._pos : stop]))
                self._left -= stop - self._pos
                self._pos = stop
                if self._left:
                    return parts
                self._chunk_state = _DATA_END
                continue
            end = _LINE_END.search(buffer, self._pos)
            if end is None:
                if len(buffer) - self._pos > MAX_HEAD:
                    raise httpcore.RemoteProtocolError("A chunk header is larger than 100 KiB")
                return parts
            line = bytes(buffer[self._pos : end.start()])
            self._pos = end.end()
            if self._chunk_state == _SIZE:
                size = line.split(b";", 1)[0].strip(b" \t")
                if not _HEX.fullmatch(size):
                    raise httpcore.RemoteProtocolError(f"Invalid chunk size {line[:100]!r}")
                self._left = int(size, 16)
                self._chunk_state = _DATA if self._left else _TRAILER
            elif self._chunk_state == _DATA_END:
                if line:
                    raise httpcore.RemoteProtocolError("A chunk is longer than its size says")
                self._chunk_state = _SIZE
            elif not line:  # the empty line after the trailer fields
                self._finish()
                return parts

    def _finish(self) -> None:
        self.complete = True
        # Bytes past the end of the response answer nothing: the connection is out of step.
        self.reusable = self._keep_alive and self._pos == len(self._buffer)
