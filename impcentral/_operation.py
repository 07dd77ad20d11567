"""One API call described as data, so the sync and async clients run the same description.

Resource methods validate their arguments and return an :class:`Operation`: which generated
operation to call, with which arguments, and what it returns. The clients only execute it:
both send the generated request description (:meth:`Operation.request`) through their httpx
client and read the body with :meth:`Operation.result`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, Protocol, TypeVar, cast

from . import _validation as check
from ._auth import TokenAuth
from ._exceptions import APIResponseValidationError, InvalidDataError

T = TypeVar("T")
U = TypeVar("U")

# Keyword arguments of the generated operations that become X-Electricimp-* headers, by the
# names the Node client gives them.
_SECRET_HEADERS = {
    "x_electricimp_password": "password",
    "x_electricimp_otp_token": "otp",
    "x_electricimp_key": "unbondKey",
}


class Endpoint(Protocol):
    """What the clients need from a generated operation module: its request description.

    Its ``sync_detailed`` would wrap the same request in a generated response object and parse
    statuses the client has already turned into errors; the clients parse the body themselves.
    """

    @property
    def _get_kwargs(self) -> Callable[..., dict[str, Any]]: ...


class Model(Protocol):
    """A generated document class."""

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Any: ...


@dataclass(frozen=True)
class Operation(Generic[T]):
    """A call of ``endpoint`` with ``args``/``kwargs`` returning one of ``returns`` (none: no body).

    ``remember`` stores what an auth call returned (tokens, and the credential that renews them),
    from the response's JSON document.
    """

    endpoint: Endpoint
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
    returns: tuple[type[Model], ...] = ()
    remember: Callable[[TokenAuth, Any], None] | None = None

    def __post_init__(self) -> None:
        """Refuse, before anything is sent, what httpx could not send or would send elsewhere."""
        for value in self.args:  # the generated operations take their path parameters first
            check.path_segment(value)
        for name, value in self.kwargs.items():
            if name in _SECRET_HEADERS:
                check.header_value(value, _SECRET_HEADERS[name])
            elif name == "body":
                check.json_body(value)
            else:
                check.encodable(value, name)

    def request(self) -> dict[str, Any]:
        """Keyword arguments of ``httpx.Client.request`` for this call."""
        return self.endpoint._get_kwargs(*self.args, **self.kwargs)

    def result(self, status_code: int, content: bytes) -> T:
        """The typed result of a successful response (errors were raised by the HTTP client).

        A 2xx the spec does not list for this call (200 for a documented 201) is parsed too.
        """
        if not self.returns:
            return cast(T, None)
        return cast(T, self.read(status_code, content).typed())

    def read(self, status_code: int, content: bytes) -> Body:
        """A successful response's body with its JSON, before any model is built from it."""
        try:
            document = json.loads(content)
        except ValueError as exc:
            raise _unreadable(status_code, content) from exc
        return Body(status_code, content, document, self.returns)


class Body(NamedTuple):
    """A response body, its JSON ``document`` and the documents it may be: a list page is read
    this far first, so that its ``links.next`` can be requested while its models are built."""

    status_code: int
    content: bytes
    document: Any
    returns: tuple[type[Model], ...]

    def typed(self) -> Any:
        """The first of ``returns`` that the document reads as."""
        failure: Exception | None = None
        for model in self.returns:  # from_dict copies what it reads, so each gets it intact
            try:
                return model.from_dict(self.document)
            except (ValueError, TypeError, KeyError, AttributeError) as exc:
                failure = exc
        raise _unreadable(self.status_code, self.content) from failure


def _unreadable(status_code: int, content: bytes) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"The impCentral API answered HTTP/{status_code} with an unreadable body",
        status_code=status_code,
        body=content.decode("utf-8", errors="replace"),
    )


def call(
    endpoint: Endpoint,
    *args: Any,
    returns: type[T],
    remember: Callable[[TokenAuth, Any], None] | None = None,
    **kwargs: Any,
) -> Operation[T]:
    """An operation with a typed JSON result."""
    return Operation(endpoint, args, kwargs, (cast(type[Model], returns),), remember)


def call_either(
    endpoint: Endpoint, *args: Any, returns: tuple[type[T], type[U]], **kwargs: Any
) -> Operation[T | U]:
    """An operation whose result is one of two documents."""
    return Operation(endpoint, args, kwargs, cast(tuple[type[Model], ...], returns))


def call_no_content(endpoint: Endpoint, *args: Any, **kwargs: Any) -> Operation[None]:
    """An operation whose success has no body (delete, restart, membership changes)."""
    return Operation(endpoint, args, kwargs)


def given(**values: Any) -> dict[str, Any]:
    """Keyword arguments for a generated call, leaving out those not given."""
    return {name: value for name, value in values.items() if value is not None}


# Sent, like the Node client does, when only a page number is given (and page 1 for a size only).
_NODE_DEFAULT_PAGE_SIZE = 20


def list_query(
    filters: Mapping[str, Any] | None,
    names: Mapping[str, str],
    page_number: int | None,
    page_size: int | None,
) -> dict[str, Any]:
    """Keyword arguments of a generated list call: ``filters`` (keyed by wire name, already
    validated) renamed to the generated names, plus both page parameters when either is given."""
    query: dict[str, Any] = {
        names[key]: _filter_value(value)
        for key, value in (filters or {}).items()
        if value is not None
    }
    if page_number or page_size:
        query["pagenumber"] = page_number or 1
        query["pagesize"] = page_size or _NODE_DEFAULT_PAGE_SIZE
    return query


def _filter_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return ",".join(str(item) for item in value)
    return str(value)


def request_body(model: type[T], document: Mapping[str, Any]) -> T:
    """The generated request model for a JSON document built the way the Node client builds it.

    The arguments were validated with the Node client's rules already; anything those rules let
    through but the request schema cannot hold is still refused before sending.
    """
    try:
        return cast(T, cast(type[Model], model).from_dict(document))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidDataError(f"Invalid request data: {exc}") from exc
