"""Live device logs over Server-Sent Events, for `ImpCentralApi` and `AsyncImpCentralApi`.

Two ways in:

- as in the Node client: `stream = api.log_streams.create(on_message, on_state, on_error)`,
  then `api.log_streams.add_device(stream.id, device_id)` and `api.log_streams.close(stream.id)`;
- iterating: `with api.log_streams.open(device_ids=[...], format="json") as stream:` and
  `for event in stream:` (`async with` / `async for` on `AsyncImpCentralApi`).

Events are `LogMessage`, `StateChange` and, for what the SDK cannot read, `UnparsedEvent`. The
stream reconnects by itself (with backoff) after network trouble, a server restart or a silent
connection, and recreates itself with every device when the server drops it; `StateChange`s
with `messages_may_be_missing` mark each place where lines may have been lost. Only errors that
no retry can fix (e.g. credentials that can no longer be renewed) end a stream: iteration raises
the error, or `error_handler` receives it. A handler that raises a KeyboardInterrupt or SystemExit
ends its stream too, and the program gets the exception back (see `create`).

`AsyncImpCentralApi`'s streams run on anyio, under asyncio or trio.

Tuning (keyword arguments of `create` and `open`, see `Options`): `buffer_size`, `idle_timeout`,
`reconnect_delay`, `max_reconnect_delay`.

The service keeps one stream per account: opening another (here or in another program, such as
`impt log stream`) closes the first, which this SDK then recreates. Two programs streaming the
same account therefore keep taking the stream from each other, ever more slowly (backoff), and
each says so with `recreated` events.
"""

from ._async import AsyncLogStream, AsyncLogStreams
from ._engine import Options
from ._events import (
    FORMAT_JSON,
    FORMAT_TEXT,
    LogMessage,
    LogStreamClosed,
    LogStreamEvent,
    LogStreamHandlerError,
    StateChange,
    UnexpectedEventError,
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
