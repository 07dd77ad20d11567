"""The async client's own transport (``_async_network``, ``_connections``) against real
loopback servers: keep-alive, a server closing idle connections, large bodies under flow
control, timeouts, cancellation, TLS, and what is left to the original backend."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpcore
import httpx
import pytest

from impcentral import AsyncImpCentralApi
from impcentral._async_network import AsyncioBackend, AsyncioStream, AsyncioTransport
from impcentral._connections import AsyncConnectionPool
from impcentral._http import AsyncClientTransport
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


async def client() -> httpx.AsyncClient:
    return AsyncClientTransport.sdk_client(True)


async def test_the_sdk_client_sends_through_its_own_connections() -> None:
    sdk = AsyncClientTransport.sdk_client(True)
    try:
        transport: Any = sdk._transport_for_url(httpx.URL("https://api.electricimp.com/v5"))
        assert isinstance(transport, AsyncioTransport)
        assert isinstance(transport._pool, AsyncConnectionPool)
        assert isinstance(transport._pool._backend, AsyncioBackend)
    finally:
        await sdk.aclose()


async def test_keep_alive_reuses_one_connection() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            server.record(await read_head(reader))
            writer.write(response(EMPTY_LIST))

    async with Server(handler) as server, await client() as http:
        for _ in range(5):
            answer = await http.get(f"{server.url}/v5/products")
            assert answer.json() == EMPTY
    assert server.connections == 1
    assert len(server.requests) == 5


async def test_a_connection_the_server_closed_while_idle_is_not_reused() -> None:
    """The pool asks an idle connection whether the server has closed it; a stale answer would
    send the next request down a dead socket and fail it."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        server.record(await read_head(reader))
        writer.write(response(EMPTY_LIST))  # says keep-alive, then hangs up
        await writer.drain()

    async with Server(handler) as server, await client() as http:
        for _ in range(3):
            assert (await http.get(f"{server.url}/v5/products")).json() == EMPTY
            await asyncio.sleep(0.05)  # the server's FIN arrives
    assert server.connections == 3


async def test_a_large_body_arrives_whole_while_the_reader_lags() -> None:
    """More than the connection buffers before it stops reading: reading pauses and resumes."""
    body = bytes(range(256)) * 16 * 1024  # 4 MiB

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_head(reader)
        writer.write(response(body))
        await writer.drain()
        await reader.read()

    async with Server(handler) as server, await client() as http:
        received = bytearray()
        async with http.stream("GET", f"{server.url}/big") as answer:
            async for chunk in answer.aiter_raw():
                received += chunk
                await asyncio.sleep(0)  # let the socket fill the buffer meanwhile
    assert received == body


async def test_a_large_request_body_is_written_whole() -> None:
    body = b"x" * (8 * 1024 * 1024)

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await read_head(reader)
        length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
        received = await reader.readexactly(length)
        writer.write(response(b'{"length": %d}' % len(received)))
        await writer.drain()

    async with Server(handler) as server, await client() as http:
        answer = await http.post(f"{server.url}/upload", content=body)
    assert answer.json() == {"length": len(body)}


async def test_a_server_that_never_answers_times_the_read_out() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_head(reader)
        await asyncio.sleep(10)

    async with Server(handler) as server, await client() as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.get(f"{server.url}/slow", timeout=httpx.Timeout(5.0, read=0.2))


async def test_a_reset_mid_body_is_a_read_error() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_head(reader)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial")
        await writer.drain()
        writer.transport.abort()

    async with Server(handler) as server, await client() as http:
        with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
            await http.get(f"{server.url}/cut")


async def test_connection_refused_is_a_connect_error() -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await read_head(reader)

    async with Server(handler) as server:
        url = server.url
    async with await client() as http:
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

    async with Server(handler) as server, await client() as http:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(http.get(f"{server.url}/v5/products"), 0.2)
        assert (await http.get(f"{server.url}/v5/products")).json() == EMPTY


async def test_the_async_sdk_over_tls(tls_server: tuple[str, ssl.SSLContext]) -> None:
    """Through the event loop's TLS: the handshake verifies against the given CA and requests
    then flow over the same connection."""
    url, trust = tls_server
    async with AsyncImpCentralApi(url + "/v5", access_token="token", verify=trust) as api:
        for _ in range(3):
            page = await api.products.list()
            assert page.data == []


async def test_tls_with_an_untrusted_certificate_fails_to_connect(
    tls_server: tuple[str, ssl.SSLContext],
) -> None:
    url, _ = tls_server
    async with await client() as http:
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
