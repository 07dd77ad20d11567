"""End-to-end fixtures: the emulator on loopback and the SDK against it, sync and async.

``client`` runs each scenario twice: once with ``ImpCentralApi``, once with
``AsyncImpCentralApi`` driven from a dedicated event-loop thread (coroutines awaited, async
iterators collected), so one scenario checks both clients.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, TypeVar

import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi
from impcentral.emulator import EmulatorServer
from impcentral.log_streams import AsyncLogStreams
from impcentral.resources._base import AsyncRawResource, AsyncResource, AsyncWithRawResponse

EMAIL = "demo@example.com"
PASSWORD = "demo-password"
T = TypeVar("T")


class LoopThread:
    """An event loop running in a daemon thread."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=60)

    def close(self) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(timeout=5)
        self.loop.close()


async def _collect(items: AsyncIterator[T]) -> list[T]:
    return [item async for item in items]


class Blocking:
    """A blocking view of an async SDK object, for scenarios shared with the sync client."""

    def __init__(self, target: Any, loop: LoopThread) -> None:
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_loop", loop)

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if isinstance(
            value, AsyncResource | AsyncLogStreams | AsyncWithRawResponse | AsyncRawResource
        ):
            return Blocking(value, self._loop)
        if not (inspect.ismethod(value) or inspect.isfunction(value)):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            result = value(*args, **kwargs)
            if inspect.isawaitable(result):
                return self._loop.run(_await(result))
            if hasattr(result, "__aiter__"):
                return iter(self._loop.run(_collect(result)))
            if isinstance(result, AsyncImpCentralApi):  # with_options
                return Blocking(result, self._loop)
            return result

        return call

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._target, name, value)


async def _await(awaitable: Any) -> Any:
    return await awaitable


@pytest.fixture(autouse=True)
def _no_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients read their endpoint and credentials from these when not given: the tests say
    what they use."""
    for name in ("IMPCENTRAL_API_ENDPOINT", "IMPCENTRAL_ACCESS_TOKEN", "IMPCENTRAL_LOGIN_KEY"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def server(impcentral_emulator: EmulatorServer) -> EmulatorServer:
    return impcentral_emulator


@pytest.fixture(params=["sync", "async"])
def connect(request: pytest.FixtureRequest, server: EmulatorServer) -> Iterator[Any]:
    """A factory of connected clients (keyword arguments as for the client constructors)."""
    created: list[Any] = []
    loop = LoopThread() if request.param == "async" else None

    def make(**options: Any) -> Any:
        if loop is None:
            api: Any = ImpCentralApi(server.url, **options)
        else:
            api = Blocking(AsyncImpCentralApi(server.url, **options), loop)
        created.append(api)
        return api

    yield make
    for api in created:
        api.aclose() if loop is not None else api.close()
    if loop is not None:
        loop.close()


@pytest.fixture
def client(connect: Any) -> Any:
    """A client logged in to the emulator's account."""
    api = connect()
    api.auth.login(EMAIL, PASSWORD)
    return api
