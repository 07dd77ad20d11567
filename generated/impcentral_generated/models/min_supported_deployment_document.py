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
_models_imported = False


def _import_models() -> None:
    global _models_imported
    global DeploymentRequestLinkage
    from ..models.deployment_request_linkage import DeploymentRequestLinkage

    _models_imported = True


_new = object.__new__

T = TypeVar("T", bound="MinSupportedDeploymentDocument")


@_attrs_define
class MinSupportedDeploymentDocument:
    data: DeploymentRequestLinkage

    def to_dict(self) -> dict[str, Any]:
        if not _models_imported:
            _import_models()
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
        if not _models_imported:
            _import_models()
        d = dict(src_dict)
        data = DeploymentRequestLinkage.from_dict(d.pop("data"))

        min_supported_deployment_document = _new(cls)
        min_supported_deployment_document.data = data
        return min_supported_deployment_document


class _MinSupportedDeploymentDocumentRequired(TypedDict):
    data: DeploymentRequestLinkageDict


class MinSupportedDeploymentDocumentDict(
    _MinSupportedDeploymentDocumentRequired, total=False
):
    """The JSON form of :class:`MinSupportedDeploymentDocument`, as a dict literal"""

    pass
