"""The typed documents the SDK returns, generated from the OpenAPI description.

``Product``, ``ProductDocument``, ``DeviceLogEntry``, ``TokenResponse``... are attrs classes with
attribute access, ``to_dict()`` and ``from_dict()``. ``DeviceGroup`` is the union of the seven
device-group classes (one per ``DeviceGroups.TYPE_*``).
"""

from impcentral_generated.models import *  # noqa: F403

from .resources.device_groups import DeviceGroup as DeviceGroup
