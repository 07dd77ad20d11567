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
    from ..models.deployment_update_attributes import DeploymentUpdateAttributes


if TYPE_CHECKING:
    from ..models.deployment_update_attributes import DeploymentUpdateAttributesDict


T = TypeVar("T", bound="DeploymentUpdateData")


@_attrs_define
class DeploymentUpdateData:
    type_: Literal["deployment"]
    id: str
    attributes: DeploymentUpdateAttributes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "id": id,
            }
        )
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_update_attributes import DeploymentUpdateAttributes  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["deployment"], d.pop("type"))
        if type_ != "deployment":
            raise ValueError(f"type must match const 'deployment', got '{type_}'")

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: DeploymentUpdateAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = DeploymentUpdateAttributes.from_dict(_attributes)

        deployment_update_data = cls(
            type_=type_,
            id=id,
            attributes=attributes,
        )

        return deployment_update_data


class _DeploymentUpdateDataRequired(TypedDict):
    type: Literal["deployment"]
    id: str


class DeploymentUpdateDataDict(_DeploymentUpdateDataRequired, total=False):
    """The JSON form of :class:`DeploymentUpdateData`, as a dict literal"""

    attributes: DeploymentUpdateAttributesDict
