"""Client attributes built on first use, so that a program imports only the parts it calls.

``api.products`` is ``ProductsResource(api)``, made (and its module, with the generated code it
needs, imported) when first read and then stored on the instance: later reads are ordinary
attribute reads.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")


class BuiltOnFirstUse(Generic[T]):
    """``target`` is ``"module:Class"`` (relative to this package); ``Class(instance)`` is built
    once per instance. Threads reading it first at the same time all get the same object."""

    def __init__(self, target: str) -> None:
        self._module, _, self._class = target.partition(":")
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, instance: None, owner: type) -> BuiltOnFirstUse[T]: ...

    @overload
    def __get__(self, instance: object, owner: type) -> T: ...

    def __get__(self, instance: object | None, owner: type) -> BuiltOnFirstUse[T] | T:
        if instance is None:
            return self
        made = getattr(import_module(self._module, __package__), self._class)(instance)
        value: T = vars(instance).setdefault(self._name, made)
        return value


def built(instance: object, name: str) -> Any:
    """The attribute ``name`` of ``instance`` if it has been built, else ``None``."""
    return vars(instance).get(name)


def forget_built(instance: object) -> None:
    """Drop every attribute built on ``instance`` (a copy of a client builds its own)."""
    for klass in type(instance).__mro__:
        for name, attribute in vars(klass).items():
            if isinstance(attribute, BuiltOnFirstUse):
                vars(instance).pop(name, None)
