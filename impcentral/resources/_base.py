"""Turn one request builder into a sync method and an async method with the same signature.

Each resource module defines its methods once, as builders that validate arguments and return an
:class:`Operation` or :class:`Pages`. The sync class lists them with :func:`sync_method` /
:func:`sync_pages`, the async class with :func:`async_method` / :func:`async_pages`; signatures,
docstrings and type hints come from the builder, so the two surfaces cannot drift apart.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any, Concatenate, ParamSpec, Protocol, TypeVar

from .._auth import TokenAuth
from .._operation import Operation
from .._pagination import Pages

P = ParamSpec("P")
T = TypeVar("T")


class SyncClient(Protocol):
    """The part of :class:`ImpCentralApi` resources use."""

    _auth: TokenAuth

    def _send(self, operation: Operation[T]) -> T: ...

    def _iterate(self, pages: Pages[Any, T]) -> Iterator[T]: ...


class AsyncClient(Protocol):
    """The part of :class:`AsyncImpCentralApi` resources use."""

    _auth: TokenAuth

    async def _send(self, operation: Operation[T]) -> T: ...

    def _iterate(self, pages: Pages[Any, T]) -> AsyncIterator[T]: ...


class SyncResource:
    def __init__(self, client: SyncClient) -> None:
        self._client = client


class AsyncResource:
    def __init__(self, client: AsyncClient) -> None:
        self._client = client


def sync_method(build: Callable[P, Operation[T]]) -> Callable[Concatenate[SyncResource, P], T]:
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return self._client._send(build(*args, **kwargs))

    return _like(method, build)


def async_method(
    build: Callable[P, Operation[T]],
) -> Callable[Concatenate[AsyncResource, P], Coroutine[Any, Any, T]]:
    async def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return await self._client._send(build(*args, **kwargs))

    return _like(method, build)


def sync_pages(
    build: Callable[P, Pages[Any, T]],
) -> Callable[Concatenate[SyncResource, P], Iterator[T]]:
    def method(self: SyncResource, /, *args: P.args, **kwargs: P.kwargs) -> Iterator[T]:
        return self._client._iterate(build(*args, **kwargs))

    return _like(method, build)


def async_pages(
    build: Callable[P, Pages[Any, T]],
) -> Callable[Concatenate[AsyncResource, P], AsyncIterator[T]]:
    def method(self: AsyncResource, /, *args: P.args, **kwargs: P.kwargs) -> AsyncIterator[T]:
        return self._client._iterate(build(*args, **kwargs))

    return _like(method, build)


_F = TypeVar("_F", bound=Callable[..., Any])


def _like(method: _F, build: Callable[..., Any]) -> _F:
    """Give ``method`` the builder's name, docstring and parameters (for ``help()`` and IDEs)."""
    method.__name__ = build.__name__
    method.__qualname__ = build.__qualname__
    method.__doc__ = build.__doc__
    method.__module__ = build.__module__
    signature = inspect.signature(build)
    self_parameter = inspect.Parameter("self", inspect.Parameter.POSITIONAL_ONLY)
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=[self_parameter, *signature.parameters.values()],
        return_annotation=inspect.Signature.empty,
    )
    return method
