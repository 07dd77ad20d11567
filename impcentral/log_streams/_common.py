"""What the sync and async facades share: argument checks, a stream's state, the open streams."""

from __future__ import annotations

import threading
from typing import Any, Generic, TypeVar

from .. import _constants
from .. import _validation as check
from .._exceptions import InvalidDataError
from ._engine import Engine, Handlers, Options, Parsed, Queue
from ._events import FORMAT_JSON, FORMAT_TEXT

FORMATS = (FORMAT_TEXT, FORMAT_JSON)


# --- argument checks (messages as in the Node client) -------------------------------------------


def require_id(value: object, name: str) -> str:
    check.non_empty(value, name)
    if not isinstance(value, str):
        raise InvalidDataError(f'Wrong "{name}" parameter value: "{value}"')
    check.path_segment(value, name)
    return value


def check_create(message_handler: object, fmt: object) -> None:
    check.non_empty(message_handler, "messageHandler")
    if not callable(message_handler):
        raise InvalidDataError('Wrong "messageHandler" parameter value: a callable is required')
    check_format(fmt)


def check_format(fmt: object) -> None:
    check.one_of(fmt, FORMATS, "format")


# --- a stream and the streams of a client --------------------------------------------------------


class StreamState:
    """A stream apart from how it runs: its engine, queue and cursor, ids and handlers, and what a
    handler raised that ends it (a KeyboardInterrupt, SystemExit...) for the caller to get."""

    def __init__(
        self, owner: Streams[Any], fmt: str, options: Options, handlers: Handlers | None
    ) -> None:
        self._owner = owner
        self._engine = Engine(fmt, options, on_stream_id=self._new_id)
        self._queue = Queue(options.buffer_size)
        self._parsed = Parsed()
        self._handlers = handlers
        self._ids: list[str] = []
        self._failure: BaseException | None = None

    def _new_id(self, stream_id: str) -> None:
        self._ids.append(stream_id)
        self._owner._register(stream_id, self)

    @property
    def id(self) -> str:
        """The current stream id."""
        return self._ids[-1]

    @property
    def ids(self) -> tuple[str, ...]:
        """Every id this stream has had, oldest first."""
        return tuple(self._ids)

    @property
    def format(self) -> str:
        return self._engine.format

    @property
    def devices(self) -> tuple[str, ...]:
        """The devices on the stream, as they were named when added, least recent first."""
        return self._engine.devices

    @property
    def closed(self) -> bool:
        raise NotImplementedError

    def _iterable(self) -> None:
        if self._handlers is not None:
            raise RuntimeError("this stream delivers its events to its handlers")

    def _raise_failure(self) -> None:
        """Raise, once, what a handler raised that ended the stream."""
        failure, self._failure = self._failure, None
        if failure is not None:
            raise failure

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open" if self._ids else "not open"
        stream_id = self._ids[-1] if self._ids else "-"
        name = type(self).__name__
        return f"<{name} {stream_id} {self.format} {state} devices={list(self.devices)}>"


S = TypeVar("S", bound=StreamState)


class Streams(_constants.LogStreams, Generic[S]):
    """The streams a client opened, by every id each has had."""

    def __init__(self, api: Any) -> None:
        self._api = api
        self._streams: dict[str, S] = {}
        self._lock = threading.Lock()

    def _register(self, stream_id: str, stream: S) -> None:
        with self._lock:
            self._streams[stream_id] = stream

    def _forget(self, stream: S) -> None:
        with self._lock:
            for stream_id in stream.ids:
                if self._streams.get(stream_id) is stream:
                    del self._streams[stream_id]

    def _all(self) -> list[S]:
        with self._lock:
            return list({id(stream): stream for stream in self._streams.values()}.values())

    def _opened(self, log_stream_id: str) -> S:
        """The stream this client opened with that id (any it has had)."""
        log_stream_id = require_id(log_stream_id, "logStreamId")
        stream = self._streams.get(log_stream_id)
        if stream is None:
            raise InvalidDataError(f'Incorrect LogStream id: "{log_stream_id}"')
        return stream

    def _member(self, log_stream_id: str, device_id: str) -> tuple[S | None, str, str]:
        """For add / remove: the stream if this client opened it, and the checked ids."""
        log_stream_id = require_id(log_stream_id, "logStreamId")
        device_id = require_id(device_id, "deviceId")
        return self._streams.get(log_stream_id), log_stream_id, device_id
