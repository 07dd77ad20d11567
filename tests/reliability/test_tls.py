"""TLS: certificates are verified by default; another CA or no verification must be asked for.

A local HTTPS server presents a certificate from a throwaway CA (``trustme``). The default
client refuses it; ``verify=<CA bundle path>`` or ``verify=<ssl.SSLContext>`` trusting that CA
accepts it; ``verify=False`` accepts it only because it says so; a certificate for another host
name is refused even with the right CA. The default client's SSL context is inspected as well.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest
import trustme

from impcentral import APIConnectionError, AsyncImpCentralApi, ImpCentralApi

BODY = json.dumps({"data": [], "links": {"self": "https://127.0.0.1/v5/products"}}).encode()


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/vnd.api+json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class TlsServer:
    def __init__(self, ca: trustme.CA, *identities: str) -> None:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ca.issue_cert(*identities).configure_cert(context)
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.url = f"https://127.0.0.1:{self.httpd.server_address[1]}/v5"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> TlsServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture(scope="module")
def server(ca: trustme.CA) -> Iterator[TlsServer]:
    with TlsServer(ca, "127.0.0.1") as running:
        yield running


@pytest.fixture(scope="module")
def ca_bundle(ca: trustme.CA, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("tls") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return str(path)


def products(api: ImpCentralApi) -> Any:
    return api.products.list().data


def test_the_default_client_refuses_an_unknown_ca(server: TlsServer) -> None:
    api = ImpCentralApi(server.url, access_token="token", max_retries=0)
    with api, pytest.raises(APIConnectionError) as raised:
        products(api)
    assert "CERTIFICATE_VERIFY_FAILED" in str(raised.value)


def test_the_default_async_client_refuses_an_unknown_ca(server: TlsServer) -> None:
    async def call() -> None:
        async with AsyncImpCentralApi(server.url, access_token="token", max_retries=0) as api:
            await api.products.list()

    with pytest.raises(APIConnectionError) as raised:
        asyncio.run(call())
    assert "CERTIFICATE_VERIFY_FAILED" in str(raised.value)


def test_the_default_ssl_context_verifies() -> None:
    """What the SDK's own transports connect with when ``verify`` is left alone."""
    from impcentral._transport import ssl_context

    context = ssl_context(True)
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.check_hostname is True
    assert context.minimum_version >= ssl.TLSVersion.TLSv1_2


@pytest.mark.parametrize("how", ["bundle path", "ssl context", "own http client"])
def test_a_custom_ca_is_trusted_when_given(
    server: TlsServer, ca: trustme.CA, ca_bundle: str, how: str
) -> None:
    context = ssl.create_default_context()
    ca.configure_trust(context)
    options: dict[str, Any] = {
        "bundle path": {"verify": ca_bundle},
        "ssl context": {"verify": context},
        "own http client": {"http_client": httpx.Client(verify=context)},
    }[how]
    with ImpCentralApi(server.url, access_token="token", max_retries=0, **options) as api:
        assert products(api) == []


async def test_a_custom_ca_is_trusted_by_the_async_client(
    server: TlsServer, ca_bundle: str
) -> None:
    async with AsyncImpCentralApi(
        server.url, access_token="token", max_retries=0, verify=ca_bundle
    ) as api:
        assert (await api.products.list()).data == []


def test_verification_off_only_when_asked(server: TlsServer) -> None:
    with ImpCentralApi(server.url, access_token="token", max_retries=0, verify=False) as api:
        assert products(api) == []


def test_the_host_name_is_checked(ca: trustme.CA, ca_bundle: str) -> None:
    with TlsServer(ca, "api.example.invalid") as other:
        api = ImpCentralApi(other.url, access_token="token", max_retries=0, verify=ca_bundle)
        with api, pytest.raises(APIConnectionError) as raised:
            products(api)
    assert "CERTIFICATE_VERIFY_FAILED" in str(raised.value) or "match" in str(raised.value)


def test_no_environment_switch_turns_verification_off(
    server: TlsServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Variables some libraries read to skip verification change nothing here.
    for name in ("PYTHONHTTPSVERIFY", "CURL_CA_BUNDLE", "REQUESTS_CA_BUNDLE"):
        monkeypatch.setenv(name, "0" if name == "PYTHONHTTPSVERIFY" else "")
    api = ImpCentralApi(server.url, access_token="token", max_retries=0)
    with api, pytest.raises(APIConnectionError):
        products(api)
