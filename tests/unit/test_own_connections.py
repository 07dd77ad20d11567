"""The SDK's own connections (``_connections`` over ``_network`` and ``_async_network``), blocking
and async, against real loopback servers: keep-alive, a server closing idle connections, large
bodies under flow control, timeouts, cancellation, TLS, and what is left to the original
backend. The blocking client runs in a worker thread while the server runs on the test's loop."""

from __future__ import annotations

import asyncio
import json
import ssl
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpcore
import httpx
import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi
from impcentral._async_network import AsyncioBackend, AsyncioStream, AsyncioTransport
from impcentral._connections import (
    AsyncConnection,
    AsyncConnectionPool,
    Connection,
    ConnectionPool,
)
from impcentral._http import AsyncClientTransport, ClientTransport
from impcentral._http11 import ResponseReader
from impcentral._network import DeadlineBackend, DeadlineTransport
from impcentral._pacing import ASYNC_MAX_IN_FLIGHT

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
EMPTY_LIST = b'{"data": [], "links": {"self": "https://api.test/v5/products"}}'
EMPTY = {"data": [], "links": {"self": "https://api.test/v5/products"}}


async def read_head(reader: asyncio.StreamReader) -> bytes:
    return await reader.readuntil(b"\r\n\r\n")


def response(body: bytes, *, close: bool = False) -> bytes:
    connection = b"close" if close else b"keep-alive"
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/vnd.api+json\r\n"
        b"Content-Length: %d\r\nConnection: %s\r\n\r\n%s" % (len(body), connection, body)
    )


