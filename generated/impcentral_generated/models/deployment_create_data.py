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

if TYPE_CHECKING:
    from ..models.deployment_create_attributes import DeploymentCreateAttributes
    from ..models.deployment_create_relationships import DeploymentCreateRelationships


if TYPE_CHECKING:
    from ..models.deployment_create_attributes import DeploymentCreateAttributesDict
    from ..models.deployment_create_relationships import (
        DeploymentCreateRelationshipsDict,
    )


T = TypeVar("T", bound="DeploymentCreateData")


@_attrs_define
class DeploymentCreateData:
    type_: Literal["deployment"]
    attributes: DeploymentCreateAttributes
    relationships: DeploymentCreateRelationships

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        attributes = self.attributes.to_dict()

        relationships = self.relationships.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "type": type_,
                "attributes": attributes,
                "relationships": relationships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_create_attributes import DeploymentCreateAttributes  # noqa: PLC0415
        from ..models.deployment_create_relationships import (
            DeploymentCreateRelationships,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = cast(Literal["deployment"], d.pop("type"))
        if type_ != "deployment":
            raise ValueError(f"type must match const 'deployment', got '{type_}'")

        attributes = DeploymentCreateAttributes.from_dict(d.pop("attributes"))

        relationships = DeploymentCreateRelationships.from_dict(d.pop("relationships"))

        deployment_create_data = cls(
            type_=type_,
            attributes=attributes,
            relationships=relationships,
        )

        return deployment_create_data


class _DeploymentCreateDataRequired(TypedDict):
    type: Literal["deployment"]
    attributes: DeploymentCreateAttributesDict
    relationships: DeploymentCreateRelationshipsDict


class DeploymentCreateDataDict(_DeploymentCreateDataRequired, total=False):
    """The JSON form of :class:`DeploymentCreateData`, as a dict literal"""

    pass
