"""Names and values shared with the official Node client, so code ports line by line.

The resource classes on ``ImpCentralApi`` inherit from these, so ``DeviceGroups.TYPE_DEVELOPMENT``
and ``api.device_groups.TYPE_DEVELOPMENT`` are the same string.
"""

from __future__ import annotations

from typing import Final, Literal, TypeAlias

import httpx

DEFAULT_API_ENDPOINT: Final = "https://api.electricimp.com/v5"
JSONAPI_MEDIA_TYPE: Final = "application/vnd.api+json"
# Finite by default: a hung connection must not hang the caller forever.
DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=10.0)
DEFAULT_MAX_RETRIES: Final = 2
# The page size impt uses for "everything" listings; the largest the service is known to accept.
DEFAULT_LIST_ALL_PAGE_SIZE: Final = 100


class Products:
    """Filter keys of ``products.list``."""

    FILTER_OWNER_ID: Final = "filter[owner.id]"


class DeviceGroups:
    """Device group types (the JSON:API ``type`` of a group) and filter keys."""

    TYPE_DEVELOPMENT: Final = "development_devicegroup"
    TYPE_PRE_PRODUCTION: Final = "pre_production_devicegroup"
    TYPE_PRODUCTION: Final = "production_devicegroup"
    TYPE_PRE_FACTORY_FIXTURE: Final = "pre_factoryfixture_devicegroup"
    TYPE_FACTORY_FIXTURE: Final = "factoryfixture_devicegroup"
    TYPE_PRE_DUT: Final = "pre_dut_devicegroup"
    TYPE_DUT: Final = "dut_devicegroup"

    FILTER_OWNER_ID: Final = "filter[owner.id]"
    FILTER_PRODUCT_ID: Final = "filter[product.id]"
    FILTER_TYPE: Final = "filter[type]"


DeviceGroupType: TypeAlias = Literal[
    "development_devicegroup",
    "pre_production_devicegroup",
    "production_devicegroup",
    "pre_factoryfixture_devicegroup",
    "factoryfixture_devicegroup",
    "pre_dut_devicegroup",
    "dut_devicegroup",
]
"""A device group's JSON:API ``type`` (one of ``DeviceGroups.TYPE_*``)."""

ProductFilter: TypeAlias = Literal["filter[owner.id]"]
"""A filter key of ``products.list``."""
DeviceGroupFilter: TypeAlias = Literal["filter[owner.id]", "filter[product.id]", "filter[type]"]
"""A filter key of ``device_groups.list``."""
DeviceFilter: TypeAlias = Literal[
    "filter[owner.id]",
    "filter[product.id]",
    "filter[devicegroup.id]",
    "filter[devicegroup.owner.id]",
    "filter[devicegroup.type]",
]
"""A filter key of ``devices.list``."""
DeploymentFilter: TypeAlias = Literal[
    "filter[owner.id]",
    "filter[creator.id]",
    "filter[product.id]",
    "filter[devicegroup.id]",
    "filter[sha]",
    "filter[flagged]",
    "filter[flagger.id]",
    "filter[tags]",
]
"""A filter key of ``deployments.list``."""
WebhookFilter: TypeAlias = Literal["filter[devicegroup.id]"]
"""A filter key of ``webhooks.list``."""

DEVICE_GROUP_TYPES: Final = (
    DeviceGroups.TYPE_DEVELOPMENT,
    DeviceGroups.TYPE_PRE_PRODUCTION,
    DeviceGroups.TYPE_PRODUCTION,
    DeviceGroups.TYPE_PRE_FACTORY_FIXTURE,
    DeviceGroups.TYPE_FACTORY_FIXTURE,
    DeviceGroups.TYPE_PRE_DUT,
    DeviceGroups.TYPE_DUT,
)


class Devices:
    """Filter keys of ``devices.list``."""

    FILTER_OWNER_ID: Final = "filter[owner.id]"
    FILTER_PRODUCT_ID: Final = "filter[product.id]"
    FILTER_DEVICE_GROUP_ID: Final = "filter[devicegroup.id]"
    # The literal value "null" selects unassigned devices.
    FILTER_DEVICE_GROUP_OWNER_ID: Final = "filter[devicegroup.owner.id]"
    FILTER_DEVICE_GROUP_TYPE: Final = "filter[devicegroup.type]"


class Deployments:
    """Filter keys of ``deployments.list``."""

    FILTER_OWNER_ID: Final = "filter[owner.id]"
    FILTER_CREATOR_ID: Final = "filter[creator.id]"
    FILTER_PRODUCT_ID: Final = "filter[product.id]"
    FILTER_DEVICE_GROUP_ID: Final = "filter[devicegroup.id]"
    FILTER_SHA: Final = "filter[sha]"
    FILTER_FLAGGED: Final = "filter[flagged]"
    FILTER_FLAGGER_ID: Final = "filter[flagger.id]"
    FILTER_TAGS: Final = "filter[tags]"


class Webhooks:
    """Webhook events, payload content types and filter keys."""

    EVENT_BLESSING: Final = "blessing"
    EVENT_BLINKUP: Final = "blinkup"
    EVENT_DEPLOYMENT: Final = "deployment"

    CONTENT_TYPE_JSON: Final = "application/json"
    CONTENT_TYPE_WWW_FORM: Final = "application/x-www-form-urlencoded"

    FILTER_DEVICE_GROUP_ID: Final = "filter[devicegroup.id]"


class LogStreams:
    """Formats of a log stream's ``message`` events."""

    FORMAT_TEXT: Final = "text"
    FORMAT_JSON: Final = "json"
