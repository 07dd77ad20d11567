from __future__ import annotations

import builtins
import warnings
from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types

if TYPE_CHECKING:
    from ..models.refresh_token_attributes import RefreshTokenAttributes
    from ..models.resource_links import ResourceLinks


_models_imported = False


def _import_models() -> None:
    global _models_imported
    global RefreshTokenAttributes
    global ResourceLinks
    from ..models.refresh_token_attributes import RefreshTokenAttributes
    from ..models.resource_links import ResourceLinks

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="RefreshToken")


@_attrs_define
class RefreshToken:
    id: str
    type: str | None = None
    """ Resource type (probably `refresh_token`). """
    links: ResourceLinks | None = None
    attributes: RefreshTokenAttributes | None = None
    """ Not documented by the service; kept as given. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("id", "id", True),
        ("type", "type", False),
        ("links", "links", False),
        ("attributes", "attributes", False),
    )

    def to_dict(self) -> dict[str, Any]:
        """The document as received, with the changes made since"""
        return types.dump(self, self._wire_fields)

    @classmethod
    def from_dict(cls: builtins.type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        kept: types.Kept | None = None
        id = d.pop("id", None)
        if id is None:
            id, kept = types.missing_value(kept, "id", src_dict)

        elif id.__class__ is not str:
            id, kept = types.unexpected_type(kept, "id", id, "str")

        type_ = d.pop("type", None)
        if type_ is None:
            if "type" in src_dict:
                kept = types.keep(kept, "type", None, None)

        elif type_.__class__ is not str:
            type_, kept = types.unexpected_type(kept, "type", type_, "str")

        _links = d.pop("links", None)
        if _links is None:
            links = None
            if "links" in src_dict:
                kept = types.keep(kept, "links", None, None)

        else:
            try:
                links = ResourceLinks.from_dict(_links)
            except (TypeError, ValueError, AttributeError, KeyError):
                links, kept = types.unreadable(kept, "links", _links, "an object")

        _attributes = d.pop("attributes", None)
        if _attributes is None:
            attributes = None
            if "attributes" in src_dict:
                kept = types.keep(kept, "attributes", None, None)

        else:
            try:
                attributes = RefreshTokenAttributes.from_dict(_attributes)
            except (TypeError, ValueError, AttributeError, KeyError):
                attributes, kept = types.unreadable(
                    kept, "attributes", _attributes, "an object"
                )

        refresh_token = _new(cls)
        refresh_token.id = id
        refresh_token.type = type_
        refresh_token.links = links
        refresh_token.attributes = attributes
        refresh_token.additional_properties = d
        refresh_token._kept = kept
        return refresh_token

    @property
    def type_(self) -> str | None:
        """Deprecated: ``type``, the wire name"""
        warnings.warn("type_ is deprecated; use type", DeprecationWarning, stacklevel=2)
        return self.type

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
