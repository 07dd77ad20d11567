from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_links import ListLinks
    from ..models.refresh_token import RefreshToken

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global ListLinks
    global RefreshToken
    from ..models.list_links import ListLinks
    from ..models.refresh_token import RefreshToken

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="RefreshTokenListDocument")


@_attrs_define
class RefreshTokenListDocument:
    data: list[RefreshToken]
    links: ListLinks | Unset = UNSET
    """ Absolute URLs; follow them verbatim. `next` is absent on the last page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        data = [
            RefreshToken.from_dict(data_item_data) for data_item_data in d.pop("data")
        ]

        _links = d.pop("links", UNSET)
        links: ListLinks | Unset = (
            _links if _links is UNSET else ListLinks.from_dict(_links)
        )

        refresh_token_list_document = _new(cls)
        refresh_token_list_document.data = data
        refresh_token_list_document.links = links

        refresh_token_list_document.additional_properties = d or {}
        return refresh_token_list_document

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
