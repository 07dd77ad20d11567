"""Faults: 20 % of responses turned into 500/502/503 and 5 % of connections dropped.

Idempotent calls (GET, PUT, DELETE) all succeed given enough retries; creates (POST) are never
retried after the request may have reached the server, so none is made twice; the errors that do
reach the caller are typed and carry the status, the JSON:API error code and the failed request.
"""

from __future__ import annotations

import asyncio
import itertools
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest

from impcentral import (
    APIConnectionError,
    AsyncImpCentralApi,
    ImpCentralApi,
    ImpCentralError,
    InternalServerError,
)
from impcentral.emulator import EmulatorServer

from .conftest import EMAIL, PASSWORD, Record, count_statuses, describe

pytestmark = pytest.mark.impcentral_emulator(rate_limit=0, devices=5)

ERROR_RATE = 0.2
DROP_RATE = 0.05
# A call fails only if every attempt does: 0.24 ** 11 < 1e-6 per call.
MAX_RETRIES = 10
CALLS = 300


@pytest.fixture
def server(impcentral_emulator: EmulatorServer) -> Iterator[EmulatorServer]:
    yield impcentral_emulator
    impcentral_emulator.clear_faults()


def faulty(server: EmulatorServer) -> None:
    server.set_faults(error_rate=ERROR_RATE, drop_rate=DROP_RATE)


def setup_world(api: ImpCentralApi) -> dict[str, Any]:
    """Products (some to delete later), a device group, the devices' ids; made without faults."""
    keep = api.products.create({"name": "kept"}).data.id
    doomed = [api.products.create({"name": f"doomed-{n}"}).data.id for n in range(20)]
    group = api.device_groups.create(keep, "development_devicegroup", {"name": "lab"}).data.id
    deployment = api.deployments.create(
        group, "development_devicegroup", {"device_code": "server.log(1);", "agent_code": ""}
    ).data.id
    devices = [device.id for device in api.devices.list().data]
    return {
        "product": keep,
        "doomed": doomed,
        "group": group,
        "deployment": deployment,
        "devices": devices,
    }


def idempotent_calls(api: Any, world: dict[str, Any]) -> list[Callable[[], Any]]:
    """CALLS GETs, PUTs and DELETEs (each doomed product deleted once)."""
    reads: list[Callable[[], Any]] = [
        api.accounts.get,
        api.products.list,
        lambda: api.products.get(world["product"]),
        api.devices.list,
        lambda: api.devices.get(world["devices"][0]),
        lambda: api.device_groups.get(world["group"]),
        lambda: api.deployments.get(world["deployment"]),
        lambda: api.device_groups.update_min_supported_deployment(
            world["group"], world["deployment"]
        ),  # PUT
    ]
    deletes = [lambda pid=pid: api.products.delete(pid) for pid in world["doomed"]]
    cycle = itertools.cycle(reads)
    return deletes + [next(cycle) for _ in range(CALLS - len(deletes))]


def test_idempotent_calls_succeed_from_threads(server: EmulatorServer, figures: Record) -> None:
    with ImpCentralApi(server.url, max_retries=MAX_RETRIES) as api:
        api.auth.login(EMAIL, PASSWORD)
        world = setup_world(api)
        statuses = count_statuses(api)
        faulty(server)
        with ThreadPoolExecutor(20) as pool:
            outcomes = list(pool.map(_outcome, idempotent_calls(api, world)))
        server.clear_faults()
        left = {p.id for p in api.products.list_all()}
    figures("threads: calls", f"{CALLS}, attempts by status {describe(statuses.statuses)}")
    failures = [o for o in outcomes if isinstance(o, BaseException)]
    assert failures == []
    assert sum(statuses.statuses[s] for s in (500, 502, 503)) > 0  # faults were injected
    assert left == {world["product"]}  # every delete went through


def test_idempotent_calls_succeed_from_tasks(server: EmulatorServer, figures: Record) -> None:
    with ImpCentralApi(server.url) as setup:
        setup.auth.login(EMAIL, PASSWORD)
        world = setup_world(setup)

    async def run() -> tuple[list[Any], Counter[int], set[str]]:
        async with AsyncImpCentralApi(server.url, max_retries=MAX_RETRIES) as api:
            await api.auth.login(EMAIL, PASSWORD)
            statuses = count_statuses(api)
            faulty(server)
            calls = idempotent_calls(api, world)
            outcomes = await asyncio.gather(*(c() for c in calls), return_exceptions=True)
            server.clear_faults()
            left = {p.id async for p in api.products.list_all()}
            return list(outcomes), statuses.statuses, left

    outcomes, statuses, left = asyncio.run(run())
    figures("tasks: calls", f"{CALLS}, attempts by status {describe(statuses)}")
    assert [o for o in outcomes if isinstance(o, BaseException)] == []
    assert sum(statuses[s] for s in (500, 502, 503)) > 0
    assert left == {world["product"]}


def test_creates_are_never_duplicated(server: EmulatorServer, figures: Record) -> None:
    names = [f"product-{n}" for n in range(80)]
    with ImpCentralApi(server.url, max_retries=MAX_RETRIES) as api:
        api.auth.login(EMAIL, PASSWORD)
        faulty(server)
        with ThreadPoolExecutor(10) as pool:
            outcomes = list(
                pool.map(lambda name: _outcome(lambda: api.products.create({"name": name})), names)
            )
        server.clear_faults()
        stored = Counter(p.attributes.name for p in api.products.list_all())
    created = {name for name, o in zip(names, outcomes, strict=True) if not _failed(o)}
    errors = [o for o in outcomes if _failed(o)]
    figures(
        "creates under faults",
        f"{len(created)} made, {len(errors)} refused ({_kinds(errors)}), "
        f"{sum(stored.values())} stored",
    )
    assert all(count == 1 for count in stored.values())  # nothing was made twice
    assert set(stored) == created  # every success is there, no failure half-made one
    assert errors, "with 25 % of attempts failing, some creates must have surfaced an error"
    for error in errors:
        assert_typed(error, "POST", "/products")


def test_errors_that_surface_carry_status_code_and_request(
    server: EmulatorServer, figures: Record
) -> None:
    with ImpCentralApi(server.url, max_retries=0) as api:
        api.auth.login(EMAIL, PASSWORD)
        faulty(server)
        outcomes = [_outcome(api.devices.list) for _ in range(200)]
    errors = [o for o in outcomes if _failed(o)]
    figures("errors without retries", f"{len(errors)} of 200 ({_kinds(errors)})")
    assert 20 <= len(errors) <= 90  # ~25 % of 200
    for error in errors:
        assert_typed(error, "GET", "/devices")


def assert_typed(error: BaseException, method: str, path: str) -> None:
    if isinstance(error, InternalServerError):
        assert error.status_code in (500, 502, 503)
        assert error.code == "XX000" and error.errors[0].status == str(error.status_code)
        assert error.method == method and error.url is not None
        assert error.url.split("?")[0].endswith(path)
        title = error.errors[0].title
        assert str(error) == f"{title}: The service is having trouble; try again."
    else:
        assert isinstance(error, APIConnectionError), repr(error)
        assert error.request is not None
        assert error.request.method == method
        assert error.request.url.path.endswith(path)
        assert f"{method} " in str(error)


def _outcome(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except ImpCentralError as error:
        return error


def _failed(outcome: Any) -> bool:
    return isinstance(outcome, BaseException)


def _kinds(errors: list[Any]) -> str:
    kinds = Counter(f"{type(e).__name__}/{getattr(e, 'status_code', '-')}" for e in errors)
    return ", ".join(f"{kind}: {n}" for kind, n in sorted(kinds.items()))
