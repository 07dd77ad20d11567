"""``list_all`` and ``get_all_logs`` follow ``links.next`` verbatim, lazily, once per item."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from impcentral import ImpCentralError
from impcentral._pagination import _RecentKeys

from .conftest import BASE, FakeApi, jsonapi, page, product

FIRST = BASE + "/products?page%5Bnumber%5D=1&page%5Bsize%5D=2"
SECOND = BASE + "/products?page%5Bnumber%5D=2&page%5Bsize%5D=2"
THIRD = BASE + "/products?page%5Bnumber%5D=3&page%5Bsize%5D=2"


def by_page(pages: dict[str | None, httpx.Response]) -> Any:
    def answer(request: httpx.Request) -> httpx.Response:
        number = request.url.params.get("page[number]")
        response = pages[number]
        return httpx.Response(
            response.status_code, headers=response.headers, content=response.content
        )

    return answer


def three_pages(fake: FakeApi) -> None:
    fake.on(
        "GET",
        "/products",
        by_page(
            {
                "1": page([product("a"), product("b")], FIRST, SECOND),
                "2": page([product("b"), product("c")], SECOND, THIRD),  # "b" again
                "3": page([product("d")], THIRD),
            }
        ),
    )


def test_walks_every_page_once_dropping_repeats(fake: FakeApi) -> None:
    three_pages(fake)
    with fake.sync_api() as api:
        ids = [p.id for p in api.products.list_all(page_size=2)]
    assert ids == ["a", "b", "c", "d"]
    assert [str(r.url) for r in fake.requests] == [FIRST, SECOND, THIRD]


def test_repeats_are_dropped_while_among_the_latest_keys() -> None:
    seen = _RecentKeys(3)
    assert seen.fresh(["a", "b", "a", "c"], str) == ["a", "b", "c"]
    assert seen.fresh(["d", "c", "a"], str) == ["d", "a"]  # "a" was forgotten when "d" came


def test_is_lazy(fake: FakeApi) -> None:
    three_pages(fake)
    with fake.sync_api() as api:
        products = api.products.list_all(page_size=2)
        assert fake.requests == []
        assert next(products).id == "a"
        assert next(products).id == "b"
        assert len(fake.requests) == 1
        assert next(products).id == "c"
        assert len(fake.requests) == 2


def test_first_page_carries_filters_and_page_size(fake: FakeApi) -> None:
    fake.on("GET", "/products", page([product("a")], FIRST))
    with fake.sync_api() as api:
        assert [p.id for p in api.products.list_all({"filter[owner.id]": "me-1"})] == ["a"]
    params = fake.requests[0].url.params
    assert params["filter[owner.id]"] == "me-1"
    assert (params["page[number]"], params["page[size]"]) == ("1", "100")


def test_stops_on_a_self_referencing_last_page(fake: FakeApi) -> None:
    fake.on("GET", "/products", page([product("a")], FIRST, FIRST))
    with fake.sync_api() as api:
        assert [p.id for p in api.products.list_all()] == ["a"]
    assert len(fake.requests) == 1


def test_stops_on_a_loop(fake: FakeApi) -> None:
    fake.on(
        "GET",
        "/products",
        by_page(
            {
                "1": page([product("a")], FIRST, SECOND),
                "2": page([product("b")], SECOND, FIRST),
            }
        ),
    )
    with fake.sync_api() as api:
        assert [p.id for p in api.products.list_all()] == ["a", "b"]
    assert len(fake.requests) == 2


def test_null_next_ends(fake: FakeApi) -> None:
    fake.on(
        "GET",
        "/products",
        jsonapi({"data": [product("a")], "links": {"self": FIRST, "next": None}}),
    )
    with fake.sync_api() as api:
        assert [p.id for p in api.products.list_all()] == ["a"]


def test_next_is_followed_verbatim(fake: FakeApi) -> None:
    odd = BASE + "/products?cursor=xyz&page%5Bsize%5D=2"
    fake.on(
        "GET",
        "/products",
        by_page({"1": page([product("a")], FIRST, odd), None: page([product("z")], odd)}),
    )
    with fake.sync_api() as api:
        assert [p.id for p in api.products.list_all()] == ["a", "z"]
    assert str(fake.requests[1].url) == odd


def test_relative_next_is_resolved_against_the_page(fake: FakeApi) -> None:
    fake.on(
        "GET",
        "/products",
        by_page(
            {
                "1": page([product("a")], FIRST, "/v5/products?page%5Bnumber%5D=2"),
                "2": page([product("b")], SECOND),
            }
        ),
    )
    with fake.sync_api() as api:
        assert [p.id for p in api.products.list_all()] == ["a", "b"]


def test_refuses_to_send_the_token_to_another_server(fake: FakeApi) -> None:
    fake.on("GET", "/products", page([product("a")], FIRST, "https://evil.test/v5/products?p=2"))
    with fake.sync_api() as api:
        products = api.products.list_all()
        assert next(products).id == "a"
        with pytest.raises(ImpCentralError, match="another server"):
            next(products)
    assert len(fake.requests) == 1


def test_async_iterator(fake: FakeApi) -> None:
    three_pages(fake)

    async def collect() -> list[str]:
        async with fake.async_api() as api:
            return [p.id async for p in api.products.list_all(page_size=2)]

    assert asyncio.run(collect()) == ["a", "b", "c", "d"]


def test_logs_keep_identical_lines(fake: FakeApi) -> None:
    entry = {"ts": "2026-01-01T00:00:00.000Z", "type": "server.log", "msg": "tick"}
    first = BASE + "/devices/d1/logs?page%5Bnumber%5D=1"
    second = BASE + "/devices/d1/logs?page%5Bnumber%5D=2"
    fake.on(
        "GET",
        "/devices/d1/logs",
        by_page(
            {"1": page([entry, entry], first, second), "2": page([entry], second)},
        ),
    )
    with fake.sync_api() as api:
        logs = list(api.devices.get_all_logs("d1"))
    assert [log.msg for log in logs] == ["tick", "tick", "tick"]


@pytest.mark.parametrize(
    ("name", "path", "item"),
    [
        ("accounts.list_all", "/accounts", {"type": "account", "id": "a1"}),
        (
            "accounts.list_all_login_keys",
            "/accounts/me/login_keys",
            {"type": "login_key", "id": "k"},
        ),
        (
            "device_groups.list_all",
            "/devicegroups",
            {"type": "development_devicegroup", "id": "g", "attributes": {"name": "g"}},
        ),
        ("devices.list_all", "/devices", {"type": "device", "id": "d"}),
        (
            "deployments.list_all",
            "/deployments",
            {"type": "deployment", "id": "dep", "attributes": {}},
        ),
        ("webhooks.list_all", "/webhooks", {"type": "webhook", "id": "w", "attributes": {}}),
    ],
)
def test_every_list_has_list_all(fake: FakeApi, name: str, path: str, item: dict[str, Any]) -> None:
    fake.on("GET", path, page([item, item], BASE + path))
    with fake.sync_api() as api:
        resource, method = name.split(".")
        items = list(getattr(getattr(api, resource), method)())
    assert [i.id for i in items] == [item["id"]]