class Server:
    """A loopback HTTP server on the test's own loop, counting connections and requests."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.connections = 0
        self.requests: list[bytes] = []
        self.url = ""
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> Server:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        assert self._server is not None
        self._server.close()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            await self.handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    def record(self, head: bytes) -> None:
        self.requests.append(head.split(b"\r\n", 1)[0])


class Http:
    """The SDK's own httpx client, blocking (called from a worker thread) or async, behind one
    async interface."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._blocking = ClientTransport.sdk_client(True) if kind == "blocking" else None
        self._async = AsyncClientTransport.sdk_client(True) if kind == "async" else None

    async def request(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        if self._async is not None:
            return await self._async.request(method, url, **kwargs)
        assert self._blocking is not None
        return await asyncio.to_thread(self._blocking.request, method, url, **kwargs)

    async def get(self, url: str, **kwargs: Any) -> httpx.Response:
        return await self.request("GET", url, **kwargs)

    async def read_slowly(self, url: str) -> bytes:
        """A streamed body, read a piece at a time while more keeps arriving."""
        received = bytearray()
        if self._async is not None:
            async with self._async.stream("GET", url) as answer:
                async for part in answer.aiter_raw():
                    received += part
                    await asyncio.sleep(0)
            return bytes(received)
        blocking = self._blocking
        assert blocking is not None

        def read() -> None:
            with blocking.stream("GET", url) as answer:
                for part in answer.iter_raw():
                    received.extend(part)
                    time.sleep(0)

        await asyncio.to_thread(read)
        return bytes(received)

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
        if self._blocking is not None:
            self._blocking.close()


@pytest.fixture(params=["blocking", "async"])
async def http(request: pytest.FixtureRequest) -> AsyncIterator[Http]:
    client = Http(request.param)
    try:
        yield client
    finally:
        await client.aclose()


def test_the_sdk_clients_send_through_their_own_connections() -> None:
    url = httpx.URL("https://api.electricimp.com/v5")
    blocking: Any = ClientTransport.sdk_client(True)
    with blocking:
        transport = blocking._transport_for_url(url)
        assert isinstance(transport, DeadlineTransport)
        assert isinstance(transport._pool, ConnectionPool)
        assert isinstance(transport._pool._backend, DeadlineBackend)


async def test_the_async_sdk_client_sends_through_its_own_connections() -> None:
    sdk = AsyncClientTransport.sdk_client(True)
    try:
        transport: Any = sdk._transport_for_url(httpx.URL("https://api.electricimp.com/v5"))
        assert isinstance(transport, AsyncioTransport)
        assert isinstance(transport._pool, AsyncConnectionPool)
        assert isinstance(transport._pool._backend, AsyncioBackend)
    finally:
        await sdk.aclose()


async def test_keep_alive_reuses_one_connection(http: Http) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            server.record(await read_head(reader))
            writer.write(response(EMPTY_LIST))

    async with Server(handler) as server:
        for _ in range(5):
            answer = await http.get(f"{server.url}/v5/products")
            assert answer.json() == EMPTY
    assert server.connections == 1
    assert len(server.requests) == 5


async def test_a_connection_the_server_closed_while_idle_is_not_reused(http: Http) -> None:
    """The pool asks an idle connection whether the server has closed it; a stale answer would
    send the next request down a dead socket and fail it."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        server.record(await read_head(reader))
        writer.write(response(EMPTY_LIST))  # says keep-alive, then hangs up
        await writer.drain()

    async with Server(handler) as server:
        for _ in range(3):
            assert (await http.get(f"{server.url}/v5/products")).json() == EMPTY
            await asyncio.sleep(0.05)  # the server's FIN arrives
    assert server.connections == 3


async def test_a_large_body_arrives_whole_while_the_reader_lags(http: Http) -> None:
    """More than the connection buffers before it stops reading: reading pauses and resumes."""
    body = bytes(range(256)) * 16 * 1024  # 4 MiB

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_head(reader)
        writer.write(response(body))
        await writer.drain()
        await reader.read()

    async with Server(handler) as server:
        received = await http.read_slowly(f"{server.url}/big")
    assert received == body


class Waiting(httpcore.NetworkStream):
    """A connection with ``data`` waiting: each read gets what it asks for, as far as it goes."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.asked: list[int] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.asked.append(max_bytes)
        data, self.data = self.data[:max_bytes], self.data[max_bytes:]
        return data


class AsyncWaiting(httpcore.AsyncNetworkStream):
    def __init__(self, data: bytes) -> None:
        self.waiting = Waiting(data)

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self.waiting.read(max_bytes, timeout)


async def test_reads_grow_while_they_fill_up_and_start_small_again() -> None:
    """A flood is read in few large reads; a small answer never gets a large buffer."""
    kib = 1024
    waiting = response(b"x" * 3 * 1024 * kib)  # 3 MiB and a head
    sync, aio = Waiting(waiting), AsyncWaiting(waiting)
    connection, async_connection = Connection(sync, 5.0), AsyncConnection(aio, 5.0)
    while connection.receive(ResponseReader(b"GET"), None):
        pass
    while await async_connection.receive(ResponseReader(b"GET"), None):
        pass
    expected = [64 * kib, 128 * kib, *[256 * kib] * 12]  # the last of them gets the rest
    assert sync.asked == aio.waiting.asked == [*expected, 64 * kib]


async def test_a_large_request_body_is_written_whole(http: Http) -> None:
    body = b"x" * (8 * 1024 * 1024)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await read_head(reader)
        length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
        received = await reader.readexactly(length)
        writer.write(response(b'{"length": %d}' % len(received)))
        await writer.drain()

    async with Server(handler) as server:
        answer = await http.request("POST", f"{server.url}/upload", content=body)
    assert answer.json() == {"length": len(body)}


async def test_a_server_that_never_answers_times_the_read_out(http: Http) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_head(reader)
        await asyncio.sleep(10)

    async with Server(handler) as server:
        with pytest.raises(httpx.ReadTimeout):
            await http.get(f"{server.url}/slow", timeout=httpx.Timeout(5.0, read=0.2))


async def test_a_reset_mid_body_is_a_read_error(http: Http) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_head(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial")
        await writer.drain()
        writer.transport.abort()

    async with Server(handler) as server:
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            await http.get(f"{server.url}/cut")


async def test_connection_refused_is_a_connect_error(http: Http) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_head(reader)

    async with Server(handler) as server:
        url = server.url
    with pytest.raises(httpx.ConnectError):
        await http.get(f"{url}/gone")


async def test_a_cancelled_read_leaves_the_client_usable() -> None:
    """The SDK's deadline cancels a waiting read; the next call works on a fresh connection."""
    slow = asyncio.Event()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            await read_head(reader)
            if not slow.is_set():
                slow.set()
                await asyncio.sleep(10)
            writer.write(response(EMPTY_LIST))

    async with Server(handler) as server, AsyncClientTransport.sdk_client(True) as http:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(http.get(f"{server.url}/v5/products"), 0.2)
        assert (await http.get(f"{server.url}/v5/products")).json() == EMPTY


async def test_the_sdk_over_tls(tls_server: tuple[str, ssl.SSLContext]) -> None:
    """Through TLS (the event loop's, or the blocking socket's): the handshake verifies against
    the given CA and requests then flow over the same connection."""
    url, trust = tls_server

    def blocking() -> None:
        with ImpCentralApi(url + "/v5", access_token="token", verify=trust) as api:
            for _ in range(3):
                assert api.products.list().data == []

    await asyncio.to_thread(blocking)
    async with AsyncImpCentralApi(url + "/v5", access_token="token", verify=trust) as api:
        for _ in range(3):
            page = await api.products.list()
            assert page.data == []


async def test_tls_with_an_untrusted_certificate_fails_to_connect(
    tls_server: tuple[str, ssl.SSLContext], http: Http
) -> None:
    url, _ = tls_server
    with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
        await http.get(url + "/v5/products")


class Recording(httpcore.AsyncNetworkBackend):
    """The pool's original backend, as far as the fallback needs one."""

    def __init__(self) -> None:
        self.calls: list[str] = []

    async def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        self.calls.append("connect_tcp")
        raise httpcore.ConnectError("recorded")

    async def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.AsyncNetworkStream:
        self.calls.append("connect_unix_socket")
        raise httpcore.ConnectError("recorded")

    async def sleep(self, seconds: float) -> None:
        self.calls.append("sleep")


async def test_socket_options_and_unix_sockets_are_left_to_the_original_backend() -> None:
    fallback = Recording()
    backend = AsyncioBackend(fallback)
    with pytest.raises(httpcore.ConnectError):
        await backend.connect_tcp("127.0.0.1", 1, socket_options=[(1, 2, 3)])
    with pytest.raises(httpcore.ConnectError):
        await backend.connect_unix_socket("/nonexistent")
    await backend.sleep(0)
    assert fallback.calls == ["connect_tcp", "connect_unix_socket", "sleep"]


async def test_readability_reports_what_the_server_sent_an_idle_connection() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readexactly(1)
        writer.write(b"!")
        await writer.drain()

    async with Server(handler) as server:
        port = int(server.url.rsplit(":", 1)[1])
        stream = await AsyncioBackend(Recording()).connect_tcp("127.0.0.1", port)
        assert isinstance(stream, AsyncioStream)
        assert stream.get_extra_info("is_readable") is False
        assert stream.get_extra_info("server_addr") == ("127.0.0.1", port)
        await stream.write(b"?")
        assert await stream.read(10) == b"!"
        await asyncio.sleep(0.05)  # the server has closed: end of file is readable
        assert stream.get_extra_info("is_readable") is True
        assert await stream.read(10) == b""
        await stream.aclose()


@pytest.fixture
async def tls_server() -> AsyncIterator[tuple[str, ssl.SSLContext]]:
    """An HTTPS server on loopback with a certificate from a throwaway CA, and a context
    trusting that CA."""
    trustme = pytest.importorskip("trustme")
    ca = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_context)
    client_context = ssl.create_default_context()
    ca.configure_trust(client_context)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                await read_head(reader)
                writer.write(response(EMPTY_LIST))
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handler, "127.0.0.1", 0, ssl=server_context)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"https://127.0.0.1:{port}", client_context
    finally:
        server.close()


