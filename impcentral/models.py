"""The typed documents the SDK returns, and the TypedDicts of what it sends, generated from the
OpenAPI description.

``Product``, ``ProductDocument``, ``DeviceLogEntry``, ``TokenResponse``... are attrs classes with
attribute access, ``to_dict()`` (the document as received) and ``from_dict()``. A field the
service always sends has its plain type, the others read as None when null or absent; a value
the reader had to coerce (a null or unparsable timestamp, say) reads as None even where the type
says otherwise, and is logged on the ``impcentral`` logger. ``DeviceGroup`` is the union of the
device-group classes (one per ``DeviceGroups.TYPE_*``, and ``OtherDeviceGroup`` for a subtype this
SDK does not know). ``ProductCreateAttributesDict`` and the other ``...Dict`` classes type the
``attributes`` arguments.
"""

from impcentral_generated.models import *  # noqa: F403

from ._constants import (
    DeploymentFilter as DeploymentFilter,
)
from ._constants import (
    DeviceFilter as DeviceFilter,
)
from ._constants import (
    DeviceGroupFilter as DeviceGroupFilter,
)
from ._constants import (
    DeviceGroupType as DeviceGroupType,
)
from ._constants import (
    ProductFilter as ProductFilter,
)
from ._constants import (
    WebhookFilter as WebhookFilter,
)
from .resources.device_groups import DeviceGroup as DeviceGroup
