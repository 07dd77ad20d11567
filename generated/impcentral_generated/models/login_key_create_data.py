from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypedDict,
    TypeVar,
    cast,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.login_key_write_attributes import LoginKeyWriteAttributes


if TYPE_CHECKING:
    from ..models.login_key_write_attributes import LoginKeyWriteAttributesDict


T = TypeVar("T", bound="LoginKeyCreateData")


@_attrs_define
class LoginKeyCreateData:
    type_: Literal["login_key"]
    attributes: LoginKeyWriteAttributes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.login_key_write_attributes import LoginKeyWriteAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["login_key"], d.pop("type"))
        if type_ != "login_key":
            raise ValueError(f"type must match const 'login_key', got '{type_}'")

        _attributes = d.pop("attributes", UNSET)
        attributes: LoginKeyWriteAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = LoginKeyWriteAttributes.from_dict(_attributes)

        login_key_create_data = cls(
            type_=type_,
            attributes=attributes,
        )

        return login_key_create_data


class _LoginKeyCreateDataRequired(TypedDict):
    type: Literal["login_key"]


class LoginKeyCreateDataDict(_LoginKeyCreateDataRequired, total=False):
    """The JSON form of :class:`LoginKeyCreateData`, as a dict literal"""

    attributes: LoginKeyWriteAttributesDict
