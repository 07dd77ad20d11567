"""The per-attempt deadline of the SDK's transports: which attempt gets one, and how the
blocking transport's connections cut every socket operation's timeout down to what is left."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from typing import Any

import httpcore
import httpx
import pytest

from impcentral import APIConnectionError, ImpCentralApi
from impcentral._transport import (
    _DEADLINE,
    EXPIRED,
    DeadlineBackend,
    DeadlineStream,
    Transport,
    _Body,
    _clamp,
    deadline_of,
    ssl_context,
)

URL = "https://api.test/v5/products"


def request(accept: str = "application/vnd.api+json", timeout: float = 5.0) -> httpx.Request:
    return httpx.Request(
        "GET",
        URL,
        headers={"Accept": accept},
        extensions={"timeout": httpx.Timeout(timeout).as_dict()},
    )


class Recorder(httpcore.NetworkStream, httpcore.NetworkBackend):
    """A fake connection (and backend) that records the timeout of every operation."""

    def __init__(self) -> None:
        self.timeouts: list[tuple[str, float | None]] = []

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        self.timeouts.append(("read", timeout))
        return b""

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.timeouts.append(("write", timeout))

    def close(self) -> None:
        pass

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        self.timeouts.append(("tls", timeout))
        return self

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, *_: Any) -> Any:
        self.timeouts.append(("connect", timeout))
        return self


@pytest.fixture
def deadline_in(request: pytest.FixtureRequest) -> Iterator[None]:
    """Runs the test with the attempt deadline ``param`` seconds from now."""
    token = _DEADLINE.set(time.monotonic() + request.param)
    yield
    _DEADLINE.reset(token)


def test_without_a_deadline_timeouts_are_unchanged() -> None:
    assert _clamp(5.0, httpcore.ReadTimeout) == 5.0
    assert _clamp(None, httpcore.ReadTimeout) is None


@pytest.mark.parametrize("deadline_in", [2.0], indirect=True)
@pytest.mark.usefixtures("deadline_in")
def test_a_timeout_is_cut_to_the_time_left() -> None:
    assert 1.9 < (_clamp(5.0, httpcore.ReadTimeout) or 0) <= 2.0
    assert 1.9 < (_clamp(None, httpcore.ReadTimeout) or 0) <= 2.0  # no timeout: still bounded
    assert _clamp(0.5, httpcore.ReadTimeout) == 0.5  # a shorter one stays


@pytest.mark.parametrize("deadline_in", [-0.1], indirect=True)
@pytest.mark.usefixtures("deadline_in")
def test_past_the_deadline_nothing_more_is_waited_for() -> None:
    with pytest.raises(httpcore.ReadTimeout, match=EXPIRED):
        _clamp(5.0, httpcore.ReadTimeout)
    recorder = Recorder()
    stream = DeadlineStream(recorder)
    with pytest.raises(httpcore.ReadTimeout):
        stream.read(1024, 5.0)
    with pytest.raises(httpcore.WriteTimeout):
        stream.write(b"x", 5.0)
    with pytest.raises(httpcore.ConnectTimeout):
        stream.start_tls(ssl.create_default_context(), "api.test", 5.0)
    with pytest.raises(httpcore.ConnectTimeout):
        DeadlineBackend(recorder).connect_tcp("api.test", 443, 5.0)
    assert recorder.timeouts == []  # the connection was never waited on


@pytest.mark.parametrize("deadline_in", [2.0], indirect=True)
@pytest.mark.usefixtures("deadline_in")
def test_every_socket_operation_gets_the_time_left() -> None:
    recorder = Recorder()
    stream = DeadlineBackend(recorder).connect_tcp("api.test", 443, 5.0)
    tls = stream.start_tls(ssl.create_default_context(), "api.test", 5.0)
    tls.write(b"GET / HTTP/1.1\r\n\r\n", 5.0)
    tls.read(1024, 5.0)
    assert isinstance(tls, DeadlineStream)  # the TLS connection is cut down as well
    assert [name for name, _ in recorder.timeouts] == ["connect", "tls", "write", "read"]
    assert all(timeout is not None and timeout <= 2.0 for _, timeout in recorder.timeouts)


def test_every_body_read_runs_under_the_deadline() -> None:
    deadline = time.monotonic() + 10
    seen: list[float | None] = []

    def body() -> Iterator[bytes]:
        for chunk in (b"a", b"b"):
            seen.append(_DEADLINE.get())
            yield chunk

    assert b"".join(_Body(body(), request(), deadline)) == b"ab"
    assert seen == [deadline, deadline]
    assert _DEADLINE.get() is None  # nothing leaks into the caller's context


def test_the_deadline_is_connect_plus_read() -> None:
    started = time.monotonic()
    deadline = deadline_of(request(timeout=3.0))
    assert deadline is not None and started + 6.0 <= deadline <= time.monotonic() + 6.0
    assert deadline_of(request(accept="text/event-stream")) is None  # streams stay open


def test_failures_become_typed_errors_with_their_request() -> None:
    api = ImpCentralApi("http://127.0.0.1:1/v5", access_token="t", max_retries=0)  # no listener
    with api, pytest.raises(APIConnectionError) as raised:
        api.products.get("p1")
    assert isinstance(raised.value.__cause__, httpx.ConnectError)
    failed = raised.value.request
    assert failed is not None and str(failed.url) == "http://127.0.0.1:1/v5/products/p1"


def test_the_transport_takes_proxies_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("http_proxy", "https_proxy", "all_proxy", "no_proxy", "ALL_PROXY", "HTTP_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.test:3128")
    monkeypatch.setenv("NO_PROXY", "direct.test")
    transport: Any = Transport(verify=True)
    assert transport._proxies.for_url(httpx.URL("https://api.test/v5")) == "http://proxy.test:3128"
    assert transport._proxies.for_url(httpx.URL("https://direct.test/v5")) is None
    assert transport._proxies.for_url(httpx.URL("http://api.test/v5")) is None
    assert isinstance(transport._through["http://proxy.test:3128"], httpcore.HTTPProxy)
    transport.close()


def test_certificates_are_verified_unless_told_not_to() -> None:
    for verify, mode in ((True, ssl.CERT_REQUIRED), (False, ssl.CERT_NONE)):
        assert ssl_context(verify).verify_mode == mode
    mine = ssl.create_default_context()
    assert ssl_context(mine) is mine
