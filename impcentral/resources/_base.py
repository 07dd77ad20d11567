"""Turn one request builder into a sync method, an async method and their raw-response variants.

Each resource module defines its methods once, as builders that validate arguments and return an
:class:`Operation` or :class:`Pages`. The sync class lists them with :func:`sync_method` /
:func:`sync_pages`, the async class with :func:`async_method` / :func:`async_pages`; signatures,
docstrings and type hints come from the builder, so the two surfaces cannot drift apart.
``api.with_raw_response.<resource>.<method>`` (:class:`WithRawResponse`) runs the same builder
and returns the :class:`RawResponse` instead of the document.
"""

from __future__ import annotations

import functools
import inspect
import re
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar, cast, get_args

from .._auth import TokenAuth
from .._lazy import BuiltOnFirstUse
from .._operation import Operation
from .._pagination import Pages
from .._response import RawResponse

P = ParamSpec("P")
T = TypeVar("T")


class SyncClient(Protocol):
    """The part of :class:`ImpCentralApi` resources use."""

    _auth: TokenAuth

    def _send(self, operation: Operation[T]) -> T: ...

    def _send_raw(self, operation: Operation[T]) -> RawResponse[T]: ...

    def _iterate(self, pages: Pages[Any, T]) -> Iterator[T]: ...


class AsyncClient(Protocol):
    """The part of :class:`AsyncImpCentralApi` resources use."""

    _auth: TokenAuth

    async def _send(self, operation: Operation[T]) -> T: ...

    async def _send_raw(self, operation: Operation[T]) -> RawResponse[T]: ...

    def _iterate(self, pages: Pages[Any, T]) -> AsyncIterator[T]: ...


class SyncResource:
    def __init__(self, client: SyncClient) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client


# The builder of each method made by sync_method / async_method: its raw-response variant runs it.
_BUILDERS: dict[Callable[..., Any], Callable[..., Operation[Any]]] = {}


def sync_method(build: Callable[P, Operation[T]]) -> Callable[Concatenate[SyncResource, P], T]:
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._client._send(build(*args, **kwargs))

    _BUILDERS[method] = build
    return _like(method, build, _result_name(build))


def async_method(
    build: Callable[P, Operation[T]],
) -> Callable[Concatenate[AsyncResource, P], Coroutine[Any, Any, T]]:
    async def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._client._send(build(*args, **kwargs))

    _BUILDERS[method] = build
    return _like(method, build, _result_name(build))


def sync_pages(
    build: Callable[P, Pages[Any, T]],
) -> Callable[Concatenate[SyncResource, P], Iterator[T]]:
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        return self._client._iterate(build(*args, **kwargs))

    return _like(method, build, f"Iterator[{_result_name(build)}]")


def async_pages(
    build: Callable[P, Pages[Any, T]],
) -> Callable[Concatenate[AsyncResource, P], AsyncIterator[T]]:
    def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        return self._client._iterate(build(*args, **kwargs))

    return _like(method, build, f"AsyncIterator[{_result_name(build)}]")


class _RawApi:
    """``api.with_raw_response``: its resources, found on the client by name."""

    _kind: type[SyncResource | AsyncResource]

    def __init__(self, client: object) -> None:
        self._client = client

    def _resource(self, name: str) -> Any:
        resource = getattr(self._client, name)
        if not isinstance(resource, self._kind):
            raise AttributeError(f"with_raw_response has no resource {name!r}")
        return resource

    def __dir__(self) -> list[str]:
        cls = type(self._client)
        return [
            name
            for name in dir(cls)
            if isinstance(attribute := getattr(cls, name), BuiltOnFirstUse)
            and issubclass(cast(type, attribute.built_class()), self._kind)
        ]

    def __repr__(self) -> str:
        return f"<with_raw_response of {self._client!r}>"


