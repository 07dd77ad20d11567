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
    from ..models.deployment_request_linkage import DeploymentRequestLinkage


if TYPE_CHECKING:
    from ..models.deployment_request_linkage import DeploymentRequestLinkageDict


T = TypeVar("T", bound="MinSupportedDeploymentDocument")


@_attrs_define
class MinSupportedDeploymentDocument:
    data: DeploymentRequestLinkage

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
        from ..models.deployment_request_linkage import DeploymentRequestLinkage  # noqa: PLC0415

        d = dict(src_dict)
        data = DeploymentRequestLinkage.from_dict(d.pop("data"))

        min_supported_deployment_document = cls(
            data=data,
        )

        return min_supported_deployment_document


class _MinSupportedDeploymentDocumentRequired(TypedDict):
    data: DeploymentRequestLinkageDict


class MinSupportedDeploymentDocumentDict(
    _MinSupportedDeploymentDocumentRequired, total=False
):
    """The JSON form of :class:`MinSupportedDeploymentDocument`, as a dict literal"""

    pass
