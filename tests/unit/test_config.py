"""Endpoint and credentials from the environment, the endpoint check, and closed clients."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from impcentral import (
    DEFAULT_API_ENDPOINT,
    AsyncImpCentralApi,
    ClientClosedError,
    ImpCentralApi,
    InvalidDataError,
    Tokens,
)

from .conftest import BASE, FakeApi, error, product_doc, tokens_body


def _sync(fake: FakeApi, *args: Any, **options: Any) -> ImpCentralApi:
    return ImpCentralApi(
        *args, http_client=httpx.Client(transport=httpx.MockTransport(fake)), **options
    )


def _async(fake: FakeApi, *args: Any, **options: Any) -> AsyncImpCentralApi:
    transport = httpx.MockTransport(fake)
    return AsyncImpCentralApi(*args, http_client=httpx.AsyncClient(transport=transport), **options)


class MemoryStore:
    def __init__(self, tokens: Tokens | None) -> None:
        self.tokens = tokens

    def load(self) -> Tokens | None:
        return self.tokens

    def save(self, tokens: Tokens) -> None:
        self.tokens = tokens


def test_the_endpoint_comes_from_the_argument_then_the_environment_then_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert ImpCentralApi().api_endpoint == DEFAULT_API_ENDPOINT
    monkeypatch.setenv("IMPCENTRAL_API_ENDPOINT", "https://impcloud.example/v5")
    assert ImpCentralApi().api_endpoint == "https://impcloud.example/v5"
    assert AsyncImpCentralApi().api_endpoint == "https://impcloud.example/v5"
    assert ImpCentralApi("http://127.0.0.1:1/v5").api_endpoint == "http://127.0.0.1:1/v5"
    monkeypatch.setenv("IMPCENTRAL_API_ENDPOINT", "  ")
    assert ImpCentralApi().api_endpoint == DEFAULT_API_ENDPOINT  # blank counts as unset


@pytest.mark.parametrize(
    ("endpoint", "reason"),
    [
        ("localhost:18765/v5", "does not start with http:// or https://"),
        ("ftp://127.0.0.1:18765/v5", "has the scheme 'ftp'"),
        ("", "does not start with http:// or https://"),
        ("/v5", "does not start with http:// or https://"),
        ("http:///v5", "has no host"),
    ],
)
@pytest.mark.parametrize("client", [ImpCentralApi, AsyncImpCentralApi])
def test_a_bad_endpoint_is_refused_when_the_client_is_made(
    endpoint: str, reason: str, client: type[Any]
) -> None:
    with pytest.raises(InvalidDataError) as raised:
        client(endpoint)
    assert reason in str(raised.value)
    assert str(raised.value).startswith("api_endpoint ")


def test_a_bad_endpoint_in_the_environment_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("IMPCENTRAL_API_ENDPOINT", "ftp://u:secret@imp.example/v5")
    with pytest.raises(InvalidDataError) as raised:
        ImpCentralApi()
    message = str(raised.value)
    assert message.startswith("IMPCENTRAL_API_ENDPOINT ") and "'ftp'" in message
    assert "secret" not in message


def test_an_access_token_from_the_environment_is_sent(
    fake: FakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMPCENTRAL_ACCESS_TOKEN", "env-token")
    fake.on("GET", "/products/p1", product_doc())
    with _sync(fake, BASE) as api:
        assert api.products.get("p1").data.id == "p1"
    assert fake.requests[-1].headers["Authorization"] == "Bearer env-token"


def test_arguments_and_token_stores_win_over_the_environment(
    fake: FakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMPCENTRAL_ACCESS_TOKEN", "env-token")
    monkeypatch.setenv("IMPCENTRAL_LOGIN_KEY", "env-key")
    assert _sync(fake, BASE, access_token="given").auth.tokens == Tokens(access_token="given")
    stored = Tokens(access_token="stored", refresh_token="r")
    assert _sync(fake, BASE, token_store=MemoryStore(stored)).auth.tokens == stored
    from_env = _sync(fake, BASE, token_store=MemoryStore(None)).auth.tokens
    assert from_env == Tokens(access_token="env-token", login_key="env-key")


def _exchange(fake: FakeApi, *access_tokens: str) -> None:
    fake.on("POST", "/auth/token", [tokens_body(token) for token in access_tokens])


def test_a_login_key_from_the_environment_is_exchanged_by_the_first_call(
    fake: FakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMPCENTRAL_LOGIN_KEY", "env-key")
    _exchange(fake, "from-key", "renewed")
    fake.on("GET", "/products/p1", [error(401, "Unauthorized"), product_doc()])
    api = _sync(fake, BASE)
    assert fake.requests == []  # nothing is sent when the client is made
    api.products.get("p1")
    exchanges = fake.calls("POST", "/auth/token")
    assert [json.loads(r.content) for r in exchanges] == [{"key": "env-key"}, {"key": "env-key"}]
    gets = fake.calls("GET", "/products/p1")
    assert [r.headers["Authorization"] for r in gets] == ["Bearer from-key", "Bearer renewed"]
    assert api.auth.tokens.login_key == "env-key"


def test_the_async_client_reads_the_environment_too(
    fake: FakeApi, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMPCENTRAL_API_ENDPOINT", BASE)
    monkeypatch.setenv("IMPCENTRAL_LOGIN_KEY", "env-key")
    _exchange(fake, "from-key")
    fake.on("GET", "/products/p1", product_doc())

    async def main() -> str:
        async with _async(fake) as api:
            return (await api.products.get("p1")).data.id

    assert asyncio.run(main()) == "p1"
    assert fake.requests[-1].headers["Authorization"] == "Bearer from-key"


def test_a_closed_client_raises_a_typed_error(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", product_doc())
    with fake.sync_api() as api:
        view = api.with_options(timeout=5)
        api.products.get("p1")
    for closed in (api, view):
        with pytest.raises(ClientClosedError, match="ImpCentralApi is closed"):
            closed.products.get("p1")
    with pytest.raises(ClientClosedError):
        api.with_raw_response.products.get("p1")
    with pytest.raises(ClientClosedError):
        api.log_streams.create(print)
    with pytest.raises(ClientClosedError), api:
        pass


def test_a_closed_client_with_its_own_http_client_raises_a_typed_error() -> None:
    api = ImpCentralApi(BASE, access_token="t", debug=False)
    api.close()
    with pytest.raises(ClientClosedError):
        api.products.get("p1")


def test_a_closed_async_client_raises_a_typed_error(fake: FakeApi) -> None:
    async def main() -> None:
        api = fake.async_api()
        await api.aclose()
        with pytest.raises(ClientClosedError, match="AsyncImpCentralApi is closed"):
            await api.products.get("p1")

    asyncio.run(main())
    assert fake.requests == []
