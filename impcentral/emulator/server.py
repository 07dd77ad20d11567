"""Run the emulator on a loopback port in a background thread, e.g. inside a test.

with EmulatorServer(devices=5) as server:
    client = ImpCentralApi(server.url)
    server.set_faults(error_rate=0.2)
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from types import TracebackType
from typing import Any, TypeVar

import uvicorn

from impcentral.emulator.app import Emulator
from impcentral.emulator.config import EmulatorConfig, Faults
from impcentral.emulator.state import LogEntry

T = TypeVar("T")
_START_TIMEOUT = 10.0


def bind_socket(host: str, port: int) -> socket.socket:
    """A listening socket; ``SO_REUSEADDR`` lets a restarted emulator take its old port at once.

    The protocol must be ``IPPROTO_TCP``, not the default 0: accepted sockets inherit it, and
    asyncio turns Nagle off (``TCP_NODELAY``) only on sockets that say they are TCP. Without it
    every response written in two parts waits for the client's delayed ACK (~40 ms a request).
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


def uvicorn_config(app: Emulator) -> uvicorn.Config:
    # No access log: paths can carry secrets (a login key's id is the key itself).
    return uvicorn.Config(
        app,
        log_level="warning",
        access_log=False,
        lifespan="on",
        timeout_graceful_shutdown=1,
        timeout_keep_alive=30,
    )


class EmulatorServer:
    """An emulator served by uvicorn in a daemon thread; state survives :meth:`restart`."""

    def __init__(
        self,
        config: EmulatorConfig | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        **options: Any,
    ) -> None:
        """``options`` are :class:`EmulatorConfig` fields, e.g. ``devices=5``."""
        if config is not None and options:
            raise TypeError("pass either a config or config options, not both")
        self.config = config or EmulatorConfig(**options)
        self.emulator = Emulator(self.config)
        self.host = host
        self.port = port
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def base_url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def url(self) -> str:
        """The API endpoint, ``http://HOST:PORT/v5``."""
        return f"{self.base_url}/v5"

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> EmulatorServer:
        if self.running:
            return self
        sock = bind_socket(self.host, self.port)
        self.port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn_config(self.emulator))

        async def serve() -> None:
            self._loop = asyncio.get_running_loop()
            await server.serve(sockets=[sock])

        def run() -> None:
            try:
                asyncio.run(serve())
            finally:
                sock.close()

        self._server = server
        self._thread = threading.Thread(target=run, name="impcentral-emulator", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started and self._thread.is_alive() and time.monotonic() < deadline:
            self._thread.join(0.01)
        if not server.started:
            self.stop()
            raise RuntimeError("the emulator did not start")
        return self

    def stop(self) -> None:
        """Shut the server down; open connections, log streams included, are dropped."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        if thread.is_alive():
            self.call(self.emulator.hub.disconnect_all)
            server.should_exit = True
            thread.join(_START_TIMEOUT)
        self._server = self._thread = self._loop = None

    def restart(self) -> None:
        """Stop and start again on the same port, keeping the state (tokens, streams, devices)."""
        self.stop()
        self.start()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # --- run-time control ----------------------------------------------------------------------

    def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the server's event loop (where the state lives) and return it."""
        loop = self._loop
        if loop is None or not loop.is_running() or self._on_loop_thread():
            return fn(*args)
        future: Future[T] = Future()

        def run() -> None:
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed back to the calling thread
                future.set_exception(exc)

        loop.call_soon_threadsafe(run)
        return future.result(_START_TIMEOUT)

    def _on_loop_thread(self) -> bool:
        return self._thread is threading.current_thread()

    @property
    def faults(self) -> Faults:
        return self.emulator.faults

    def set_faults(self, **changes: Any) -> Faults:
        """Change some fault settings (see :class:`Faults`); the others keep their values."""
        self.emulator.faults = self.emulator.faults.updated(changes)
        return self.emulator.faults

    def clear_faults(self) -> None:
        self.emulator.faults = Faults()

    def close_log_stream(self, stream_id: str) -> None:
        """Close a stream server-side: its client gets ``state_change`` ``closed``."""

        def close() -> None:
            stream = self.emulator.hub.streams.get(stream_id)
            if stream is None:
                raise KeyError(stream_id)
            self.emulator.hub.close(stream)

        self.call(close)

    def orphan_deployment(self, deployment_id: str) -> None:
        """Make a deployment one whose device group is gone: before April 2024 the service kept
        a deleted group's deployments, related to no group ("zombie" builds); since then it
        deletes them with the group, as this emulator does."""

        def orphan() -> None:
            self.emulator.store.deployments[deployment_id].devicegroup_id = None

        self.call(orphan)

    def emit_log(
        self, device: str, msg: str, log_type: str = "server.log", count: int = 1
    ) -> LogEntry:
        """Make a device (id, MAC or agent id) log ``msg`` ``count`` times."""

        def emit() -> LogEntry:
            found = self.emulator.store.find_device(device)
            if found is None:
                raise KeyError(device)
            return self.emulator.simulator.emit(found, log_type, msg, count)

        return self.call(emit)

    def devices(self) -> list[dict[str, str]]:
        """Id, MAC address and agent id of every simulated device."""

        def collect() -> list[dict[str, str]]:
            return [
                {"id": d.id, "mac_address": d.mac_address, "agent_id": d.agent_id}
                for d in self.emulator.store.devices.values()
            ]

        return self.call(collect)

    def reset(self) -> None:
        """Back to the start-up state (same seed, same ids); open log streams are closed."""
        self.call(self.emulator.reset)
