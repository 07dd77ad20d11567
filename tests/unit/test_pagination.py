"""``list_all`` and ``get_all_logs``: ``links.next`` verbatim, a page ahead, once per item."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from typing import Any

import httpx
import pytest

from impcentral import AsyncImpCentralApi, ImpCentralError, PermissionDeniedError
from impcentral._pagination import _RecentKeys

from .conftest import BASE, FakeApi, error, jsonapi, page, product

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


def test_an_async_walk_runs_under_trio(fake: FakeApi) -> None:
    """Under trio the pages are read in place (a task cannot outlive the walk's scope)."""
    trio = pytest.importorskip("trio")
    three_pages(fake)

    async def walk() -> list[str]:
        async with fake.async_api() as api:
            return [item.id async for item in api.products.list_all(page_size=2)]

    assert trio.run(walk) == ["a", "b", "c", "d"]
    assert len(fake.calls("GET", "/products")) == 3


def test_repeats_are_dropped_while_among_the_latest_keys() -> None:
    seen = _RecentKeys(3)
    assert seen.fresh(["a", "b", "a", "c"], str) == ["a", "b", "c"]
    assert seen.fresh(["d", "c", "a"], str) == ["d", "a"]  # "a" was forgotten when "d" came


class HeldPages:
    """Three pages whose second is held back until ``release``: shows what is asked, and when."""

    def __init__(self, fake: FakeApi) -> None:
        self.asked_second = threading.Event()
        self.release = threading.Event()
        answer = by_page(
            {
                "1": page([product("a"), product("b")], FIRST, SECOND),
                "2": page([product("c")], SECOND, THIRD),
                "3": page([product("d")], THIRD),
            }
        )

        def held(request: httpx.Request) -> httpx.Response:
            if request.url.params.get("page[number]") == "2":
                self.asked_second.set()
                assert self.release.wait(10), "the second page was never released"
            return answer(request)

        fake.on("GET", "/products", held)


def test_reads_one_page_ahead_and_no_more(fake: FakeApi) -> None:
    held = HeldPages(fake)
    with fake.sync_api() as api:
        products = api.products.list_all(page_size=2)
        assert fake.requests == []  # nothing until the first item is asked for
        assert next(products).id == "a"
        assert held.asked_second.wait(10)  # asked for while the first page is consumed
        assert next(products).id == "b"
        assert [str(r.url) for r in fake.requests] == [FIRST, SECOND]  # not the third yet
        held.release.set()
        assert [p.id for p in products] == ["c", "d"]
    assert [str(r.url) for r in fake.requests] == [FIRST, SECOND, THIRD]


def test_an_abandoned_walk_leaves_its_page_read_ahead_unread(fake: FakeApi) -> None:
    held = HeldPages(fake)
    with fake.sync_api() as api:
        products = api.products.list_all(page_size=2)
        assert next(products).id == "a"
        assert held.asked_second.wait(10)
        products.close()
        held.release.set()
    assert [str(r.url) for r in fake.requests] == [FIRST, SECOND]


def test_a_failed_page_read_ahead_raises_after_the_page_before(fake: FakeApi) -> None:
    fake.on(
        "GET",
        "/products",
        by_page(
            {
                "1": page([product("a"), product("b")], FIRST, SECOND),
                "2": error(403, "Forbidden", "not yours"),
            }
        ),
    )
    with fake.sync_api(max_retries=0) as api:
        products = api.products.list_all(page_size=2)
        assert [next(products).id, next(products).id] == ["a", "b"]
        with pytest.raises(PermissionDeniedError):
            next(products)


def test_the_page_read_ahead_runs_in_the_callers_context(fake: FakeApi) -> None:
    """Context variables (a tracing span, a deadline) reach the request made on a thread."""
    caller: contextvars.ContextVar[str] = contextvars.ContextVar("caller", default="none")
    seen: list[str] = []
    three_pages(fake)
    answer = fake.routes[("GET", "/v5/products")]

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(caller.get())
        return answer(request)

    fake.on("GET", "/products", record)
    caller.set("job-7")
    with fake.sync_api() as api:
        assert [p.id for p in api.products.list_all(page_size=2)] == ["a", "b", "c", "d"]
    assert seen == ["job-7"] * 3


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


def test_async_reads_one_page_ahead_and_an_abandoned_walk_cancels_it(fake: FakeApi) -> None:
    asked: list[str | None] = []
    pages = {
        "1": page([product("a"), product("b")], FIRST, SECOND),
        "2": page([product("c")], SECOND, THIRD),
        "3": page([product("d")], THIRD),
    }

    class Pages(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            number = request.url.params.get("page[number]")
            asked.append(number)
            if number == "2":
                await asyncio.sleep(10)  # long enough to be cancelled
            return pages[number]

    async def walk() -> None:
        client = httpx.AsyncClient(transport=Pages())
        async with AsyncImpCentralApi(BASE, access_token="t", http_client=client) as api:
            products = api.products.list_all(page_size=2)
            assert (await products.__anext__()).id == "a"
            await asyncio.sleep(0.05)
            assert asked == ["1", "2"]  # the second page is on its way, the third is not
            await products.aclose()
            tasks = asyncio.all_tasks() - {asyncio.current_task()}
            await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 5)
            assert all(task.cancelled() for task in tasks)

    asyncio.run(walk())


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
