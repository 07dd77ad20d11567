"""One route per path with a handler per method, so 405 answers carry a complete ``Allow``.

Handlers are module-level functions ``async def name(emu, request)``; :func:`route` binds them to
the emulator that serves them, so a route's code is found by its name.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

if TYPE_CHECKING:
    from impcentral.emulator.app import Emulator

Handler = Callable[["Emulator", Request], Awaitable[Response]]


def route(emu: Emulator, path: str, **handlers: Handler) -> Route:
    """``route(emu, "/products", GET=list_products, POST=create_product)``."""

    async def dispatch(request: Request) -> Response:
        method = "GET" if request.method == "HEAD" else request.method
        return await handlers[method](emu, request)

    return Route(path, dispatch, methods=list(handlers))
