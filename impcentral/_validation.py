"""Argument checks run before any request, with the Node client's exact messages.

Each check raises :class:`InvalidDataError`; the resource builders call them in the Node client's
order, so the first failing check (and therefore the message) is the same in both libraries.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Mapping
from functools import cache
from typing import Any, TypeVar

from ._constants import DEVICE_GROUP_TYPES, DeviceGroups
from ._exceptions import InvalidDataError

_V = TypeVar("_V")
_FIXTURE_TYPES = (DeviceGroups.TYPE_PRE_FACTORY_FIXTURE, DeviceGroups.TYPE_FACTORY_FIXTURE)
_PRODUCTION_TYPES = (DeviceGroups.TYPE_PRE_PRODUCTION, DeviceGroups.TYPE_PRODUCTION)
_DUT_TYPES = (DeviceGroups.TYPE_PRE_DUT, DeviceGroups.TYPE_DUT)


def non_empty(value: _V | None, name: str = "id") -> _V:
    if not value:
        raise InvalidDataError(f'Non empty "{name}" parameter required')
    return value


def path_segment(value: Any, name: str = "id") -> None:
    """An id sent as a path segment: ``.`` and ``..`` would be resolved as "this" and "parent"
    segments (httpx does so before sending), sending the request to another resource."""
    if isinstance(value, str) and value in (".", ".."):
        raise InvalidDataError(f'Wrong "{name}" parameter value: "{value}"')
    encodable(value, name)


def encodable(value: Any, name: str) -> None:
    """Text that can be sent at all (a lone surrogate cannot be encoded as UTF-8). The message
    leaves the value out: it may be a credential (a login key id)."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            message = f'Wrong "{name}" parameter value: invalid Unicode text'
            raise InvalidDataError(message) from None


_HEADER_VALUE = re.compile(r"[\x21-\x7e](?:[\x20-\x7e]*[\x21-\x7e])?")


def header_value(value: Any, name: str) -> None:
    """A secret sent in an ``X-Electricimp-*`` header (password, OTP, unbond key): HTTP carries
    printable ASCII there, no line breaks, no spaces at the ends. httpx and h11 refuse anything
    else with an error quoting the value, so it is refused here, without the value."""
    if not isinstance(value, str) or not _HEADER_VALUE.fullmatch(value):
        raise InvalidDataError(
            f'Invalid "{name}" parameter: printable ASCII text required, '
            "without spaces at either end (it is sent in an HTTP header)"
        )


def json_body(body: Any) -> None:
    """A request body that httpx can send as JSON (no NaN, no bytes, only encodable text)."""
    to_dict = getattr(body, "to_dict", None)
    if to_dict is None:
        return
    try:
        json.dumps(to_dict(), ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:  # the message could quote a password: left out
        raise InvalidDataError(
            f"Invalid request data: it cannot be sent as JSON ({type(exc).__name__})"
        ) from None


def one_of(value: Any, allowed: Collection[Any], name: str) -> None:
    if value not in allowed:
        raise InvalidDataError(f'Wrong "{name}" parameter value: "{value}"')


def pagination(page_number: Any, page_size: Any) -> None:
    # "pageName" is the Node client's label for the page number; kept for identical messages.
    for value, name in ((page_number, "pageName"), (page_size, "pageSize")):
        if value is not None and not (
            isinstance(value, int) and not isinstance(value, bool) and value > 0
        ):
            raise InvalidDataError(f'Invalid parameter "{name}": positive integer required')


def options(value: Any, allowed: Mapping[str, bool], name: str, *, check_required: bool) -> None:
    """``allowed`` maps each permitted key to whether it is required (checked on create)."""
    if value is not None and not isinstance(value, Mapping):
        raise InvalidDataError(f'Wrong type of "{name}" parameter, Object expected')
    for key in value or ():
        if key not in allowed:
            raise InvalidDataError(f'Invalid key "{key}" in "{name}" parameter')
    if check_required:
        for key, required in allowed.items():
            if required and (not value or key not in value):
                raise InvalidDataError(f'Required key "{key}" absent in "{name}" parameter')


def filters(value: Any, allowed: Collection[str]) -> None:
    options(value, dict.fromkeys(allowed, False), "filters", check_required=False)


def attributes(value: Any, *schemas: type, check_required: bool = False) -> None:
    """``attributes`` of a create or update call: the keys of ``schemas``, the generated
    TypedDicts of the spec's request attributes (their required keys are checked on create)."""
    options(value, keys_of(*schemas), "attributes", check_required=check_required)


@cache
def keys_of(*schemas: type) -> dict[str, bool]:
    """Each key of the TypedDicts ``schemas``, in order, mapped to whether one requires it."""
    keys: dict[str, bool] = {}
    for schema in schemas:
        required: frozenset[str] = getattr(schema, "__required_keys__", frozenset())
        for key in getattr(schema, "__annotations__", {}):
            keys[key] = keys.get(key, False) or key in required
    return keys


def attribute_value(attrs: Any, key: str, allowed: Collection[str]) -> None:
    """An enum-like attribute, checked only when present."""
    if _has(attrs, key):
        one_of(attrs[key], allowed, key)


def device_group_type(value: Any, name: str) -> None:
    one_of(value, DEVICE_GROUP_TYPES, name)


def device_group_filter(value: Any, key: str) -> None:
    """The device-group-type filters are the only filters whose values are checked."""
    if _has(value, key):
        device_group_type(value[key], key)


def target(group_type: str, value: Any, *, dut: bool, create: bool) -> None:
    """``production_target`` / ``dut_target``: only for fixture groups, required on create."""
    name = "dutTarget" if dut else "productionTarget"
    fixtures = f'"{_FIXTURE_TYPES[0]}" and "{_FIXTURE_TYPES[1]}"'
    if value:
        if group_type not in _FIXTURE_TYPES:
            raise InvalidDataError(f"{name} can be specified for {fixtures} Device Groups only")
        options(value, {"type": True, "id": True}, name, check_required=True)
        one_of(value["type"], _DUT_TYPES if dut else _PRODUCTION_TYPES, f"{name}.type")
    elif group_type in _FIXTURE_TYPES and create:
        raise InvalidDataError(f"{name} must be specified for {fixtures} Device Groups")


def region(attrs: Any, group_type: str) -> None:
    if _has(attrs, "region") and group_type not in _PRODUCTION_TYPES:
        raise InvalidDataError(
            f'region may be specified for "{_PRODUCTION_TYPES[0]}" or "{_PRODUCTION_TYPES[1]}" '
            "device groups only"
        )


def load_code_after_blessing(attrs: Any, group_type: str) -> None:
    if _has(attrs, "load_code_after_blessing") and group_type not in _PRODUCTION_TYPES:
        raise InvalidDataError(
            f'load_code_after_blessing can be specified for "{_PRODUCTION_TYPES[0]}" and '
            f'"{_PRODUCTION_TYPES[1]}" device groups only'
        )


def _has(attrs: Any, key: str) -> bool:
    return isinstance(attrs, Mapping) and key in attrs
