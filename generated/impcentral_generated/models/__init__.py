"""Contains all the data models used in inputs/outputs, and the TypedDicts of the request models

Each model's module is imported on first use of its name, not with this package: a program that
reads products never builds the attrs classes of webhooks or deployments (most of the import
time of the SDK otherwise).
"""

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account import Account
    from .account_attributes import AccountAttributes
    from .account_document import AccountDocument
    from .account_linkage import AccountLinkage
    from .account_list_document import AccountListDocument
    from .account_request_linkage import (
        AccountRequestLinkage,
        AccountRequestLinkageDict,
    )
    from .code_file import CodeFile
    from .deployment import Deployment
    from .deployment_attributes import DeploymentAttributes
    from .deployment_create_attributes import (
        DeploymentCreateAttributes,
        DeploymentCreateAttributesDict,
    )
    from .deployment_create_data import DeploymentCreateData, DeploymentCreateDataDict
    from .deployment_create_document import (
        DeploymentCreateDocument,
        DeploymentCreateDocumentDict,
    )
    from .deployment_create_relationships import (
        DeploymentCreateRelationships,
        DeploymentCreateRelationshipsDict,
    )
    from .deployment_document import DeploymentDocument
    from .deployment_flagged_filter import DeploymentFlaggedFilter
    from .deployment_linkage import DeploymentLinkage
    from .deployment_linkage_document import DeploymentLinkageDocument
    from .deployment_list_document import DeploymentListDocument
    from .deployment_relationships import DeploymentRelationships
    from .deployment_request_linkage import (
        DeploymentRequestLinkage,
        DeploymentRequestLinkageDict,
    )
    from .deployment_update_attributes import (
        DeploymentUpdateAttributes,
        DeploymentUpdateAttributesDict,
    )
    from .deployment_update_data import DeploymentUpdateData, DeploymentUpdateDataDict
    from .deployment_update_document import (
        DeploymentUpdateDocument,
        DeploymentUpdateDocumentDict,
    )
    from .development_device_group import DevelopmentDeviceGroup
    from .development_device_group_create import (
        DevelopmentDeviceGroupCreate,
        DevelopmentDeviceGroupCreateDict,
    )
    from .development_device_group_update import (
        DevelopmentDeviceGroupUpdate,
        DevelopmentDeviceGroupUpdateDict,
    )
    from .device import Device
    from .device_attributes import DeviceAttributes
    from .device_document import DeviceDocument
    from .device_group_attributes import DeviceGroupAttributes
    from .device_group_create_attributes import (
        DeviceGroupCreateAttributes,
        DeviceGroupCreateAttributesDict,
    )
    from .device_group_create_document import (
        DeviceGroupCreateDocument,
        DeviceGroupCreateDocumentDict,
    )
    from .device_group_create_relationships import (
        DeviceGroupCreateRelationships,
        DeviceGroupCreateRelationshipsDict,
    )
    from .device_group_devices_document import (
        DeviceGroupDevicesDocument,
        DeviceGroupDevicesDocumentDict,
    )
    from .device_group_document import DeviceGroupDocument
    from .device_group_env_vars import DeviceGroupEnvVars
    from .device_group_linkage import DeviceGroupLinkage
    from .device_group_list_document import DeviceGroupListDocument
    from .device_group_relationships import DeviceGroupRelationships
    from .device_group_request_linkage import (
        DeviceGroupRequestLinkage,
        DeviceGroupRequestLinkageDict,
    )
    from .device_group_type import DeviceGroupType
    from .device_group_update_attributes import (
        DeviceGroupUpdateAttributes,
        DeviceGroupUpdateAttributesDict,
    )
    from .device_group_update_document import (
        DeviceGroupUpdateDocument,
        DeviceGroupUpdateDocumentDict,
    )
    from .device_list_document import DeviceListDocument
    from .device_log_entry import DeviceLogEntry
    from .device_log_list_document import DeviceLogListDocument
    from .device_relationships import DeviceRelationships
    from .device_request_linkage import DeviceRequestLinkage, DeviceRequestLinkageDict
    from .device_update_attributes import (
        DeviceUpdateAttributes,
        DeviceUpdateAttributesDict,
    )
    from .device_update_data import DeviceUpdateData, DeviceUpdateDataDict
    from .device_update_document import DeviceUpdateDocument, DeviceUpdateDocumentDict
    from .dut_device_group import DutDeviceGroup
    from .dut_device_group_create import DutDeviceGroupCreate, DutDeviceGroupCreateDict
    from .dut_device_group_update import DutDeviceGroupUpdate, DutDeviceGroupUpdateDict
    from .dut_target_linkage import DutTargetLinkage, DutTargetLinkageDict
    from .env_vars import EnvVars
    from .error_document import ErrorDocument
    from .error_meta import ErrorMeta
    from .error_meta_item import ErrorMetaItem
    from .error_object import ErrorObject
    from .factory_fixture_device_group import FactoryFixtureDeviceGroup
    from .factory_fixture_device_group_create import (
        FactoryFixtureDeviceGroupCreate,
        FactoryFixtureDeviceGroupCreateDict,
    )
    from .factory_fixture_device_group_create_relationships import (
        FactoryFixtureDeviceGroupCreateRelationships,
        FactoryFixtureDeviceGroupCreateRelationshipsDict,
    )
    from .factory_fixture_device_group_update import (
        FactoryFixtureDeviceGroupUpdate,
        FactoryFixtureDeviceGroupUpdateDict,
    )
    from .factory_fixture_device_group_update_relationships import (
        FactoryFixtureDeviceGroupUpdateRelationships,
        FactoryFixtureDeviceGroupUpdateRelationshipsDict,
    )
    from .imp_type import ImpType
    from .list_links import ListLinks
    from .log_stream import LogStream
    from .log_stream_attributes import LogStreamAttributes
    from .log_stream_document import LogStreamDocument
    from .log_stream_event import LogStreamEvent
    from .log_stream_event_name import LogStreamEventName
    from .log_stream_format import LogStreamFormat
    from .log_stream_message import LogStreamMessage
    from .log_stream_state import LogStreamState
    from .log_stream_state_change import LogStreamStateChange
    from .log_type import LogType
    from .login_key import LoginKey
    from .login_key_attributes import LoginKeyAttributes
    from .login_key_create_data import LoginKeyCreateData, LoginKeyCreateDataDict
    from .login_key_create_document import (
        LoginKeyCreateDocument,
        LoginKeyCreateDocumentDict,
    )
    from .login_key_document import LoginKeyDocument
    from .login_key_list_document import LoginKeyListDocument
    from .login_key_token_request import LoginKeyTokenRequest, LoginKeyTokenRequestDict
    from .login_key_update_data import LoginKeyUpdateData, LoginKeyUpdateDataDict
    from .login_key_update_document import (
        LoginKeyUpdateDocument,
        LoginKeyUpdateDocumentDict,
    )
    from .login_key_write_attributes import (
        LoginKeyWriteAttributes,
        LoginKeyWriteAttributesDict,
    )
    from .login_request import LoginRequest, LoginRequestDict
    from .min_supported_deployment_document import (
        MinSupportedDeploymentDocument,
        MinSupportedDeploymentDocumentDict,
    )
    from .other_device_group import OtherDeviceGroup
    from .otp_login_request import OtpLoginRequest, OtpLoginRequestDict
    from .pre_dut_device_group import PreDutDeviceGroup
    from .pre_dut_device_group_create import (
        PreDutDeviceGroupCreate,
        PreDutDeviceGroupCreateDict,
    )
    from .pre_dut_device_group_update import (
        PreDutDeviceGroupUpdate,
        PreDutDeviceGroupUpdateDict,
    )
    from .pre_dut_target_linkage import PreDutTargetLinkage, PreDutTargetLinkageDict
    from .pre_factory_fixture_device_group import PreFactoryFixtureDeviceGroup
    from .pre_factory_fixture_device_group_create import (
        PreFactoryFixtureDeviceGroupCreate,
        PreFactoryFixtureDeviceGroupCreateDict,
    )
    from .pre_factory_fixture_device_group_create_relationships import (
        PreFactoryFixtureDeviceGroupCreateRelationships,
        PreFactoryFixtureDeviceGroupCreateRelationshipsDict,
    )
    from .pre_factory_fixture_device_group_update import (
        PreFactoryFixtureDeviceGroupUpdate,
        PreFactoryFixtureDeviceGroupUpdateDict,
    )
    from .pre_factory_fixture_device_group_update_relationships import (
        PreFactoryFixtureDeviceGroupUpdateRelationships,
        PreFactoryFixtureDeviceGroupUpdateRelationshipsDict,
    )
    from .pre_production_device_group import PreProductionDeviceGroup
    from .pre_production_device_group_create import (
        PreProductionDeviceGroupCreate,
        PreProductionDeviceGroupCreateDict,
    )
    from .pre_production_device_group_update import (
        PreProductionDeviceGroupUpdate,
        PreProductionDeviceGroupUpdateDict,
    )
    from .pre_production_target_linkage import (
        PreProductionTargetLinkage,
        PreProductionTargetLinkageDict,
    )
    from .product import Product
    from .product_attributes import ProductAttributes
    from .product_create_attributes import (
        ProductCreateAttributes,
        ProductCreateAttributesDict,
    )
    from .product_create_data import ProductCreateData, ProductCreateDataDict
    from .product_create_document import (
        ProductCreateDocument,
        ProductCreateDocumentDict,
    )
    from .product_create_relationships import (
        ProductCreateRelationships,
        ProductCreateRelationshipsDict,
    )
    from .product_document import ProductDocument
    from .product_linkage import ProductLinkage
    from .product_list_document import ProductListDocument
    from .product_relationships import ProductRelationships
    from .product_request_linkage import (
        ProductRequestLinkage,
        ProductRequestLinkageDict,
    )
    from .product_update_attributes import (
        ProductUpdateAttributes,
        ProductUpdateAttributesDict,
    )
    from .product_update_data import ProductUpdateData, ProductUpdateDataDict
    from .product_update_document import (
        ProductUpdateDocument,
        ProductUpdateDocumentDict,
    )
    from .production_device_group import ProductionDeviceGroup
    from .production_device_group_create import (
        ProductionDeviceGroupCreate,
        ProductionDeviceGroupCreateDict,
    )
    from .production_device_group_create_attributes import (
        ProductionDeviceGroupCreateAttributes,
        ProductionDeviceGroupCreateAttributesDict,
    )
    from .production_device_group_update import (
        ProductionDeviceGroupUpdate,
        ProductionDeviceGroupUpdateDict,
    )
    from .production_device_group_update_attributes import (
        ProductionDeviceGroupUpdateAttributes,
        ProductionDeviceGroupUpdateAttributesDict,
    )
    from .production_target_linkage import (
        ProductionTargetLinkage,
        ProductionTargetLinkageDict,
    )
    from .refresh_token import RefreshToken
    from .refresh_token_attributes import RefreshTokenAttributes
    from .refresh_token_list_document import RefreshTokenListDocument
    from .refresh_token_request import RefreshTokenRequest, RefreshTokenRequestDict
    from .resource_links import ResourceLinks
    from .token_response import TokenResponse
    from .webhook import Webhook
    from .webhook_attributes import WebhookAttributes
    from .webhook_content_type import WebhookContentType
    from .webhook_create_attributes import (
        WebhookCreateAttributes,
        WebhookCreateAttributesDict,
    )
    from .webhook_create_data import WebhookCreateData, WebhookCreateDataDict
    from .webhook_create_document import (
        WebhookCreateDocument,
        WebhookCreateDocumentDict,
    )
    from .webhook_create_relationships import (
        WebhookCreateRelationships,
        WebhookCreateRelationshipsDict,
    )
    from .webhook_document import WebhookDocument
    from .webhook_event import WebhookEvent
    from .webhook_list_document import WebhookListDocument
    from .webhook_relationships import WebhookRelationships
    from .webhook_update_attributes import (
        WebhookUpdateAttributes,
        WebhookUpdateAttributesDict,
    )
    from .webhook_update_data import WebhookUpdateData, WebhookUpdateDataDict
    from .webhook_update_document import (
        WebhookUpdateDocument,
        WebhookUpdateDocumentDict,
    )

