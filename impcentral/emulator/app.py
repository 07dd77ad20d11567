"""The emulated impCentral as one ASGI app: routing, error documents, rate limits and faults."""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import ClientDisconnect, Request
from starlette.responses import Response
from starlette.routing import Mount, Router
from starlette.types import Message, Receive, Scope, Send

from impcentral.emulator import admin, auth
from impcentral.emulator.config import EmulatorConfig, Faults
from impcentral.emulator.devices import DeviceSimulator
from impcentral.emulator.drift import with_drift
from impcentral.emulator.errors import (
    INTERNAL_ERROR,
    METHOD_NOT_ALLOWED,
    NOT_FOUND,
    RATE_LIMITED,
    ApiError,
)
from impcentral.emulator.faults import drop_connection, remember_transport
from impcentral.emulator.jsonapi import document
from impcentral.emulator.logstreams import LogStreamHub
from impcentral.emulator.ratelimit import RateLimiter
from impcentral.emulator.resources import (
    accounts,
    deployments,
    devicegroups,
    devices,
    logstreams,
    products,
    webhooks,
)
from impcentral.emulator.state import Store


def _error_response(error: ApiError) -> Response:
    response = document(error.document(), status=error.status)
    response.headers.update(error.headers)
    return response


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return _error_response(exc)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 405:
        error = ApiError(
            405,
            METHOD_NOT_ALLOWED,
            f"{request.method} is not allowed here.",
            headers=dict(exc.headers or {}),
        )
    elif exc.status_code == 404:
        error = ApiError(404, NOT_FOUND, "There is no such resource.")
    else:
        error = ApiError(
            exc.status_code, INTERNAL_ERROR, str(exc.detail), headers=dict(exc.headers or {})
        )
    return _error_response(error)


async def _client_gone(request: Request, exc: Exception) -> Response:
    """A client that hangs up before its body is read (say, during an injected latency) is
    ordinary: there is no one left to answer, and nothing worth a traceback."""
    return Response(status_code=499)  # never sent; nginx's code for "client closed request"


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    return _error_response(ApiError(500, INTERNAL_ERROR, "An internal error occurred."))


class Emulator:
    """State, live fault settings and the ASGI entry point of one emulated impCentral.

    ``faults`` may be replaced from any thread (it is immutable); everything else is touched only
    on the server's event loop.
    """

    def __init__(self, config: EmulatorConfig | None = None) -> None:
        self.config = config or EmulatorConfig()
        self.faults: Faults = self.config.faults
        self._fault_rng = random.Random(self.config.seed)
        self.limiter = RateLimiter(self.config.rate_limit)
        self.hub = LogStreamHub()
        self.store = Store(self.config)
        self.simulator = DeviceSimulator(self.store, self.hub)
        api = (
            auth.routes(self)
            + accounts.routes(self)
            + products.routes(self)
            + devicegroups.routes(self)
            + devices.routes(self)
            + deployments.routes(self)
            + webhooks.routes(self)
            + logstreams.routes(self)
        )
        v5 = with_drift(Router(api, redirect_slashes=False), self.config.drift)
        self.router = Starlette(
            routes=[Mount("/v5", app=v5), *admin.routes(self)],
            exception_handlers={
                ApiError: _api_error,
                HTTPException: _http_error,
                ClientDisconnect: _client_gone,
                Exception: _unexpected_error,
            },
            lifespan=self._lifespan,
        )
        # A trailing slash is a different (unknown) path, not a redirect, as on the service.
        self.router.router.redirect_slashes = False

    def reset(self) -> None:
        """Back to the start-up state: fresh store (same seed, same ids), no streams, no faults."""
        self.hub.close_all()
        self.hub = LogStreamHub()
        self.store = Store(self.config)
        self.simulator = DeviceSimulator(self.store, self.hub)
        self.limiter = RateLimiter(self.config.rate_limit)
        self.faults = self.config.faults

    @contextlib.asynccontextmanager
    async def _lifespan(self, app: Starlette) -> AsyncIterator[None]:
        ticker = None
        if self.config.log_interval > 0:
            ticker = asyncio.ensure_future(self._tick(self.config.log_interval))
        try:
            yield
        finally:
            if ticker is not None:
                ticker.cancel()
            self.hub.disconnect_all()

    async def _tick(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            self.simulator.heartbeat()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v5"):
            await self.router(scope, receive, send)
            return
        remember_transport(scope, send)
        faults = self.faults
        if faults.latency:
            await asyncio.sleep(faults.latency)
        injected: int | None = None
        if faults.drop_rate and self._fault_rng.random() < faults.drop_rate:
            if await drop_connection(scope, flush=False):
                return
            injected = 503
        if faults.error_rate and self._fault_rng.random() < faults.error_rate:
            injected = self._fault_rng.choice(faults.error_statuses)

        if self.limiter.limit:
            allowed, remaining, reset = self.limiter.hit(_rate_key(scope), time.monotonic())
            extra = [
                (b"x-ratelimit-limit", str(self.limiter.limit).encode()),
                (b"x-ratelimit-remaining", str(remaining).encode()),
                (b"x-ratelimit-reset", str(reset).encode()),
            ]

            downstream = send

            async def send_with_limits(message: Message) -> None:
                if message["type"] == "http.response.start":
                    message = {**message, "headers": [*message.get("headers", ()), *extra]}
                await downstream(message)

            # The stream URL carries no token; its reconnects are not throttled.
            if not allowed and not _is_stream_read(scope):
                error = ApiError(
                    429,
                    RATE_LIMITED,
                    f"More than {self.limiter.limit} requests per second; slow down.",
                    title="Too Many Requests",
                    headers={"Retry-After": str(reset)},
                )
                await _error_response(error)(scope, receive, send_with_limits)
                return
            send = send_with_limits

        if injected is not None:
            error = ApiError(injected, INTERNAL_ERROR, "The service is having trouble; try again.")
            await _error_response(error)(scope, receive, send)
            return
        await self.router(scope, receive, send)


def _is_stream_read(scope: Scope) -> bool:
    return bool(scope["method"] == "GET" and scope["path"].startswith("/v5/logstream/"))


def _rate_key(scope: Scope) -> str:
    """The bearer token when there is one (limits are per token), else the client address."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            return bytes(value).decode("latin-1")
    client = scope.get("client")
    return f"client:{client[0]}" if client else "client:"
