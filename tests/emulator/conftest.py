"""Fixtures: an in-process emulator and a logged-in client that speaks its JSON:API."""

from __future__ import annotations

import contextlib
import queue
import socket
import threading
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from impcentral.emulator import EmulatorServer

MEDIA = "application/vnd.api+json"


class Api:
    """A thin client that logs in and sends JSON:API bodies."""

    def __init__(self, client: httpx.Client, server: EmulatorServer) -> None:
        self.client = client
        self.server = server
        self.token = ""

    def login(self, login: str = "demo", password: str = "demo-password") -> Any:
        response = self.client.post("/v5/auth", json={"id": login, "password": password})
        if response.status_code == 200:
            self.token = response.json()["access_token"]
        return response

    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = {"Content-Type": MEDIA, "Authorization": f"Bearer {self.token}"}
        headers.update(extra or {})
        return headers

    def call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        headers: dict[str, str] | None = None,
        params: Any = None,
    ) -> Any:
        kwargs: dict[str, Any] = {"headers": self.headers(headers), "params": params}
        if body is not None:
            kwargs["json"] = body
        return self.client.request(method, f"/v5{path}", **kwargs)

    def get(self, path: str, **kw: Any) -> Any:
        return self.call("GET", path, **kw)

    def post(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.call("POST", path, body, **kw)

    def patch(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.call("PATCH", path, body, **kw)

    def put(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.call("PUT", path, body, **kw)

    def delete(self, path: str, body: Any = None, **kw: Any) -> Any:
        return self.call("DELETE", path, body, **kw)

    # --- builders ------------------------------------------------------------------------------

    def product(self, name: str = "Thermostat") -> dict[str, Any]:
        response = self.post(
            "/products", {"data": {"type": "product", "attributes": {"name": name}}}
        )
        assert response.status_code == 201, response.text
        return dict(response.json()["data"])

    def group(
        self,
        product_id: str,
        name: str = "Dev",
        gtype: str = "development_devicegroup",
        attributes: dict[str, Any] | None = None,
        relationships: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        response = self.post(
            "/devicegroups", group_body(product_id, name, gtype, attributes, relationships)
        )
        assert response.status_code == 201, response.text
        return dict(response.json()["data"])

    def deploy(
        self, group: dict[str, Any], device_code: str = 'server.log("Hello");', **attrs: Any
    ) -> dict[str, Any]:
        response = self.post("/deployments", deployment_body(group, device_code, **attrs))
        assert response.status_code == 201, response.text
        return dict(response.json()["data"])

    def devices(self) -> list[dict[str, Any]]:
        return list(self.get("/devices").json()["data"])

    def assign(self, group: dict[str, Any], *device_ids: str) -> Any:
        data = [{"type": "device", "id": d} for d in device_ids]
        return self.post(f"/devicegroups/{group['id']}/relationships/devices", {"data": data})


def group_body(
    product_id: str,
    name: str = "Dev",
    gtype: str = "development_devicegroup",
    attributes: dict[str, Any] | None = None,
    relationships: dict[str, Any] | None = None,
) -> dict[str, Any]:
    return {
        "data": {
            "type": gtype,
            "attributes": {"name": name, **(attributes or {})},
            "relationships": {
                "product": {"type": "product", "id": product_id},
                **(relationships or {}),
            },
        }
    }


def deployment_body(
    group: dict[str, Any], device_code: str = 'server.log("Hello");', **attrs: Any
) -> dict[str, Any]:
    return {
        "data": {
            "type": "deployment",
            "attributes": {"device_code": device_code, "agent_code": "", **attrs},
            "relationships": {"devicegroup": {"type": group["type"], "id": group["id"]}},
        }
    }


def error_codes(response: Any) -> list[str]:
    return [e.get("code") for e in response.json()["errors"]]


@pytest.fixture
def server(request: pytest.FixtureRequest) -> Iterator[EmulatorServer]:
    """A real emulator on loopback; ``@pytest.mark.impcentral_emulator(...)`` sets options.

    Rate limiting is off unless a test asks for it, so tests can make many calls.
    """
    marker = request.node.get_closest_marker("impcentral_emulator")
    options = {"rate_limit": 0, **(marker.kwargs if marker else {})}
    with EmulatorServer(**options) as running:
        yield running


@pytest.fixture
def anon(server: EmulatorServer) -> Iterator[Api]:
    with httpx.Client(base_url=server.base_url, timeout=10) as client:
        yield Api(client, server)


@pytest.fixture
def api(anon: Api) -> Api:
    assert anon.login().status_code == 200
    return anon


class SseReader:
    """Reads a log stream on a thread; events and comments land in a queue as they arrive."""

    def __init__(self, url: str, timeout: float = 10.0) -> None:
        self.items: queue.Queue[tuple[str, str] | None] = queue.Queue()
        self._client = httpx.Client(timeout=timeout)
        self._response = self._client.send(
            self._client.build_request("GET", url, headers={"Accept": "text/event-stream"}),
            stream=True,
        )
        self.status = self._response.status_code
        self._thread = threading.Thread(target=self._read, daemon=True)
        self._thread.start()

    def _read(self) -> None:
        event, data = "message", []
        try:
            for line in self._response.iter_lines():
                if line.startswith(":"):
                    self.items.put(("comment", line))
                elif line.startswith("event: "):
                    event = line[len("event: ") :]
                elif line.startswith("data: "):
                    data.append(line[len("data: ") :])
                elif line == "" and data:
                    self.items.put((event, "\n".join(data)))
                    event, data = "message", []
        except httpx.HTTPError:
            pass
        finally:
            self.items.put(None)

    def next(self, timeout: float = 5.0, *, skip_comments: bool = True) -> tuple[str, str] | None:
        """The next event (``None`` once the stream has ended)."""
        while True:
            item = self.items.get(timeout=timeout)
            if item is None or not (skip_comments and item[0] == "comment"):
                return item

    def close(self) -> None:
        """Hang up for real: shut the socket down so the server sees the client leave."""
        stream = self._response.extensions.get("network_stream")
        sock = stream.get_extra_info("socket") if stream is not None else None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
        self._thread.join(5)
        self._response.close()
        self._client.close()