_MODULES = {
    "Account": ".account",
    "AccountAttributes": ".account_attributes",
    "AccountDocument": ".account_document",
    "AccountLinkage": ".account_linkage",
    "AccountListDocument": ".account_list_document",
    "AccountRequestLinkage": ".account_request_linkage",
    "CodeFile": ".code_file",
    "Deployment": ".deployment",
    "DeploymentAttributes": ".deployment_attributes",
    "DeploymentCreateAttributes": ".deployment_create_attributes",
    "DeploymentCreateData": ".deployment_create_data",
    "DeploymentCreateDocument": ".deployment_create_document",
    "DeploymentCreateRelationships": ".deployment_create_relationships",
    "DeploymentDocument": ".deployment_document",
    "DeploymentFlaggedFilter": ".deployment_flagged_filter",
    "DeploymentLinkage": ".deployment_linkage",
    "DeploymentLinkageDocument": ".deployment_linkage_document",
    "DeploymentListDocument": ".deployment_list_document",
    "DeploymentRelationships": ".deployment_relationships",
    "DeploymentRequestLinkage": ".deployment_request_linkage",
    "DeploymentUpdateAttributes": ".deployment_update_attributes",
    "DeploymentUpdateData": ".deployment_update_data",
    "DeploymentUpdateDocument": ".deployment_update_document",
    "DevelopmentDeviceGroup": ".development_device_group",
    "DevelopmentDeviceGroupCreate": ".development_device_group_create",
    "DevelopmentDeviceGroupUpdate": ".development_device_group_update",
    "Device": ".device",
    "DeviceAttributes": ".device_attributes",
    "DeviceDocument": ".device_document",
    "DeviceGroupAttributes": ".device_group_attributes",
    "DeviceGroupCreateAttributes": ".device_group_create_attributes",
    "DeviceGroupCreateDocument": ".device_group_create_document",
    "DeviceGroupCreateRelationships": ".device_group_create_relationships",
    "DeviceGroupDevicesDocument": ".device_group_devices_document",
    "DeviceGroupDocument": ".device_group_document",
    "DeviceGroupEnvVars": ".device_group_env_vars",
    "DeviceGroupLinkage": ".device_group_linkage",
    "DeviceGroupListDocument": ".device_group_list_document",
    "DeviceGroupRelationships": ".device_group_relationships",
    "DeviceGroupRequestLinkage": ".device_group_request_linkage",
    "DeviceGroupType": ".device_group_type",
    "DeviceGroupUpdateAttributes": ".device_group_update_attributes",
    "DeviceGroupUpdateDocument": ".device_group_update_document",
    "DeviceListDocument": ".device_list_document",
    "DeviceLogEntry": ".device_log_entry",
    "DeviceLogListDocument": ".device_log_list_document",
    "DeviceRelationships": ".device_relationships",
    "DeviceRequestLinkage": ".device_request_linkage",
    "DeviceUpdateAttributes": ".device_update_attributes",
    "DeviceUpdateData": ".device_update_data",
    "DeviceUpdateDocument": ".device_update_document",
    "DutDeviceGroup": ".dut_device_group",
    "DutDeviceGroupCreate": ".dut_device_group_create",
    "DutDeviceGroupUpdate": ".dut_device_group_update",
    "DutTargetLinkage": ".dut_target_linkage",
    "EnvVars": ".env_vars",
    "ErrorDocument": ".error_document",
    "ErrorMeta": ".error_meta",
    "ErrorMetaItem": ".error_meta_item",
    "ErrorObject": ".error_object",
    "FactoryFixtureDeviceGroup": ".factory_fixture_device_group",
    "FactoryFixtureDeviceGroupCreate": ".factory_fixture_device_group_create",
    "FactoryFixtureDeviceGroupCreateRelationships": ".factory_fixture_device_group_create_relationships",
    "FactoryFixtureDeviceGroupUpdate": ".factory_fixture_device_group_update",
    "FactoryFixtureDeviceGroupUpdateRelationships": ".factory_fixture_device_group_update_relationships",
    "ImpType": ".imp_type",
    "ListLinks": ".list_links",
    "LogStream": ".log_stream",
    "LogStreamAttributes": ".log_stream_attributes",
    "LogStreamDocument": ".log_stream_document",
    "LogStreamEvent": ".log_stream_event",
    "LogStreamEventName": ".log_stream_event_name",
    "LogStreamFormat": ".log_stream_format",
    "LogStreamMessage": ".log_stream_message",
    "LogStreamState": ".log_stream_state",
    "LogStreamStateChange": ".log_stream_state_change",
    "LogType": ".log_type",
    "LoginKey": ".login_key",
    "LoginKeyAttributes": ".login_key_attributes",
    "LoginKeyCreateData": ".login_key_create_data",
    "LoginKeyCreateDocument": ".login_key_create_document",
    "LoginKeyDocument": ".login_key_document",
    "LoginKeyListDocument": ".login_key_list_document",
    "LoginKeyTokenRequest": ".login_key_token_request",
    "LoginKeyUpdateData": ".login_key_update_data",
    "LoginKeyUpdateDocument": ".login_key_update_document",
    "LoginKeyWriteAttributes": ".login_key_write_attributes",
    "LoginRequest": ".login_request",
    "MinSupportedDeploymentDocument": ".min_supported_deployment_document",
    "OtherDeviceGroup": ".other_device_group",
    "OtpLoginRequest": ".otp_login_request",
    "PreDutDeviceGroup": ".pre_dut_device_group",
    "PreDutDeviceGroupCreate": ".pre_dut_device_group_create",
    "PreDutDeviceGroupUpdate": ".pre_dut_device_group_update",
    "PreDutTargetLinkage": ".pre_dut_target_linkage",
    "PreFactoryFixtureDeviceGroup": ".pre_factory_fixture_device_group",
    "PreFactoryFixtureDeviceGroupCreate": ".pre_factory_fixture_device_group_create",
    "PreFactoryFixtureDeviceGroupCreateRelationships": ".pre_factory_fixture_device_group_create_relationships",
    "PreFactoryFixtureDeviceGroupUpdate": ".pre_factory_fixture_device_group_update",
    "PreFactoryFixtureDeviceGroupUpdateRelationships": ".pre_factory_fixture_device_group_update_relationships",
    "PreProductionDeviceGroup": ".pre_production_device_group",
    "PreProductionDeviceGroupCreate": ".pre_production_device_group_create",
    "PreProductionDeviceGroupUpdate": ".pre_production_device_group_update",
    "PreProductionTargetLinkage": ".pre_production_target_linkage",
    "Product": ".product",
    "ProductAttributes": ".product_attributes",
    "ProductCreateAttributes": ".product_create_attributes",
    "ProductCreateData": ".product_create_data",
    "ProductCreateDocument": ".product_create_document",
    "ProductCreateRelationships": ".product_create_relationships",
    "ProductDocument": ".product_document",
    "ProductLinkage": ".product_linkage",
    "ProductListDocument": ".product_list_document",
    "ProductRelationships": ".product_relationships",
    "ProductRequestLinkage": ".product_request_linkage",
    "ProductUpdateAttributes": ".product_update_attributes",
    "ProductUpdateData": ".product_update_data",
    "ProductUpdateDocument": ".product_update_document",
    "ProductionDeviceGroup": ".production_device_group",
    "ProductionDeviceGroupCreate": ".production_device_group_create",
    "ProductionDeviceGroupCreateAttributes": ".production_device_group_create_attributes",
    "ProductionDeviceGroupUpdate": ".production_device_group_update",
    "ProductionDeviceGroupUpdateAttributes": ".production_device_group_update_attributes",
    "ProductionTargetLinkage": ".production_target_linkage",
    "RefreshToken": ".refresh_token",
    "RefreshTokenAttributes": ".refresh_token_attributes",
    "RefreshTokenListDocument": ".refresh_token_list_document",
    "RefreshTokenRequest": ".refresh_token_request",
    "ResourceLinks": ".resource_links",
    "TokenResponse": ".token_response",
    "Webhook": ".webhook",
    "WebhookAttributes": ".webhook_attributes",
    "WebhookContentType": ".webhook_content_type",
    "WebhookCreateAttributes": ".webhook_create_attributes",
    "WebhookCreateData": ".webhook_create_data",
    "WebhookCreateDocument": ".webhook_create_document",
    "WebhookCreateRelationships": ".webhook_create_relationships",
    "WebhookDocument": ".webhook_document",
    "WebhookEvent": ".webhook_event",
    "WebhookListDocument": ".webhook_list_document",
    "WebhookRelationships": ".webhook_relationships",
    "WebhookUpdateAttributes": ".webhook_update_attributes",
    "WebhookUpdateData": ".webhook_update_data",
    "WebhookUpdateDocument": ".webhook_update_document",
    "AccountRequestLinkageDict": ".account_request_linkage",
    "DeploymentCreateAttributesDict": ".deployment_create_attributes",
    "DeploymentCreateDataDict": ".deployment_create_data",
    "DeploymentCreateDocumentDict": ".deployment_create_document",
    "DeploymentCreateRelationshipsDict": ".deployment_create_relationships",
    "DeploymentRequestLinkageDict": ".deployment_request_linkage",
    "DeploymentUpdateAttributesDict": ".deployment_update_attributes",
    "DeploymentUpdateDataDict": ".deployment_update_data",
    "DeploymentUpdateDocumentDict": ".deployment_update_document",
    "DevelopmentDeviceGroupCreateDict": ".development_device_group_create",
    "DevelopmentDeviceGroupUpdateDict": ".development_device_group_update",
    "DeviceGroupCreateAttributesDict": ".device_group_create_attributes",
    "DeviceGroupCreateDocumentDict": ".device_group_create_document",
    "DeviceGroupCreateRelationshipsDict": ".device_group_create_relationships",
    "DeviceGroupDevicesDocumentDict": ".device_group_devices_document",
    "DeviceGroupRequestLinkageDict": ".device_group_request_linkage",
    "DeviceGroupUpdateAttributesDict": ".device_group_update_attributes",
    "DeviceGroupUpdateDocumentDict": ".device_group_update_document",
    "DeviceRequestLinkageDict": ".device_request_linkage",
    "DeviceUpdateAttributesDict": ".device_update_attributes",
    "DeviceUpdateDataDict": ".device_update_data",
    "DeviceUpdateDocumentDict": ".device_update_document",
    "DutDeviceGroupCreateDict": ".dut_device_group_create",
    "DutDeviceGroupUpdateDict": ".dut_device_group_update",
    "DutTargetLinkageDict": ".dut_target_linkage",
    "FactoryFixtureDeviceGroupCreateDict": ".factory_fixture_device_group_create",
    "FactoryFixtureDeviceGroupCreateRelationshipsDict": ".factory_fixture_device_group_create_relationships",
    "FactoryFixtureDeviceGroupUpdateDict": ".factory_fixture_device_group_update",
    "FactoryFixtureDeviceGroupUpdateRelationshipsDict": ".factory_fixture_device_group_update_relationships",
    "LoginKeyCreateDataDict": ".login_key_create_data",
    "LoginKeyCreateDocumentDict": ".login_key_create_document",
    "LoginKeyTokenRequestDict": ".login_key_token_request",
    "LoginKeyUpdateDataDict": ".login_key_update_data",
    "LoginKeyUpdateDocumentDict": ".login_key_update_document",
    "LoginKeyWriteAttributesDict": ".login_key_write_attributes",
    "LoginRequestDict": ".login_request",
    "MinSupportedDeploymentDocumentDict": ".min_supported_deployment_document",
    "OtpLoginRequestDict": ".otp_login_request",
    "PreDutDeviceGroupCreateDict": ".pre_dut_device_group_create",
    "PreDutDeviceGroupUpdateDict": ".pre_dut_device_group_update",
    "PreDutTargetLinkageDict": ".pre_dut_target_linkage",
    "PreFactoryFixtureDeviceGroupCreateDict": ".pre_factory_fixture_device_group_create",
    "PreFactoryFixtureDeviceGroupCreateRelationshipsDict": ".pre_factory_fixture_device_group_create_relationships",
    "PreFactoryFixtureDeviceGroupUpdateDict": ".pre_factory_fixture_device_group_update",
    "PreFactoryFixtureDeviceGroupUpdateRelationshipsDict": ".pre_factory_fixture_device_group_update_relationships",
    "PreProductionDeviceGroupCreateDict": ".pre_production_device_group_create",
    "PreProductionDeviceGroupUpdateDict": ".pre_production_device_group_update",
    "PreProductionTargetLinkageDict": ".pre_production_target_linkage",
    "ProductCreateAttributesDict": ".product_create_attributes",
    "ProductCreateDataDict": ".product_create_data",
    "ProductCreateDocumentDict": ".product_create_document",
    "ProductCreateRelationshipsDict": ".product_create_relationships",
    "ProductionDeviceGroupCreateAttributesDict": ".production_device_group_create_attributes",
    "ProductionDeviceGroupCreateDict": ".production_device_group_create",
    "ProductionDeviceGroupUpdateAttributesDict": ".production_device_group_update_attributes",
    "ProductionDeviceGroupUpdateDict": ".production_device_group_update",
    "ProductionTargetLinkageDict": ".production_target_linkage",
    "ProductRequestLinkageDict": ".product_request_linkage",
    "ProductUpdateAttributesDict": ".product_update_attributes",
    "ProductUpdateDataDict": ".product_update_data",
    "ProductUpdateDocumentDict": ".product_update_document",
    "RefreshTokenRequestDict": ".refresh_token_request",
    "WebhookCreateAttributesDict": ".webhook_create_attributes",
    "WebhookCreateDataDict": ".webhook_create_data",
    "WebhookCreateDocumentDict": ".webhook_create_document",
    "WebhookCreateRelationshipsDict": ".webhook_create_relationships",
    "WebhookUpdateAttributesDict": ".webhook_update_attributes",
    "WebhookUpdateDataDict": ".webhook_update_data",
    "WebhookUpdateDocumentDict": ".webhook_update_document",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))


