"""Incremental Server-Sent Events decoder: bytes in, events out.

Network chunks split anywhere (inside a UTF-8 sequence, between the CR and LF of a line end), so the
decoder keeps the UTF-8 tail and the unfinished event's text between calls. Field rules follow the
WHATWG event-stream grammar. Comments come out as `Comment` items so the caller can treat
keep-alives as proof of life without mistaking them for events.

Speed matters here (every log line passes through): line ends are normalised once per chunk, the
text is cut at blank lines (event boundaries) by `str.split`, and the commonest event, a one-line
`message` on a stream without ids, is recognised whole and handed out as its bare data `str`.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

__all__ = ["Comment", "Item", "SSEDecoder", "SSEProtocolError", "ServerSentEvent"]

_BOM = "\ufeff"
_MESSAGE = "event: message\ndata: "

# A log line is a few kilobytes at most; an event far beyond that means a broken or hostile
# server, and buffering it would let memory grow without bound.
DEFAULT_MAX_EVENT_SIZE = 1 << 20


class SSEProtocolError(Exception):
    """The byte stream cannot be a sane event stream (e.g. an event larger than the size limit)."""


# Tuples: built with `tuple.__new__`, an item costs a fraction of a class instance.
class ServerSentEvent(NamedTuple):
    """One dispatched event. `id` is the last event id in effect when it was dispatched."""

    event: str
    data: str
    id: str | None = None


class Comment(NamedTuple):
    """A comment line (`: keep-alive`); `text` has the colon and one leading space removed."""

    text: str


Item = str | ServerSentEvent | Comment

_new = tuple.__new__


class SSEDecoder:
    """Turns a byte stream into `ServerSentEvent` and `Comment` items, chunk by chunk.

    `retry` holds the last reconnection time the server asked for (milliseconds) and
    `last_event_id` the last `id:` seen; both persist across events as the grammar requires.
    """

    __slots__ = (
        "_data",
        "_event",
        "_line",
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
        self._line = ""  # the unfinished last line
        self._skip_lf = False  # the previous chunk ended with CR: a leading LF belongs to it
        self._started = False  # the leading byte-order mark has been dealt with
        self._data: list[str] = []  # the unfinished event
        self._event = ""
        self._size = 0

    def feed(self, chunk: bytes) -> list[Item]:
        """Decode one chunk; returns the events and comments it completed, in stream order.

        A `str` item is the data of a `message` event with no id (the shape of nearly every
        event), left bare to spare an object per log line.
        """
        text = self._utf8.decode(chunk)
        if not text:
            return []
        if not self._started:
            self._started = True
            if text[0] == _BOM:
                text = text[1:]
        if self._skip_lf:
            self._skip_lf = False
            if text[:1] == "\n":
                text = text[1:]
        if "\r" in text:
            self._skip_lf = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if self._line:
            text = self._line + text
        cut = text.rfind("\n")
        if cut < 0:
            self._line = text
            self._check(len(text))
            return []
        self._line = text[cut + 1 :]
        self._check(len(self._line))
        # The complete lines, cut at blank lines: every piece but the last is a whole event
        # (the first may finish one begun in an earlier chunk); the last is the start of the
        # next event, or a whole event too when the text ended with a blank line.
        blocks = text[:cut].split("\n\n")
        last: str | None = blocks.pop()
        if last is not None and last[-1:] == "\n":
            blocks.append(last[:-1])
            last = None
        out: list[Item] = []
        if blocks and (self._data or self._event):
            self._lines(blocks[0], out)
            self._dispatch(out)
            del blocks[0]
        bare = self.last_event_id is None
        for block in blocks:
            if bare and block[:21] == _MESSAGE and block.find("\n", 21) < 0:
                out.append(block[21:])
            elif block:
                self._lines(block, out)
                self._dispatch(out)
                bare = self.last_event_id is None  # the block may have set an id
        if last is not None:
            self._lines(last, out)
        return out

    def _lines(self, block: str, out: list[Item]) -> None:
        """Apply complete lines, one by one, to the unfinished event."""
        for line in block.split("\n"):
            if not line:
                self._dispatch(out)
                continue
            if line[0] == ":":
                out.append(_new(Comment, (line[2:] if line[1:2] == " " else line[1:],)))
                continue
            name, colon, value = line.partition(":")
            if colon and value[:1] == " ":
                value = value[1:]
            if name == "data":
                self._size += len(value) + 1
                self._check(self._size)
                self._data.append(value)
            elif name == "event":
                self._event = value
            elif name == "id" and "\0" not in value:
                self.last_event_id = value
            elif name == "retry" and value.isascii() and value.isdigit():
                self.retry = int(value)
            # Any other field name is ignored, as the grammar requires.

    def _dispatch(self, out: list[Item]) -> None:
        """A blank line: the unfinished event is complete (without data it is no event)."""
        if self._data:
            payload = "\n".join(self._data)
            out.append(
                _new(ServerSentEvent, (self._event or "message", payload, self.last_event_id))
            )
            self._data = []
            self._size = 0
        self._event = ""

    def _check(self, size: int) -> None:
        if size > self._max_size:
            raise SSEProtocolError(f"event larger than {self._max_size} characters")
