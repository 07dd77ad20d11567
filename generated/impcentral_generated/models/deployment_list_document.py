from __future__ import annotations

import builtins
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
    from ..models.deployment import Deployment
    from ..models.list_links import ListLinks


_models_imported = False


def _import_models() -> None:
    global _models_imported
    global Deployment
    global ListLinks
    from ..models.deployment import Deployment
    from ..models.list_links import ListLinks

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeploymentListDocument")


@_attrs_define
class DeploymentListDocument:
    data: list[Deployment]
    links: ListLinks
    """ Absolute URLs; follow them verbatim. `next` is absent on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _kept: types.Kept | None = _attrs_field(
        init=False, default=None, repr=False, eq=False
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool], ...]] = (
        ("data", "data", True),
        ("links", "links", True),
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
        _data = d.pop("data", None)
        if _data is None:
            data, kept = types.missing_value(kept, "data", src_dict)

        else:
            try:
                data = _read_data(_data)
            except (TypeError, ValueError, AttributeError, KeyError):
                data, kept = types.repair_list(
                    kept, "data", _data, Deployment.from_dict
                )

        _links = d.pop("links", None)
        if _links is None:
            links, kept = types.missing_value(kept, "links", src_dict)

        else:
            try:
                links = ListLinks.from_dict(_links)
            except (TypeError, ValueError, AttributeError, KeyError):
                links, kept = types.unreadable(kept, "links", _links, "an object")

        deployment_list_document = _new(cls)
        deployment_list_document.data = data
        deployment_list_document.links = links
        deployment_list_document.additional_properties = d
        deployment_list_document._kept = kept
        return deployment_list_document

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


def _read_data(raw: Any) -> list[Deployment]:
    return [Deployment.from_dict(item) for item in raw]