class WithRawResponse(_RawApi):
    """``api.with_raw_response.<resource>.<method>(...)``: the call of
    ``api.<resource>.<method>(...)``, returning its :class:`RawResponse` (status, headers, the
    request sent, and ``parse()`` for the typed result). Listings page by page (``list``) have
    one; ``list_all`` has not."""

    _kind = SyncResource

    def __getattr__(self, name: str) -> RawResource:
        return RawResource(self._resource(name))


class AsyncWithRawResponse(_RawApi):
    """As :class:`WithRawResponse`, for ``AsyncImpCentralApi``: each call is awaited."""

    _kind = AsyncResource

    def __getattr__(self, name: str) -> AsyncRawResource:
        return AsyncRawResource(self._resource(name))


class _RawMethods:
    """The raw-response variants of one resource's methods, made from their builders."""

    def __init__(self, resource: SyncResource | AsyncResource) -> None:
        self._of = resource

    def _build(self, name: str) -> Callable[..., Operation[Any]]:
        build = _builder(type(self._of), name)
        if build is None:
            raise AttributeError(f"{type(self._of).__name__}.{name} has no raw-response variant")
        return build

    def __dir__(self) -> list[str]:
        cls = type(self._of)
        return [name for name in dir(cls) if _builder(cls, name) is not None]

    def __repr__(self) -> str:
        return f"<with_raw_response of {type(self._of).__name__}>"


class RawResource(_RawMethods):
    def __init__(self, resource: SyncResource) -> None:
        super().__init__(resource)
        self._client = resource._client

    def __getattr__(self, name: str) -> Callable[..., RawResponse[Any]]:
        build = self._build(name)

        def raw(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            return self._client._send_raw(build(*args, **kwargs))

        return _like(raw, build, f"RawResponse[{_result_name(build)}]", bound=True)


class AsyncRawResource(_RawMethods):
    def __init__(self, resource: AsyncResource) -> None:
        super().__init__(resource)
        self._client = resource._client

    def __getattr__(self, name: str) -> Callable[..., Coroutine[Any, Any, RawResponse[Any]]]:
        build = self._build(name)

        async def raw(*args: Any, **kwargs: Any) -> RawResponse[Any]:
            return await self._client._send_raw(build(*args, **kwargs))

        return _like(raw, build, f"RawResponse[{_result_name(build)}]", bound=True)


def _builder(cls: type, name: str) -> Callable[..., Operation[Any]] | None:
    """The builder behind the method ``cls.name``, if it is one made here from a builder."""
    method = getattr(cls, name, None)
    return _BUILDERS.get(method) if inspect.isfunction(method) else None


_F = TypeVar("_F", bound=Callable[..., Any])
# Where a type's name is spelled with its module: "impcentral_generated.models.product.Product".
_MODULE_PATH = re.compile(r"\b(?:[A-Za-z_]\w*\.)+(?=[A-Za-z_]\w*)")


@functools.cache  # the sync, async and raw methods of one builder share it
def _result_name(build: Callable[..., Any]) -> str:
    """The short name of what a builder's operation (or its listing's items) reads, e.g.
    ``ProductDocument``, for the signatures ``help()`` shows."""
    try:
        hint = inspect.get_annotations(build, eval_str=True).get("return")
    except NameError:
        return "Any"
    arguments = get_args(hint)
    result = arguments[-1] if arguments else hint
    if result is None or result is type(None):
        return "None"
    if isinstance(result, type):
        return result.__name__
    return _MODULE_PATH.sub("", str(result))


def _like(method: _F, build: Callable[..., Any], returns: str, *, bound: bool = False) -> _F:
    """Give ``method`` the builder's name, docstring and parameters, and ``returns`` as its
    result (for ``help()`` and IDEs)."""
    method.__name__ = build.__name__
    method.__qualname__ = build.__qualname__
    method.__doc__ = build.__doc__
    method.__module__ = build.__module__
    signature = inspect.signature(build)
    parameters = list(signature.parameters.values())
    if not bound:
        parameters.insert(0, inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY))
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=parameters, return_annotation=returns
    )
    return method
