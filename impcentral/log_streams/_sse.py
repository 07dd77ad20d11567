"""Incremental Server-Sent Events decoder: bytes in, events out.

Network chunks split anywhere (inside a UTF-8 sequence, between the CR and LF of a line end), so the
decoder keeps the UTF-8 tail and the unfinished event's text between calls. Field rules follow the
WHATWG event-stream grammar. Comments come out as `Comment` items so the caller can treat
keep-alives as proof of life without mistaking them for events.

Speed matters here (every log line passes through): line ends are normalised once per chunk, and
the whole events of a chunk are cut out between its first and last blank line. When they are all
the commonest event, a one-line `message` on a stream without ids, as they are in a flood of log
lines, `str.split` hands out their data, and finding no line end in them proves the shape;
otherwise the events are taken one by one.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

__all__ = ["Comment", "Item", "SSEDecoder", "SSEProtocolError", "ServerSentEvent"]

_BOM = "\ufeff"
_MESSAGE = "event: message\ndata: "  # a one-line `message`, up to its data
_DATA = len(_MESSAGE)
_NEXT_MESSAGE = "\n\n" + _MESSAGE  # from one one-line `message`'s data to the next one's

# CPython looks for a separator of six characters or more in a text of 30,000 or more with the
# two-way algorithm, and prepares that search anew at every cut of a `split`: a flood's long
# chunks are therefore split a window of fewer characters at a time.
_WINDOW = 20_000

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


# A list holds the data of consecutive one-line `message` events without id, in stream order.
Item = list[str] | ServerSentEvent | Comment

_new = tuple.__new__


def _split_messages(body: str) -> list[str]:
    """`body.split(_NEXT_MESSAGE)`, a window at a time."""
    data: list[str] = []
    start = 0
    while len(body) - start > _WINDOW:
        cut = body.find(_NEXT_MESSAGE, start + _WINDOW // 2, start + _WINDOW)
        if cut < 0:  # an event longer than half a window: the rest in one go
            break
        data += body[start:cut].split(_NEXT_MESSAGE)
        start = cut + len(_NEXT_MESSAGE)
    data += body[start:].split(_NEXT_MESSAGE)
    return data


class SSEDecoder:
    """Turns a byte stream into `ServerSentEvent`, `Comment` and run-of-messages items, chunk
    by chunk.

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

        The data of one-line `message` events without id (the shape of nearly every event) come
        as `list[str]` items, one per run of such events, to spare an object per log line.
        """
        lines = self._complete_lines(chunk)
        if not lines:
            return []
        out: list[Item] = []
        if lines[0] == "\n":  # a blank line first: it ends the event begun in an earlier chunk
            self._dispatch(out)
            lines = lines[1:]
        start = 0
        if self._data or self._event:  # the event begun earlier ends at the first blank line
            first = lines.find("\n\n")
            if first < 0:
                self._lines(lines[:-1], out)
                return out
            self._lines(lines[: first + 1], out)
            start = first + 2
        last = lines.rfind("\n\n")
        if last >= start:
            self._events(lines[start : last + 2], out)
            start = last + 2
        if start < len(lines):
            self._lines(lines[start:-1], out)  # the start of the next event
        return out

    def _complete_lines(self, chunk: bytes) -> str:
        """The lines `chunk` completes, each ended by a LF whatever the server's line ends."""
        text = self._utf8.decode(chunk)
        if not text:
            return ""
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
        cut = text.rfind("\n") + 1
        self._line = text[cut:]
        self._check(len(self._line))
        return text[:cut]

    def _events(self, text: str, out: list[Item]) -> None:
        """Whole events, each ended by a blank line."""
        bare = self.last_event_id is None
        if bare and text.startswith(_MESSAGE):
            data = _split_messages(text[_DATA:-2])
            # Any other line, or event, leaves a line end inside a piece.
            if "\n" not in "".join(data):
                out.append(data)
                return
        run: list[str] | None = None
        for block in text[:-2].split("\n\n"):
            if bare and block[:_DATA] == _MESSAGE and block.find("\n", _DATA) < 0:
                if run is None:
                    run = []
                    out.append(run)
                run.append(block[_DATA:])
            elif block:
                run = None
                self._lines(block, out)
                self._dispatch(out)
                bare = self.last_event_id is None  # the block may have set an id

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
