"""A scripted impCentral behind ``httpx.MockTransport``, for the SDK's unit tests."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from impcentral import AsyncImpCentralApi, ImpCentralApi

BASE = "https://api.test/v5"

Handler = Callable[[httpx.Request], httpx.Response]


def jsonapi(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/vnd.api+json", **(headers or {})},
    )


def error(
    status: int, title: str = "Oops", detail: str = "it failed", **extra: Any
) -> httpx.Response:
    return jsonapi(
        {"errors": [{"status": str(status), "title": title, "detail": detail, **extra}]}, status
    )


def product(product_id: str, name: str = "p") -> dict[str, Any]:
    stamp = "2018-07-22T11:27:49.633Z"
    attributes = {"name": name, "created_at": stamp, "updated_at": stamp}
    return {"type": "product", "id": product_id, "attributes": attributes}


def product_doc(product_id: str = "p1", name: str = "p", status: int = 200) -> httpx.Response:
    return jsonapi({"data": product(product_id, name)}, status)


def page(items: list[dict[str, Any]], self_url: str, next_url: str | None = None) -> httpx.Response:
    links: dict[str, Any] = {"self": self_url}
    if next_url is not None:
        links["next"] = next_url
    return jsonapi({"data": items, "links": links})


def tokens_body(access: str, refresh: str | None = None, expires_in: int = 3600) -> httpx.Response:
    body: dict[str, Any] = {"access_token": access, "expires_in": expires_in}
    if refresh is not None:
        body["refresh_token"] = refresh
    return httpx.Response(200, json=body)


class FakeApi:
    """Answers by ``(method, path)``; a route is a response, a list (consumed in order, the last
    repeating) or a function of the request. Unrouted requests get a 404. Thread-safe."""

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Any] = {}
        self.requests: list[httpx.Request] = []
        self._lock = threading.Lock()

    def on(self, method: str, path: str, answer: Any) -> None:
        self.routes[(method, "/v5" + path)] = list(answer) if isinstance(answer, list) else answer

    def calls(self, method: str, path: str) -> list[httpx.Request]:
        return [r for r in self.requests if r.method == method and r.url.path == "/v5" + path]

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        # A copy: the auth flow reuses the request object when it replays it.
        seen = httpx.Request(
            request.method, request.url, headers=request.headers.copy(), content=request.content
        )
        with self._lock:
            self.requests.append(seen)
            answer = self.routes.get((request.method, request.url.path))
            if isinstance(answer, list):
                answer = answer.pop(0) if len(answer) > 1 else answer[0]
        if answer is None:
            return error(404, "Not Found", f"no route for {request.method} {request.url.path}")
        if callable(answer):
            response: httpx.Response = answer(request)
            return response
        assert isinstance(answer, httpx.Response)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content)

    def sync_api(self, **options: Any) -> ImpCentralApi:
        options.setdefault("access_token", "token-1")
        client = httpx.Client(transport=httpx.MockTransport(self))
        return ImpCentralApi(BASE, http_client=client, **options)

    def async_api(self, **options: Any) -> AsyncImpCentralApi:
        options.setdefault("access_token", "token-1")
        client = httpx.AsyncClient(transport=httpx.MockTransport(self))
        return AsyncImpCentralApi(BASE, http_client=client, **options)


@pytest.fixture
def fake() -> FakeApi:
    return FakeApi()


@pytest.fixture
def api(fake: FakeApi) -> Iterator[ImpCentralApi]:
    client = fake.sync_api(max_retries=0)
    yield client
    client.close()


@pytest.fixture(autouse=True)
def _no_configuration_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Clients read their endpoint and credentials from these when not given: the tests say
    what they use."""
    for name in ("IMPCENTRAL_API_ENDPOINT", "IMPCENTRAL_ACCESS_TOKEN", "IMPCENTRAL_LOGIN_KEY"):
        monkeypatch.delenv(name, raising=False)
