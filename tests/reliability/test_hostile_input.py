"""Hostile input: hypothesis calls every public method with arbitrary arguments.

Each call goes to an in-memory server (``httpx.MockTransport``) that answers with an error
document, an empty success or a minimal document, drawn by hypothesis too. Outcomes allowed: a
result, ``InvalidDataError`` (and then nothing was sent), a typed API error for the status the
server answered, or ``APIResponseValidationError`` for a success whose body does not fit.
Every request that leaves must match one of the spec's paths for its method with each id as
one percent-encoded path segment, never ``.`` or ``..`` (httpx would resolve those and send the
request to another resource); no secret given as an argument appears in an exception's message
or repr. Log streams: ``add_device``, ``remove_device`` and ``close`` (``create`` starts a
background consumer and is covered by the log-stream suite).
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from impcentral import (
    APIResponseValidationError,
    DeviceGroups,
    ImpCentralApi,
    ImpCentralApiError,
    InvalidDataError,
    Webhooks,
)

SPEC = Path(__file__).parents[2] / "openapi" / "impcentral-v5.yaml"
ACCESS_TOKEN = "S3CRET-access-token-0123456789"
# Secret arguments are drawn with this marker, so that a leak can be recognised.
MARK = "S3CRET"
SECRET_PARAMETERS = {"password", "otp", "login_token", "login_key", "refresh_token", "unbond_key"}
_SEGMENT = r"(?!\.\.?/)(?:[A-Za-z0-9_.~-]|%[0-9A-F]{2})+"


def _routes() -> list[tuple[str, re.Pattern[str]]]:
    spec = yaml.safe_load(SPEC.read_text())
    routes = []
    for path, item in spec["paths"].items():
        pattern = re.sub(r"\{[^}]+\}", _SEGMENT, path.replace(".", r"\."))
        for method in item:
            if method in ("get", "post", "put", "patch", "delete"):
                routes.append((method.upper(), re.compile(f"/v5{pattern}/")))
    return routes


ROUTES = _routes()


def path_is_a_route(request: httpx.Request) -> bool:
    path = request.url.raw_path.split(b"?", 1)[0].decode("ascii") + "/"
    return any(m == request.method and p.fullmatch(path) for m, p in ROUTES)


# --- arbitrary values --------------------------------------------------------------------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["", ".", "..", "/", "../products", "a/b", "?x=1", "#", "%2e%2e", " "]),
    st.binary(max_size=8),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.one_of(st.text(max_size=10), st.integers()), inner, max_size=3),
    ),
    max_leaves=8,
)
plausible = st.one_of(
    st.sampled_from(
        [
            DeviceGroups.TYPE_DEVELOPMENT,
            DeviceGroups.TYPE_PRODUCTION,
            DeviceGroups.TYPE_PRE_FACTORY_FIXTURE,
            Webhooks.EVENT_BLESSING,
            "me",
            "product-1",
        ]
    ),
    st.fixed_dictionaries({"name": st.text(max_size=10)}),
    st.dictionaries(
        st.sampled_from(["name", "description", "device_code", "agent_code", "region", "type"]),
        values,
        max_size=3,
    ),
    st.integers(min_value=1, max_value=5),
)
argument = st.one_of(values, plausible)
HOSTILE_IDS = [".", "..", "/", "../products", "a/b", "?x=1", "#frag", "%2e%2e", " ", "\ud800", "é"]
ids = st.one_of(st.sampled_from(HOSTILE_IDS), st.text(max_size=12), argument)
secret = st.builds(lambda s: f"{MARK}-{s}", st.text(min_size=4, max_size=12))


def public_methods(api: ImpCentralApi) -> list[tuple[str, Callable[..., Any]]]:
    methods = []
    for resource_name in (
        "auth",
        "accounts",
        "products",
        "device_groups",
        "devices",
        "deployments",
        "webhooks",
        "log_streams",
    ):
        resource = getattr(api, resource_name)
        for name, member in inspect.getmembers(resource, inspect.ismethod):
            if name.startswith("_") or (
                resource_name == "log_streams" and name in {"create", "open"}
            ):
                continue
            methods.append((f"{resource_name}.{name}", member))
    return methods


# --- the in-memory server -----------------------------------------------------------------------

ANSWERS = [
    (404, {"errors": [{"status": "404", "code": "NF001", "title": "Not Found", "detail": "no"}]}),
    (400, {"errors": [{"status": "400", "code": "VX001", "title": "Bad", "detail": "bad"}]}),
    (204, None),
    (200, {"data": []}),
    (200, {}),
    (500, "<html>down</html>"),
]


class Server:
    def __init__(self) -> None:
        self.answer = ANSWERS[0]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert path_is_a_route(request), f"{request.method} {request.url.raw_path!r}"
        status, body = self.answer
        if body is None:
            return httpx.Response(status)
        if isinstance(body, str):
            return httpx.Response(status, text=body, headers={"Content-Type": "text/html"})
        return httpx.Response(
            status, content=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
        )


@pytest.fixture(scope="module")
def harness() -> Iterator[tuple[ImpCentralApi, Server]]:
    server = Server()
    http = httpx.Client(transport=httpx.MockTransport(server))
    api = ImpCentralApi(
        "https://api.test/v5", access_token=ACCESS_TOKEN, http_client=http, max_retries=0
    )
    yield api, server
    api.close()
    http.close()


def arguments_for(
    method: Callable[..., Any],
) -> st.SearchStrategy[tuple[list[Any], dict[str, Any]]]:
    args: list[st.SearchStrategy[Any]] = []
    kwargs: dict[str, st.SearchStrategy[Any]] = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.name in SECRET_PARAMETERS:
            strategy = st.one_of(secret, argument)
        elif parameter.name == "id" or parameter.name.endswith("_id"):
            strategy = ids
        else:
            strategy = argument
        if parameter.kind is parameter.VAR_POSITIONAL:
            args.append(st.lists(ids, max_size=3).map(lambda items: ("*", items)))
        elif parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = strategy
        elif parameter.default is parameter.empty:
            args.append(strategy)
        else:
            args.append(st.one_of(st.just(("default",)), strategy))

    def assemble(drawn: tuple[list[Any], dict[str, Any]]) -> tuple[list[Any], dict[str, Any]]:
        positional: list[Any] = []
        skipping = False
        for value in drawn[0]:
            if isinstance(value, tuple) and value[:1] == ("*",):
                positional.extend(value[1])
            elif isinstance(value, tuple) and value == ("default",):
                skipping = True
            elif not skipping:
                positional.append(value)
        return positional, drawn[1]

    return st.tuples(st.tuples(*args).map(list), st.fixed_dictionaries(kwargs)).map(assemble)


def leaked(text: str, secrets: list[str]) -> list[str]:
    return [s for s in [ACCESS_TOKEN, *secrets] if s in text]


def run(method: Callable[..., Any], args: list[Any], kwargs: dict[str, Any]) -> Any:
    result = method(*args, **kwargs)
    if isinstance(result, Iterator):
        return [item for _, item in zip(range(5), result, strict=False)]
    return result


METHODS = public_methods(ImpCentralApi("https://api.test/v5"))


@pytest.mark.parametrize(("name", "unbound"), METHODS, ids=[name for name, _ in METHODS])
def test_arbitrary_arguments(
    harness: tuple[ImpCentralApi, Server], name: str, unbound: Callable[..., Any]
) -> None:
    api, server = harness
    resource_name, method_name = name.split(".")
    method = getattr(getattr(api, resource_name), method_name)

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(call=arguments_for(method), answer=st.sampled_from(ANSWERS))
    def check(call: tuple[list[Any], dict[str, Any]], answer: Any) -> None:
        args, kwargs = call
        server.answer = answer
        secrets = [
            v for v in [*args, *kwargs.values()] if isinstance(v, str) and v.startswith(MARK)
        ]
        sent_before = len(server.requests)
        try:
            run(method, args, kwargs)
        except InvalidDataError as error:
            assert len(server.requests) == sent_before, "InvalidDataError after sending"
            assert not leaked(f"{error} {error!r}", secrets)
        except APIResponseValidationError as error:
            assert len(server.requests) > sent_before and 200 <= answer[0] < 300, repr(error)
            assert not leaked(f"{error} {error!r}", secrets)
        except ImpCentralApiError as error:
            assert len(server.requests) > sent_before and error.status_code == answer[0]
            assert not leaked(f"{error} {error!r}", secrets)
        finally:
            api.auth.access_token = ACCESS_TOKEN

    check()


# --- secrets in headers, over a real connection (h11 checks header values; MockTransport not) ----


@pytest.fixture(scope="module")
def live() -> Iterator[ImpCentralApi]:
    from impcentral.emulator import EmulatorServer

    with EmulatorServer(rate_limit=0, otp_code=None) as server:
        api = ImpCentralApi(server.url, max_retries=0)
        api.auth.login("demo@example.com", "demo-password")
        yield api
        api.close()


header_secrets = st.one_of(
    st.text(max_size=16),
    st.sampled_from(["a\r\nX-Injected: 1", "a\nb", "a\x00b", " padded ", "pässwörd", "\ud800"]),
).map(lambda text: f"{MARK}{text}")


@settings(max_examples=60, deadline=None, database=None)
@given(password=header_secrets, tail=header_secrets)
def test_header_secrets_are_sent_or_refused_without_being_quoted(
    live: ImpCentralApi, password: str, tail: str
) -> None:
    calls: list[Callable[[], Any]] = [
        lambda: live.accounts.create_login_key(password),
        lambda: live.accounts.delete_login_key("no-such-key", password),
        lambda: live.auth.login_with_otp(password, "login-token"),
        lambda: live.device_groups.remove_devices("no-such-group", "d", unbond_key=tail),
    ]
    for call in calls:
        try:
            call()
        except InvalidDataError as error:
            assert not leaked(f"{error} {error!r}", [password, tail])
        except ImpCentralApiError as error:  # wrong password, unknown key, group or token
            assert error.status_code in (401, 403, 404)
            assert not leaked(f"{error} {error!r}", [password, tail])
