"""Error responses and transport failures become typed exceptions that keep everything."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from impcentral import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    ImpCentralApi,
    ImpCentralApiError,
    InternalServerError,
    InvalidDataError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TwoFactorRequiredError,
    UnprocessableEntityError,
)
from impcentral._exceptions import api_error_from_response

from .conftest import BASE, FakeApi, error, jsonapi, product_doc


def response(status: int, content: bytes = b"", **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        content=content,
        headers=headers,
        request=httpx.Request("GET", BASE + "/products/p1"),
    )


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (520, InternalServerError),
        (561, InternalServerError),
        (418, ImpCentralApiError),
        (499, ImpCentralApiError),
        (302, ImpCentralApiError),
    ],
)
def test_class_per_status(status: int, cls: type[ImpCentralApiError]) -> None:
    exc = api_error_from_response(response(status))
    assert type(exc) is cls
    assert exc.status_code == status
    assert str(exc) == f"impCentral API error HTTP/{status}"


def test_message_body_errors_and_headers_are_kept() -> None:
    body = (
        b'{"errors": [{"status": "400", "code": "CX005", "title": "Compilation Error", '
        b'"detail": "2 errors", "meta": [{"file": "agent_code", "row": 1, "column": 2}]},'
        b' {"status": "400", "title": "Second", "detail": "ignored in the message"}]}'
    )
    exc = api_error_from_response(response(400, body, **{"X-RateLimit-Remaining": "3"}))
    assert isinstance(exc, BadRequestError)
    assert str(exc) == exc.message == "Compilation Error: 2 errors"
    assert exc.body["errors"][1]["title"] == "Second"
    assert [e.code for e in exc.errors] == ["CX005", None]
    assert exc.code == "CX005"
    assert exc.errors[0].status == "400"
    assert exc.errors[0].meta == [{"file": "agent_code", "row": 1, "column": 2}]
    assert exc.headers["x-ratelimit-remaining"] == "3"
    assert exc.method == "GET"
    assert exc.url == BASE + "/products/p1"


@pytest.mark.parametrize(
    "body",
    [
        b'{"errors": [{"title": "Only a title"}]}',
        b'{"errors": [{"detail": "Only a detail"}]}',
        b'{"errors": []}',
        b"[1, 2]",
        b"",
    ],
)
def test_message_falls_back_like_node(body: bytes) -> None:
    exc = api_error_from_response(response(404, body))
    assert str(exc) == "impCentral API error HTTP/404"


def test_html_body_is_kept_as_text() -> None:
    exc = api_error_from_response(response(502, b"<html><h1>Bad gateway</h1></html>"))
    assert isinstance(exc, InternalServerError)
    assert exc.body == "<html><h1>Bad gateway</h1></html>"
    assert exc.errors == []
    assert str(exc) == "impCentral API error HTTP/502: Bad gateway"


@pytest.mark.parametrize(
    ("status", "body", "kind", "message"),
    [
        (404, b'{"message": "not JSON:API"}', NotFoundError, "HTTP/404: not JSON:API"),
        (400, b'{"error": "bad filter"}', BadRequestError, "HTTP/400: bad filter"),
        (
            503,
            b"<!DOCTYPE html><html><head><title>503 Service\n Unavailable</title></head>"
            b"<body><p>Try later</p></body></html>",
            InternalServerError,
            "HTTP/503: 503 Service Unavailable",
        ),
        (429, b"slow down\n", RateLimitError, "HTTP/429: slow down"),
        (500, b"", InternalServerError, "HTTP/500"),
        (409, b'{"message": ""}', ConflictError, "HTTP/409"),
    ],
)
def test_error_bodies_that_are_not_jsonapi_keep_their_status_and_say_what_they_say(
    status: int, body: bytes, kind: type[ImpCentralApiError], message: str
) -> None:
    exc = api_error_from_response(response(status, body))
    assert type(exc) is kind
    assert exc.status_code == status
    assert exc.errors == []
    assert str(exc) == f"impCentral API error {message}"


def test_a_long_error_page_is_shortened_in_the_message() -> None:
    exc = api_error_from_response(response(502, b"x" * 5000))
    assert len(str(exc)) < 260
    assert str(exc).endswith("...")


def test_two_factor_without_a_login_token_is_a_plain_permission_error() -> None:
    body = b'{"errors": [{"status": "403", "code": "PX200", "title": "MFA", "detail": "d"}]}'
    exc = api_error_from_response(response(403, body))
    assert type(exc) is PermissionDeniedError
    with_token = api_error_from_response(
        response(
            403,
            b'{"errors": [{"code": "PX200", "title": "MFA", "detail": "d",'
            b' "meta": {"login_token": "lt-1"}}]}',
        )
    )
    assert isinstance(with_token, TwoFactorRequiredError)
    assert with_token.login_token == "lt-1"


def test_two_factor_error_carries_the_login_token() -> None:
    body = (
        b'{"errors": [{"status": "403", "code": "PX200", "title": "Multi-Factor Required",'
        b' "detail": "Use your OTP", "meta": {"login_token": "lt-123", "expires_at": "x"}}]}'
    )
    exc = api_error_from_response(response(403, body))
    assert isinstance(exc, TwoFactorRequiredError)
    assert isinstance(exc, PermissionDeniedError)
    assert exc.login_token == "lt-123"
    assert "lt-123" not in str(exc) and "lt-123" not in repr(exc)


def test_other_403_is_not_two_factor() -> None:
    exc = api_error_from_response(response(403, b'{"errors": [{"code": "PX300"}]}'))
    assert type(exc) is PermissionDeniedError


def test_repr_names_class_status_and_redacted_url() -> None:
    exc = api_error_from_response(
        httpx.Response(
            404,
            request=httpx.Request("DELETE", BASE + "/accounts/me/login_keys/secret-key-id"),
        )
    )
    assert repr(exc).startswith("NotFoundError(status_code=404, ")
    assert "secret-key-id" not in repr(exc)


def test_scrub_removes_echoed_secrets_from_the_message() -> None:
    body = b'{"errors": [{"title": "Not Found", "detail": "login key abcd1234 is unknown"}]}'
    exc = api_error_from_response(response(404, body), lambda text: text.replace("abcd1234", "*"))
    assert str(exc) == "Not Found: login key * is unknown"


@pytest.mark.parametrize("status", [499, 520, 418, 599])
def test_non_iana_statuses_through_the_client(fake: FakeApi, status: int) -> None:
    fake.on("GET", "/products/p1", error(status, "Odd", "status"))
    with fake.sync_api(max_retries=0) as api, pytest.raises(ImpCentralApiError) as raised:
        api.products.get("p1")
    assert raised.value.status_code == status
    assert str(raised.value) == "Odd: status"


def test_html_error_through_the_client(fake: FakeApi) -> None:
    fake.on("GET", "/products", httpx.Response(502, text="<html>proxy</html>"))
    with fake.sync_api(max_retries=0) as api, pytest.raises(InternalServerError) as raised:
        api.products.list()
    assert raised.value.body == "<html>proxy</html>"
    assert raised.value.method == "GET"
    assert raised.value.url == BASE + "/products"


def test_async_error_mapping(fake: FakeApi) -> None:
    fake.on("DELETE", "/products/p1", error(409, "Dependent Devicegroups Exist", "delete them"))
    api = fake.async_api(max_retries=0)
    with pytest.raises(ConflictError, match=r"^Dependent Devicegroups Exist: delete them$"):
        asyncio.run(api.products.delete("p1"))


def _refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("[Errno 111] Connection refused", request=request)


def _hang(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


def test_connection_failure_is_not_invalid_data(fake: FakeApi) -> None:
    fake.on("GET", "/products", _refuse)
    with fake.sync_api(max_retries=0) as api, pytest.raises(APIConnectionError) as raised:
        api.products.list()
    assert not isinstance(raised.value, InvalidDataError | APITimeoutError)
    assert "Connection refused" in str(raised.value)
    assert "GET https://api.test/v5/products" in str(raised.value)
    assert isinstance(raised.value.__cause__, httpx.ConnectError)


def test_timeout_is_its_own_class(fake: FakeApi) -> None:
    fake.on("GET", "/devices/d1", _hang)
    with fake.sync_api(max_retries=0) as api, pytest.raises(APITimeoutError):
        api.devices.get("d1")


def test_async_transport_failures(fake: FakeApi) -> None:
    fake.on("GET", "/products", _refuse)
    fake.on("GET", "/devices/d1", _hang)
    api = fake.async_api(max_retries=0)
    with pytest.raises(APIConnectionError):
        asyncio.run(api.products.list())
    with pytest.raises(APITimeoutError):
        asyncio.run(api.devices.get("d1"))


def test_real_refused_connection() -> None:
    api = ImpCentralApi("http://127.0.0.1:1/v5", access_token="t", max_retries=0)
    with api, pytest.raises(APIConnectionError) as raised:
        api.products.list()
    assert not isinstance(raised.value, APITimeoutError)


def test_undocumented_success_status_is_still_parsed(fake: FakeApi) -> None:
    fake.on("POST", "/products", product_doc("p9", "made", status=200))  # documented: 201
    with fake.sync_api() as api:
        created = api.products.create({"name": "made"})
    assert created.data.id == "p9"
    assert created.data.attributes.name == "made"


def test_unreadable_success_body(fake: FakeApi) -> None:
    # JSON, but not an object at all: nothing to read tolerantly.
    fake.on("GET", "/products/p1", jsonapi(["product", "p1"]))
    with fake.sync_api() as api, pytest.raises(APIResponseValidationError):
        api.products.get("p1")


def test_html_success_body(fake: FakeApi) -> None:
    fake.on("GET", "/products/p1", httpx.Response(200, text="<html>captive portal</html>"))
    with fake.sync_api() as api, pytest.raises(APIResponseValidationError):
        api.products.get("p1")