async def test_many_calls_at_once_share_a_few_connections() -> None:
    """Connections follow the requests in flight (capped by the SDK's client), not the calls."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            server.record(await read_head(reader))
            writer.write(response(EMPTY_LIST))

    async with Server(handler) as server:
        api = AsyncImpCentralApi(server.url + "/v5", access_token="token")
        async with api:
            pages = await asyncio.gather(*(api.products.list() for _ in range(500)))
    assert all(page.data == [] for page in pages)
    assert len(server.requests) == 500
    assert server.connections <= 2 * ASYNC_MAX_IN_FLIGHT, server.connections


async def test_many_threads_keep_a_connection_each() -> None:
    """The blocking pool hands each thread's connection back for its next call."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            server.record(await read_head(reader))
            writer.write(response(EMPTY_LIST))

    async with Server(handler) as server:
        api = ImpCentralApi(server.url + "/v5", access_token="token")

        def calls() -> None:
            for _ in range(20):
                assert api.products.list().data == []

        with api:
            await asyncio.gather(*(asyncio.to_thread(calls) for _ in range(8)))
    assert len(server.requests) == 160
    assert server.connections <= 8, server.connections


def product_page(url: str, number: int, last: int) -> bytes:
    links = {"self": f"{url}/v5/products?p={number}"}
    if number < last:
        links["next"] = f"{url}/v5/products?p={number + 1}"
    items = [
        {"type": "product", "id": f"p{number}-{i}", "attributes": {"name": "x"}} for i in range(2)
    ]
    return json.dumps({"data": items, "links": links}).encode()


