from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    Literal,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deployment_update_attributes import DeploymentUpdateAttributes

if TYPE_CHECKING:
    from ..models.deployment_update_attributes import DeploymentUpdateAttributesDict
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DeploymentUpdateAttributes
    from ..models.deployment_update_attributes import DeploymentUpdateAttributes

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="DeploymentUpdateData")


@_attrs_define
class DeploymentUpdateData:
    type_: Literal["deployment"]
    id: str
    attributes: DeploymentUpdateAttributes | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
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
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        type_: Literal["deployment"] = d.pop("type")
        if type_ != "deployment":
            raise ValueError(f"type must match const 'deployment', got '{type_}'")

        id = d.pop("id")

        _attributes = d.pop("attributes", UNSET)
        attributes: DeploymentUpdateAttributes | Unset = (
            _attributes
            if _attributes is UNSET
            else DeploymentUpdateAttributes.from_dict(_attributes)
        )

        deployment_update_data = _new(cls)
        deployment_update_data.type_ = type_
        deployment_update_data.id = id
        deployment_update_data.attributes = attributes
        return deployment_update_data


class _DeploymentUpdateDataRequired(TypedDict):
    type: Literal["deployment"]
    id: str


class DeploymentUpdateDataDict(_DeploymentUpdateDataRequired, total=False):
    """The JSON form of :class:`DeploymentUpdateData`, as a dict literal"""

    attributes: DeploymentUpdateAttributesDict
