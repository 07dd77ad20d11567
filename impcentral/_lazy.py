"""Client attributes built on first use, so that a program imports only the parts it calls.

``api.products`` is ``ProductsResource(api)``, made (and its module, with the generated code it
needs, imported) when first read and then stored on the instance: later reads are ordinary
attribute reads. ``help(ImpCentralApi)`` shows each such attribute's class and the signatures of
its methods (importing the module then).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from importlib import import_module
from typing import Any, Generic, TypeVar, cast, overload

T = TypeVar("T")
# A string annotation in a signature's text: ": 'str'" or "-> 'ProductDocument'".
_QUOTED_ANNOTATION = re.compile(r"(: |-> )'([^']*)'")


class BuiltOnFirstUse(Generic[T]):
    # ``target`` is ``"module:Class"`` (relative to this package); ``Class(instance)`` is built
    # once per instance. Threads reading it first at the same time all get the same object.
    # ``__doc__`` describes the class built (for help()), not this descriptor.

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
        made = self.built_class()(instance)
        value: T = vars(instance).setdefault(self._name, made)
        return value

    def built_class(self) -> Callable[[Any], T]:
        built_class: Callable[[Any], T] = getattr(
            import_module(self._module, __package__), self._class
        )
        return built_class

    @property
    def __doc__(self) -> str:  # type: ignore[override]
        return describe(cast(type, self.built_class()))

    def __repr__(self) -> str:
        return f"<{self._class}, built on first use>"


def describe(cls: type) -> str:
    """``cls``'s name, its module's summary, and its public methods and properties with their
    signatures and summaries, as ``help()`` shows them for a client attribute."""
    summary = (inspect.getdoc(inspect.getmodule(cls)) or "").split("\n\n")[0]
    lines = [f"{cls.__name__}: {summary}".rstrip(": "), ""]
    for name in dir(cls):
        if name.startswith("_"):
            continue
        member = inspect.getattr_static(cls, name)
        if isinstance(member, property):
            lines.append(f"{name} (property)")
        elif inspect.isfunction(member):
            signature = str(inspect.signature(member)).replace("(self, /, ", "(")
            signature = signature.replace("(self, /)", "()").replace("(self, ", "(")
            signature = signature.replace("(self)", "()")
            prefix = "async " if inspect.iscoroutinefunction(member) else ""
            lines.append(prefix + name + _QUOTED_ANNOTATION.sub(r"\1\2", signature))
        else:
            continue
        doc = (inspect.getdoc(member) or "").split("\n\n")[0]
        if doc:
            lines.extend("    " + line for line in doc.splitlines())
    return "\n".join(lines)


def built(instance: object, name: str) -> Any:
    """The attribute ``name`` of ``instance`` if it has been built, else ``None``."""
    return vars(instance).get(name)


def forget_built(instance: object) -> None:
    """Drop every attribute built on ``instance`` (a copy of a client builds its own)."""
    for klass in type(instance).__mro__:
        for name, attribute in vars(klass).items():
            if isinstance(attribute, BuiltOnFirstUse):
                vars(instance).pop(name, None)