@pytest.mark.parametrize("kind", ["blocking", "async"])
async def test_a_list_walk_reads_the_next_page_while_using_this_one(kind: str) -> None:
    """The connections say when a request is sent, so every page is asked for on its own thread
    (or task): the third page is held back until the second is in use, which a walk reading
    its pages in place could never see."""
    second_in_use = asyncio.Event()
    loop = asyncio.get_running_loop()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            head = await read_head(reader)
            server.record(head)
            number = int(head.split(b" ", 2)[1].rsplit(b"=", 1)[1]) if b"p=" in head else 1
            if number == 3:  # a walk reading in place never gets here: it fails after 5 s
                await asyncio.wait_for(second_in_use.wait(), 5)
            writer.write(response(product_page(server.url, number, 3)))

    def used(product_id: str) -> None:
        if product_id == "p2-0":
            loop.call_soon_threadsafe(second_in_use.set)

    async with Server(handler) as server:
        if kind == "async":
            aapi = AsyncImpCentralApi(server.url + "/v5", access_token="token", max_retries=0)
            async with aapi:
                ids = []
                async for product in aapi.products.list_all():
                    used(product.id)
                    ids.append(product.id)
        else:

            def walk() -> list[str]:
                with ImpCentralApi(server.url + "/v5", access_token="token", max_retries=0) as api:
                    return [(used(p.id), p.id)[1] for p in api.products.list_all()]

            ids = await asyncio.wait_for(asyncio.to_thread(walk), 10)
    assert ids == ["p1-0", "p1-1", "p2-0", "p2-1", "p3-0", "p3-1"]
    assert len(server.requests) == 3


@pytest.mark.parametrize("kind", ["blocking", "async"])
async def test_the_connections_report_a_sent_request_before_its_answer(kind: str) -> None:
    """httpcore's trace event, the one a list walk waits for: the server answers only once the
    client has reported the request sent."""
    reported = asyncio.Event()
    loop = asyncio.get_running_loop()
    events: list[str] = []

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_head(reader)
        await asyncio.wait_for(reported.wait(), 5)
        writer.write(response(EMPTY_LIST))

    def seen(event: str, info: dict[str, Any]) -> None:
        events.append(event)
        loop.call_soon_threadsafe(reported.set)

    async def async_seen(event: str, info: dict[str, Any]) -> None:
        seen(event, info)

    async with Server(handler) as server:
        http = Http(kind)
        try:
            trace = async_seen if kind == "async" else seen
            answer = await http.get(server.url, extensions={"trace": trace})
        finally:
            await http.aclose()
    assert answer.status_code == 200
    assert events == ["http11.send_request_body.complete"]
