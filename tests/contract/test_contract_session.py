"""The paced session of contract runs, with a stand-in transport adapter and a fake clock."""

from __future__ import annotations

import io

import requests
from requests.adapters import BaseAdapter

from impcentral.contract.session import MAX_RATE_LIMITED_RETRIES, PacedSession, pause_from


class Scripted(BaseAdapter):
    """Answers with the given statuses and headers in turn; counts what was sent."""

    def __init__(self, *answers: tuple[int, dict[str, str]]) -> None:
        super().__init__()
        self.answers = list(answers)
        self.sent = 0

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float | None, float | None] | None = None,
        verify: bool | str = True,
        cert: str | tuple[str, str] | None = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        status, headers = self.answers[min(self.sent, len(self.answers) - 1)]
        self.sent += 1
        response = requests.Response()
        response.status_code = status
        response.headers.update(headers)
        response.request = request
        response.raw = io.BytesIO(b"{}")
        return response

    def close(self) -> None:
        pass


class Clock:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def __call__(self) -> float:
        return self.now


def session(adapter: Scripted, rate: float = 40.0) -> tuple[PacedSession, Clock]:
    clock = Clock()
    paced = PacedSession(rate, sleep=clock.sleep, clock=clock)
    paced.mount("http://", adapter)
    return paced, clock


def test_requests_leave_at_most_rate_a_second() -> None:
    paced, clock = session(Scripted((200, {})), rate=40)
    for _ in range(41):
        paced.get("http://service/v5/products")
    assert paced.sent == 41
    assert abs(clock.now - 101.0) < 1e-9  # 41 requests: the last one leaves a second later


def test_a_429_is_waited_out_and_sent_again() -> None:
    adapter = Scripted((429, {"X-RateLimit-Reset": "1"}), (429, {"Retry-After": "2"}), (200, {}))
    paced, clock = session(adapter)
    response = paced.get("http://service/v5/products")
    assert response.status_code == 200
    assert adapter.sent == 3
    assert paced.rate_limited == 2
    assert clock.sleeps == [1.0, 2.0]


def test_a_service_that_keeps_refusing_gets_its_429_reported() -> None:
    adapter = Scripted((429, {}))
    paced, _ = session(adapter)
    assert paced.get("http://service/v5/products").status_code == 429
    assert adapter.sent == MAX_RATE_LIMITED_RETRIES + 1


def test_an_exhausted_window_holds_the_next_request_until_the_reset() -> None:
    adapter = Scripted((200, {"X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "1"}), (200, {}))
    paced, clock = session(adapter, rate=1000)
    paced.get("http://service/v5/products")
    paced.get("http://service/v5/products")
    assert clock.sleeps == [1.0]
    assert paced.rate_limited == 0


def test_pauses_come_from_retry_after_then_the_reset_and_are_bounded() -> None:
    assert pause_from({"Retry-After": "3", "X-RateLimit-Reset": "1"}) == 3.0
    assert pause_from({"X-RateLimit-Reset": "1"}) == 1.0
    assert pause_from({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}) is None
    assert pause_from({"X-RateLimit-Reset": "86400"}) == 60.0
    assert pause_from({}) is None
