"""Typed, sync and async Python SDK for Electric Imp's impCentral API v5.

from impcentral import ImpCentralApi, DeviceGroups

with ImpCentralApi() as api:  # IMPCENTRAL_API_ENDPOINT, IMPCENTRAL_LOGIN_KEY... or:
    api.auth.login("me@example.com", "password")
    product = api.products.create({"name": "thermostat"})
    api.device_groups.create(product.data.id, DeviceGroups.TYPE_DEVELOPMENT, {"name": "dev"})
"""

from ._auth import Tokens, TokenStore
from ._client import AsyncImpCentralApi, ImpCentralApi
from ._constants import (
    DEFAULT_API_ENDPOINT,
    Deployments,
    DeviceGroups,
    Devices,
    LogStreams,
    Products,
    Webhooks,
)
from ._exceptions import (
    APIConnectionError,
    APIResponseValidationError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ClientClosedError,
    ConflictError,
    ErrorDetail,
    ImpCentralApiError,
    ImpCentralError,
    InternalServerError,
    InvalidDataError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TwoFactorRequiredError,
    UnprocessableEntityError,
)
from ._response import RateLimit, RawResponse
from ._version import __version__

__all__ = [
    "DEFAULT_API_ENDPOINT",
    "APIConnectionError",
    "APIResponseValidationError",
    "APITimeoutError",
    "AsyncImpCentralApi",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConflictError",
    "Deployments",
    "DeviceGroups",
    "Devices",
    "ErrorDetail",
    "ImpCentralApi",
    "ImpCentralApiError",
    "ImpCentralError",
    "InternalServerError",
    "InvalidDataError",
    "LogStreams",
    "NotFoundError",
    "PermissionDeniedError",
    "Products",
    "RateLimit",
    "RateLimitError",
    "RawResponse",
    "TokenStore",
    "Tokens",
    "TwoFactorRequiredError",
    "UnprocessableEntityError",
    "Webhooks",
    "__version__",
]
