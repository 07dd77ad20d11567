"""One API call described as data, so the sync and async clients run the same description.

Resource methods validate their arguments and return an :class:`Operation`: which generated
operation to call, with which arguments. The generated operation module gives both halves of
the contract: ``request_kwargs`` (what httpx sends) and ``parse`` (the typed document of a 2xx
answer). The clients only execute it: both send :meth:`Operation.request` through their httpx
client and read the body with :meth:`Operation.result`.

Reading is tolerant (see ``impcentral_generated.types``): a field the reader had to coerce is
reported once per field path on the ``impcentral`` logger at WARNING, and never fails the call.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, NamedTuple, Protocol, TypeVar, cast

from . import _validation as check
from ._auth import TokenAuth
from ._exceptions import APIResponseValidationError, InvalidDataError

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

logger = logging.getLogger("impcentral")

# Keyword arguments of the generated operations that become X-Electricimp-* headers, by the
# names the Node client gives them.
_SECRET_HEADERS = {
    "x_electricimp_password": "password",
    "x_electricimp_otp_token": "otp",
    "x_electricimp_key": "unbondKey",
}


class Endpoint(Protocol[T_co]):
    """A generated operation module: its request description and the reading of its answer."""

    @property
    def request_kwargs(self) -> Callable[..., dict[str, Any]]: ...

    @property
    def parse(self) -> Callable[[Any], T_co]: ...


@dataclass(frozen=True)
class Operation(Generic[T]):
    """A call of ``endpoint`` with ``args``/``kwargs``, returning what its ``parse`` reads.

    ``remember`` stores what an auth call returned (tokens, and the credential that renews them),
    from the response's JSON document.
    """

    endpoint: Endpoint[T]
    args: tuple[Any, ...] = ()
    kwargs: Mapping[str, Any] = field(default_factory=dict)
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
        return self.endpoint.request_kwargs(*self.args, **self.kwargs)

    def result(self, status_code: int, content: bytes) -> T:
        """The typed result of a successful response (errors were raised by the HTTP client).

        A 2xx without a body (204, or an empty 200 where a document was expected) reads as None,
        except for a login or token exchange, whose tokens the client needs.
        """
        if not content.strip() and self.remember is None:
            return cast(T, None)
        return cast(T, self.read(status_code, content).typed())

    def read(self, status_code: int, content: bytes) -> Body:
        """A successful response's body with its JSON, before any model is built from it."""
        try:
            document = json.loads(content)
        except ValueError as exc:
            raise _unreadable(status_code, content) from exc
        return Body(status_code, content, document, self.endpoint.parse)


class Body(NamedTuple):
    """A response body, its JSON ``document`` and how to read it: a list page is read this far
    first, so that its ``links.next`` can be requested while its models are built."""

    status_code: int
    content: bytes
    document: Any
    parse: Callable[[Any], Any]

    def typed(self) -> Any:
        """The document as its typed model; each coerced field is logged once."""
        reader = _reader()
        before = reader.coercions()
        try:
            value = self.parse(self.document)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            raise _unreadable(self.status_code, self.content) from exc
        if reader.coercions() != before:
            for path, reason in reader.coerced(value):
                logger.warning("%s: %s", path, reason)
        return value


_READER: list[ModuleType] = []


def _reader() -> ModuleType:
    """The generated package's reader, imported with the first document (not with the SDK)."""
    if not _READER:
        from impcentral_generated import types

        _READER.append(types)
    return _READER[0]


def _unreadable(status_code: int, content: bytes) -> APIResponseValidationError:
    return APIResponseValidationError(
        f"The impCentral API answered HTTP/{status_code} with an unreadable body",
        status_code=status_code,
        body=content.decode("utf-8", errors="replace"),
    )


def call(
    endpoint: Endpoint[T],
    *args: Any,
    remember: Callable[[TokenAuth, Any], None] | None = None,
    **kwargs: Any,
) -> Operation[T]:
    """An operation of a generated ``endpoint`` module; its result is what ``endpoint.parse``
    returns (None for the operations without a document)."""
    return Operation(endpoint, args, kwargs, remember)


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
        return cast(T, cast(Any, model).from_dict(document))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InvalidDataError(f"Invalid request data: {exc}") from exc
