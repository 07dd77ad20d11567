from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypeVar,
)

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_attributes import AccountAttributes
    from ..models.resource_links import ResourceLinks

_models_imported = False


def _import_models() -> None:
    global _models_imported
    global AccountAttributes
    global ResourceLinks
    from ..models.account_attributes import AccountAttributes
    from ..models.resource_links import ResourceLinks

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    type_: Literal["account"]
    id: str
    links: ResourceLinks | Unset = UNSET
    attributes: AccountAttributes | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
        type_ = self.type_

        id = self.id

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if links is not UNSET:
            field_dict["links"] = links
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        type_: Literal["account"] = d.pop("type")
        if type_ != "account":
            raise ValueError(f"type must match const 'account', got '{type_}'")

        id = d.pop("id")

        _links = d.pop("links", UNSET)
        links: ResourceLinks | Unset = (
            _links if _links is UNSET else ResourceLinks.from_dict(_links)
        )

        _attributes = d.pop("attributes", UNSET)
        attributes: AccountAttributes | Unset = (
            _attributes
            if _attributes is UNSET
            else AccountAttributes.from_dict(_attributes)
        )

        account = _new(cls)
        account.type_ = type_
        account.id = id
        account.links = links
        account.attributes = attributes

        account.additional_properties = d or {}
        return account

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
