"""The one place the command line reads the SDK's response models.

Every typed document or resource becomes its wire form (``to_dict()``) here, and commands read
that through :class:`Resource`. A change in the models' Python types (optional fields, attribute
names) is therefore absorbed by this module alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol


class Model(Protocol):
    """What every generated model offers: its JSON form."""

    def to_dict(self) -> dict[str, Any]: ...


class Links(Protocol):
    @property
    def next(self) -> str | None: ...


class Page(Model, Protocol):
    """One page of a listing: its links say whether another follows."""

    @property
    def links(self) -> Links: ...


def has_next(page: Page) -> bool:
    """Whether a page links to a next one (the last page has no ``next``)."""
    return bool(page.links.next)


def document(model: Model) -> dict[str, Any]:
    """A response document (``{"data": ...}``) as the API sent it."""
    return model.to_dict()


@dataclass(frozen=True)
class Resource:
    """One JSON:API resource object, read tolerantly: a missing member reads as ``None``."""

    raw: Mapping[str, Any]

    @property
    def id(self) -> str:
        return str(self.raw.get("id") or "")

    @property
    def type(self) -> str:
        return str(self.raw.get("type") or "")

    def attr(self, name: str) -> Any:
        attributes = self.raw.get("attributes")
        return attributes.get(name) if isinstance(attributes, Mapping) else None

    def text(self, name: str) -> str:
        """An attribute for display: ``""`` when absent or null."""
        value = self.attr(name)
        return "" if value is None else str(value)

    def related(self, name: str) -> str | None:
        """The id of a to-one relationship (``devicegroup``, ``product``, ``owner``...)."""
        relationships = self.raw.get("relationships")
        if not isinstance(relationships, Mapping):
            return None
        linkage = relationships.get(name)
        if isinstance(linkage, Mapping) and "data" in linkage:  # the nested JSON:API form
            linkage = linkage["data"]
        if isinstance(linkage, Mapping) and linkage.get("id"):
            return str(linkage["id"])
        return None

    def related_type(self, name: str) -> str | None:
        relationships = self.raw.get("relationships")
        linkage = relationships.get(name) if isinstance(relationships, Mapping) else None
        if isinstance(linkage, Mapping) and "data" in linkage:
            linkage = linkage["data"]
        return str(linkage["type"]) if isinstance(linkage, Mapping) and "type" in linkage else None


def resource(model: Model) -> Resource:
    """A listed resource model (``Product``, ``Device``...)."""
    return Resource(model.to_dict())


def listed(page: Model) -> list[Resource]:
    """The resources of one page of a listing (``DeviceListDocument``...)."""
    data = page.to_dict().get("data")
    return (
        [Resource(item) for item in data if isinstance(item, Mapping)]
        if isinstance(data, list)
        else []
    )


def single(model: Model) -> Resource:
    """The resource of a single-resource document (``ProductDocument``...)."""
    data = model.to_dict().get("data")
    return Resource(data if isinstance(data, Mapping) else {})


def log_entries(page: Model) -> list[dict[str, Any]]:
    """The entries (``ts``, ``type``, ``msg``) of a page of a device's historical logs."""
    data = page.to_dict().get("data")
    return [entry for entry in data if isinstance(entry, dict)] if isinstance(data, list) else []


def login_token(error: Exception) -> str:
    """The token that continues a two-factor login."""
    return str(getattr(error, "login_token", "") or "")