__all__ = (
    "Account",
    "AccountAttributes",
    "AccountDocument",
    "AccountLinkage",
    "AccountListDocument",
    "AccountRequestLinkage",
    "AccountRequestLinkageDict",
    "CodeFile",
    "Deployment",
    "DeploymentAttributes",
    "DeploymentCreateAttributes",
    "DeploymentCreateAttributesDict",
    "DeploymentCreateData",
    "DeploymentCreateDataDict",
    "DeploymentCreateDocument",
    "DeploymentCreateDocumentDict",
    "DeploymentCreateRelationships",
    "DeploymentCreateRelationshipsDict",
    "DeploymentDocument",
    "DeploymentFlaggedFilter",
    "DeploymentLinkage",
    "DeploymentLinkageDocument",
    "DeploymentListDocument",
    "DeploymentRelationships",
    "DeploymentRequestLinkage",
    "DeploymentRequestLinkageDict",
    "DeploymentUpdateAttributes",
    "DeploymentUpdateAttributesDict",
    "DeploymentUpdateData",
    "DeploymentUpdateDataDict",
    "DeploymentUpdateDocument",
    "DeploymentUpdateDocumentDict",
    "DevelopmentDeviceGroup",
    "DevelopmentDeviceGroupCreate",
    "DevelopmentDeviceGroupCreateDict",
    "DevelopmentDeviceGroupUpdate",
    "DevelopmentDeviceGroupUpdateDict",
    "Device",
    "DeviceAttributes",
    "DeviceDocument",
    "DeviceGroupAttributes",
    "DeviceGroupCreateAttributes",
    "DeviceGroupCreateAttributesDict",
    "DeviceGroupCreateDocument",
    "DeviceGroupCreateDocumentDict",
    "DeviceGroupCreateRelationships",
    "DeviceGroupCreateRelationshipsDict",
    "DeviceGroupDevicesDocument",
    "DeviceGroupDevicesDocumentDict",
    "DeviceGroupDocument",
    "DeviceGroupEnvVars",
    "DeviceGroupLinkage",
    "DeviceGroupListDocument",
    "DeviceGroupRelationships",
    "DeviceGroupRequestLinkage",
    "DeviceGroupRequestLinkageDict",
    "DeviceGroupType",
    "DeviceGroupUpdateAttributes",
    "DeviceGroupUpdateAttributesDict",
    "DeviceGroupUpdateDocument",
    "DeviceGroupUpdateDocumentDict",
    "DeviceListDocument",
    "DeviceLogEntry",
    "DeviceLogListDocument",
    "DeviceRelationships",
    "DeviceRequestLinkage",
    "DeviceRequestLinkageDict",
    "DeviceUpdateAttributes",
    "DeviceUpdateAttributesDict",
    "DeviceUpdateData",
    "DeviceUpdateDataDict",
    "DeviceUpdateDocument",
    "DeviceUpdateDocumentDict",
    "DutDeviceGroup",
    "DutDeviceGroupCreate",
    "DutDeviceGroupCreateDict",
    "DutDeviceGroupUpdate",
    "DutDeviceGroupUpdateDict",
    "DutTargetLinkage",
    "DutTargetLinkageDict",
    "EnvVars",
    "ErrorDocument",
    "ErrorMeta",
    "ErrorMetaItem",
    "ErrorObject",
    "FactoryFixtureDeviceGroup",
    "FactoryFixtureDeviceGroupCreate",
    "FactoryFixtureDeviceGroupCreateDict",
    "FactoryFixtureDeviceGroupCreateRelationships",
    "FactoryFixtureDeviceGroupCreateRelationshipsDict",
    "FactoryFixtureDeviceGroupUpdate",
    "FactoryFixtureDeviceGroupUpdateDict",
    "FactoryFixtureDeviceGroupUpdateRelationships",
    "FactoryFixtureDeviceGroupUpdateRelationshipsDict",
    "ImpType",
    "ListLinks",
    "LoginKey",
    "LoginKeyAttributes",
    "LoginKeyCreateData",
    "LoginKeyCreateDataDict",
    "LoginKeyCreateDocument",
    "LoginKeyCreateDocumentDict",
    "LoginKeyDocument",
    "LoginKeyListDocument",
    "LoginKeyTokenRequest",
    "LoginKeyTokenRequestDict",
    "LoginKeyUpdateData",
    "LoginKeyUpdateDataDict",
    "LoginKeyUpdateDocument",
    "LoginKeyUpdateDocumentDict",
    "LoginKeyWriteAttributes",
    "LoginKeyWriteAttributesDict",
    "LoginRequest",
    "LoginRequestDict",
    "LogStream",
    "LogStreamAttributes",
    "LogStreamDocument",
    "LogStreamEvent",
    "LogStreamEventName",
    "LogStreamFormat",
    "LogStreamMessage",
    "LogStreamState",
    "LogStreamStateChange",
    "LogType",
    "MinSupportedDeploymentDocument",
    "MinSupportedDeploymentDocumentDict",
    "OtherDeviceGroup",
    "OtpLoginRequest",
    "OtpLoginRequestDict",
    "PreDutDeviceGroup",
    "PreDutDeviceGroupCreate",
    "PreDutDeviceGroupCreateDict",
    "PreDutDeviceGroupUpdate",
    "PreDutDeviceGroupUpdateDict",
    "PreDutTargetLinkage",
    "PreDutTargetLinkageDict",
    "PreFactoryFixtureDeviceGroup",
    "PreFactoryFixtureDeviceGroupCreate",
    "PreFactoryFixtureDeviceGroupCreateDict",
    "PreFactoryFixtureDeviceGroupCreateRelationships",
    "PreFactoryFixtureDeviceGroupCreateRelationshipsDict",
    "PreFactoryFixtureDeviceGroupUpdate",
    "PreFactoryFixtureDeviceGroupUpdateDict",
    "PreFactoryFixtureDeviceGroupUpdateRelationships",
    "PreFactoryFixtureDeviceGroupUpdateRelationshipsDict",
    "PreProductionDeviceGroup",
    "PreProductionDeviceGroupCreate",
    "PreProductionDeviceGroupCreateDict",
    "PreProductionDeviceGroupUpdate",
    "PreProductionDeviceGroupUpdateDict",
    "PreProductionTargetLinkage",
    "PreProductionTargetLinkageDict",
    "Product",
    "ProductAttributes",
    "ProductCreateAttributes",
    "ProductCreateAttributesDict",
    "ProductCreateData",
    "ProductCreateDataDict",
    "ProductCreateDocument",
    "ProductCreateDocumentDict",
    "ProductCreateRelationships",
    "ProductCreateRelationshipsDict",
    "ProductDocument",
    "ProductionDeviceGroup",
    "ProductionDeviceGroupCreate",
    "ProductionDeviceGroupCreateAttributes",
    "ProductionDeviceGroupCreateAttributesDict",
    "ProductionDeviceGroupCreateDict",
    "ProductionDeviceGroupUpdate",
    "ProductionDeviceGroupUpdateAttributes",
    "ProductionDeviceGroupUpdateAttributesDict",
    "ProductionDeviceGroupUpdateDict",
    "ProductionTargetLinkage",
    "ProductionTargetLinkageDict",
    "ProductLinkage",
    "ProductListDocument",
    "ProductRelationships",
    "ProductRequestLinkage",
    "ProductRequestLinkageDict",
    "ProductUpdateAttributes",
    "ProductUpdateAttributesDict",
    "ProductUpdateData",
    "ProductUpdateDataDict",
    "ProductUpdateDocument",
    "ProductUpdateDocumentDict",
    "RefreshToken",
    "RefreshTokenAttributes",
    "RefreshTokenListDocument",
    "RefreshTokenRequest",
    "RefreshTokenRequestDict",
    "ResourceLinks",
    "TokenResponse",
    "Webhook",
    "WebhookAttributes",
    "WebhookContentType",
    "WebhookCreateAttributes",
    "WebhookCreateAttributesDict",
    "WebhookCreateData",
    "WebhookCreateDataDict",
    "WebhookCreateDocument",
    "WebhookCreateDocumentDict",
    "WebhookCreateRelationships",
    "WebhookCreateRelationshipsDict",
    "WebhookDocument",
    "WebhookEvent",
    "WebhookListDocument",
    "WebhookRelationships",
    "WebhookUpdateAttributes",
    "WebhookUpdateAttributesDict",
    "WebhookUpdateData",
    "WebhookUpdateDataDict",
    "WebhookUpdateDocument",
    "WebhookUpdateDocumentDict",
)
