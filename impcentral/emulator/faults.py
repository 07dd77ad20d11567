"""Fault injection helpers: closing the client's connection the way a broken network would."""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.types import Scope, Send

TRANSPORT_KEY = "impcentral.emulator.transport"


def remember_transport(scope: Scope, send: Send) -> None:
    """Record the server's socket transport, reachable only from the server's own ``send``.

    uvicorn's ``send`` is a bound method of its request cycle, which holds the transport; once
    middleware wraps ``send`` that path is gone, so the outermost middleware stores it in the scope.
    """
    owner: Any = getattr(send, "__self__", None)
    transport = getattr(owner, "transport", None)
    if isinstance(transport, asyncio.BaseTransport):
        scope[TRANSPORT_KEY] = transport


async def drop_connection(scope: Scope, *, flush: bool) -> bool:
    """Close the client's connection now; ``flush`` lets already written bytes reach the client.

    Returns ``False`` when the server gives no access to its transport (e.g. in-process tests).
    """
    transport = scope.get(TRANSPORT_KEY)
    if not isinstance(transport, asyncio.BaseTransport):
        return False
    if flush or not isinstance(transport, asyncio.WriteTransport):
        transport.close()
    else:
        transport.abort()
    # Let the server see the connection as lost so it does not try to answer on it.
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return True
