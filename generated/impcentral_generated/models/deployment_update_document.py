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
    from ..models.deployment_update_data import DeploymentUpdateData


if TYPE_CHECKING:
    from ..models.deployment_update_data import DeploymentUpdateDataDict


T = TypeVar("T", bound="DeploymentUpdateDocument")


@_attrs_define
class DeploymentUpdateDocument:
    data: DeploymentUpdateData

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
        from ..models.deployment_update_data import DeploymentUpdateData  # noqa: PLC0415

        d = dict(src_dict)
        data = DeploymentUpdateData.from_dict(d.pop("data"))

        deployment_update_document = cls(
            data=data,
        )

        return deployment_update_document


class _DeploymentUpdateDocumentRequired(TypedDict):
    data: DeploymentUpdateDataDict


class DeploymentUpdateDocumentDict(_DeploymentUpdateDocumentRequired, total=False):
    """The JSON form of :class:`DeploymentUpdateDocument`, as a dict literal"""

    pass
