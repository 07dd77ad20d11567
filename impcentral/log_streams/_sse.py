"""Incremental Server-Sent Events decoder: bytes in, events out.

Network chunks split anywhere (inside a UTF-8 sequence, between the CR and LF of a line end), so the
decoder keeps the unfinished line, the unfinished event and the UTF-8 tail between calls. Field
rules follow the WHATWG event-stream grammar. Comments come out as `Comment` items so the caller
can treat keep-alives as proof of life without mistaking them for events.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

__all__ = ["Comment", "SSEDecoder", "SSEProtocolError", "ServerSentEvent"]

_LINE_END = re.compile(r"\r\n|\r|\n")
_BOM = "\ufeff"

# A log line is a few kilobytes at most; a line or event far beyond that means a broken or hostile
# server, and buffering it would let memory grow without bound.
DEFAULT_MAX_EVENT_SIZE = 1 << 20


class SSEProtocolError(Exception):
    """The byte stream cannot be a sane event stream (e.g. an event larger than the size limit)."""


# Not frozen: a frozen dataclass is several times slower to build, and this is the hot path.
@dataclass(slots=True)
class ServerSentEvent:
    """One dispatched event. `id` is the last event id in effect when it was dispatched."""

    event: str
    data: str
    id: str | None = None


@dataclass(slots=True)
class Comment:
    """A comment line (`: keep-alive`); `text` has the colon and one leading space removed."""

    text: str


class SSEDecoder:
    """Turns a byte stream into `ServerSentEvent` and `Comment` items, chunk by chunk.

    `retry` holds the last reconnection time the server asked for (milliseconds) and
    `last_event_id` the last `id:` seen; both persist across events as the grammar requires.
    """

    __slots__ = (
        "_buffered",
        "_data",
        "_event",
        "_max_size",
        "_size",
        "_skip_lf",
        "_started",
        "_utf8",
        "last_event_id",
        "retry",
    )

    def __init__(self, max_event_size: int = DEFAULT_MAX_EVENT_SIZE) -> None:
        self._max_size = max_event_size
        self.last_event_id: str | None = None
        self.retry: int | None = None
        self.reset()

    def reset(self) -> None:
        """Forget any unfinished line or event: a new connection starts a new byte stream.

        `last_event_id` and `retry` survive, as they do across an EventSource's reconnections.
        """
        self._utf8 = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._buffered = ""  # the unfinished last line
        self._skip_lf = False  # the previous chunk ended with CR: a leading LF belongs to it
        self._started = False  # the leading byte-order mark has been dealt with
        self._data: list[str] = []
        self._event = ""
        self._size = 0  # characters held in the unfinished event

    def feed(self, chunk: bytes) -> list[ServerSentEvent | Comment]:
        """Decode one chunk; returns the events and comments it completed, in stream order."""
        text = self._utf8.decode(chunk)
        if not text:
            return []
        if not self._started:
            self._started = True
            if text[0] == _BOM:
                text = text[1:]
        if self._skip_lf:
            self._skip_lf = False
            if text[0] == "\n":
                text = text[1:]
        if "\r" in text:
            self._skip_lf = text[-1] == "\r"
            lines = _LINE_END.split(text)
        else:
            lines = text.split("\n")
        if self._buffered:
            lines[0] = self._buffered + lines[0]
        self._buffered = lines.pop()
        if len(self._buffered) > self._max_size:
            raise SSEProtocolError(f"line longer than {self._max_size} characters")
        out: list[ServerSentEvent | Comment] = []
        data = self._data
        for line in lines:
            if line[:6] == "data: ":  # by far the most common line: no method call for it
                self._size += len(line) - 5
                if self._size > self._max_size:
                    raise SSEProtocolError(f"event larger than {self._max_size} characters")
                data.append(line[6:])
            elif line[:7] == "event: ":
                self._event = line[7:]
            elif not line:
                if data:
                    joined = data[0] if len(data) == 1 else "\n".join(data)
                    out.append(
                        ServerSentEvent(self._event or "message", joined, self.last_event_id)
                    )
                    data = self._data = []
                    self._size = 0
                self._event = ""
            elif line[0] == ":":
                out.append(Comment(line[2:] if line[1:2] == " " else line[1:]))
            else:
                self._field(line)
        return out

    def _field(self, line: str) -> None:
        name, colon, value = line.partition(":")
        if colon and value[:1] == " ":
            value = value[1:]
        if name == "data":
            self._size += len(value) + 1
            if self._size > self._max_size:
                raise SSEProtocolError(f"event larger than {self._max_size} characters")
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:
            self.last_event_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self.retry = int(value)
        # Any other field name is ignored, as the grammar requires.
