from __future__ import annotations

from collections.abc import Mapping
from typing import (
    TYPE_CHECKING,
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.deployment_create_data import DeploymentCreateData


if TYPE_CHECKING:
    from ..models.deployment_create_data import DeploymentCreateDataDict


T = TypeVar("T", bound="DeploymentCreateDocument")


@_attrs_define
class DeploymentCreateDocument:
    data: DeploymentCreateData

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deployment_create_data import DeploymentCreateData  # noqa: PLC0415

        d = dict(src_dict)
        data = DeploymentCreateData.from_dict(d.pop("data"))

        deployment_create_document = cls(
            data=data,
        )

        return deployment_create_document


class _DeploymentCreateDocumentRequired(TypedDict):
    data: DeploymentCreateDataDict


class DeploymentCreateDocumentDict(_DeploymentCreateDocumentRequired, total=False):
    """The JSON form of :class:`DeploymentCreateDocument`, as a dict literal"""

    pass
