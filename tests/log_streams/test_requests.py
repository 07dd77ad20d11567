"""A stream's requests go through the client, as every other call does: its auth, its base URL."""

from __future__ import annotations

import httpx

from impcentral import ImpCentralApi
from impcentral.log_streams._requests import EVENT_STREAM

from .helpers import ENDPOINT, state, until


def test_requests_carry_the_clients_auth_and_resume_after_the_last_event_id() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.method == "POST":
            return httpx.Response(200, json={"data": {"type": "logstream", "id": "s/1"}})
        if request.method == "GET":
            body = b"event: state_change\nid: 7\ndata: opened\n\n"  # then the connection ends
            return httpx.Response(200, headers={"Content-Type": EVENT_STREAM}, content=body)
        return httpx.Response(204)

    client = httpx.Client(transport=httpx.MockTransport(answer))
    api = ImpCentralApi(ENDPOINT, access_token="token", http_client=client)
    with api.log_streams.open(
        ["d1"], format="json", reconnect_delay=0.01, max_reconnect_delay=0.02
    ) as stream:
        until(stream, state("reconnected"))
    api.close()
    sent = [(r.method, r.url.raw_path) for r in seen]
    assert sent[:2] == [("POST", b"/v5/logstream"), ("GET", b"/v5/logstream/s%2F1?format=json")]
    assert ("PUT", b"/v5/logstream/s%2F1/d1") in sent
    assert all(r.headers["Authorization"] == "Bearer token" for r in seen)
    first, again = [r for r in seen if r.method == "GET"][:2]
    assert first.headers["Accept"] == EVENT_STREAM
    assert "Last-Event-ID" not in first.headers
    assert again.headers["Last-Event-ID"] == "7"
    timeout = again.extensions["timeout"]
    assert timeout["read"] == 2 * 45.0 + 5  # backs up the idle watchdog
