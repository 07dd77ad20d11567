"""Live device logs over Server-Sent Events, for `ImpCentralApi` and `AsyncImpCentralApi`.

Two ways in:

- as in the Node client: `stream = api.log_streams.create(on_message, on_state, on_error)`,
  then `api.log_streams.add_device(stream.id, device_id)` and `api.log_streams.close(stream.id)`;
- iterating: `with api.log_streams.open(device_ids=[...], format="json") as stream:` and
  `for event in stream:` (`async with` / `async for` on `AsyncImpCentralApi`).

Events are `LogMessage`, `StateChange` and, for what the SDK cannot read, `UnparsedEvent`. The
stream reconnects by itself (with backoff) after network trouble, a server restart or a silent
connection, and recreates itself with every device when the server drops it; `StateChange`s
with `messages_may_be_missing` mark each place where lines may have been lost.
"""

from ._async import AsyncLogStream, AsyncLogStreams
from ._common import LogStreamClosed, LogStreamHandlerError, UnexpectedEventError
from ._engine import Options
from ._events import (
    FORMAT_JSON,
    FORMAT_TEXT,
    LogMessage,
    LogStreamEvent,
    StateChange,
    UnparsedEvent,
)
from ._sync import LogStream, LogStreams

__all__ = [
    "FORMAT_JSON",
    "FORMAT_TEXT",
    "AsyncLogStream",
    "AsyncLogStreams",
    "LogMessage",
    "LogStream",
    "LogStreamClosed",
    "LogStreamEvent",
    "LogStreamHandlerError",
    "LogStreams",
    "Options",
    "StateChange",
    "UnexpectedEventError",
    "UnparsedEvent",
]
