"""Contains some shared types for properties, and the tolerant reading of response documents"""

import datetime
import re
import sys
from collections.abc import Callable, Iterator, Mapping
from typing import IO, Any, BinaryIO, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


if sys.version_info >= (3, 11):
    _fromisoformat = datetime.datetime.fromisoformat
else:

    def _fromisoformat(value: str) -> datetime.datetime:
        """datetime.fromisoformat, reading a final ``Z`` as UTC like Python 3.11 does"""
        return datetime.datetime.fromisoformat(
            value[:-1] + "+00:00" if value.endswith("Z") else value
        )


def parse_datetime(value: str) -> datetime.datetime:
    """Read an ISO 8601 timestamp in any form the service sends (``...49.633Z`` included, on every Python)"""
    try:
        # The standard library reads the service's own form (2018-07-22T11:27:49.633Z) several
        # times faster than isoparse (list_all reads thousands), and gives the same datetime;
        # its UTC is datetime.timezone.utc.
        return _fromisoformat(value)
    except ValueError:
        pass
    # What only dateutil reads ("24:00"; on Python 3.10, fractions of other than 3 or 6 digits):
    # dateutil, a large module, is imported for these only.
    from dateutil.parser import isoparse

    return isoparse(value)


def read_datetime(value: Any) -> datetime.datetime:
    """A response timestamp as the service writes it (RFC 3339, with an offset); raises for
    anything else, which :func:`repair_datetime` then reads as well as it can"""
    parsed = _fromisoformat(value)
    if parsed.tzinfo is None:
        raise ValueError("no UTC offset")
    return parsed


def format_datetime(value: datetime.datetime) -> str:
    """Write a timestamp the way the service does: UTC as ``2018-07-22T11:27:49.633Z``"""
    offset = value.utcoffset()
    if offset is None or offset:
        return value.isoformat()
    timespec = "milliseconds" if value.microsecond % 1000 == 0 else "microseconds"
    return value.replace(tzinfo=None).isoformat(timespec=timespec) + "Z"


# ---------------------------------------------------------------------------------------------
# Tolerant reading. A response model reads each field the fast way first; only a value that does
# not fit (or a key that is absent) takes one of the functions below, which record on the model
# what was received, so that ``to_dict()`` gives it back, and why it was read differently.
# ``coerced(document)`` lists those reasons by field path, for the SDK to log.


class _Absent:
    """One instance, kept by copies and pickles (a model's record compares it by identity)"""

    def __repr__(self) -> str:
        return "ABSENT"

    def __reduce__(self) -> str:
        return "ABSENT"


ABSENT: Any = _Absent()
""" Recorded for a key the document did not have (``to_dict()`` leaves it out again) """

Kept = dict[str, tuple[Any, str | None, Any]]
""" Per wire name: the value as received (or ABSENT), why it was read differently (None: only
kept for ``to_dict()``), and what it was read as (``to_dict()`` gives back the value as received
while the field still holds that) """

_coercions = [0]


def coercions() -> int:
    """How many values have been read differently from how they were sent, in this process.
    A reader compares it before and after parsing: only then is the document searched."""
    return _coercions[0]


def keep(
    kept: Kept | None, key: str, raw: Any, reason: str | None, read: Any = None
) -> Kept:
    """Record ``raw`` as received under ``key``, why and as what it was read differently"""
    if kept is None:
        kept = {}
    kept[key] = (raw, reason, read)
    if reason is not None:
        _coercions[0] += 1
    return kept


def _shown(raw: Any) -> str:
    text = repr(raw)
    return text if len(text) <= 60 else text[:57] + "..."


def missing(kept: Kept | None, key: str, src: Mapping[str, Any]) -> Kept:
    """A field the service always sends came null or not at all: it reads as None"""
    if key in src:
        return keep(kept, key, None, "null; read as None")
    return keep(kept, key, ABSENT, "absent; read as None")


_LEAP_SECOND = re.compile(r"^(.*T\d\d:\d\d:)60(.*)$")


def missing_value(
    kept: Kept | None, key: str, src: Mapping[str, Any]
) -> tuple[Any, Kept]:
    """:func:`missing`, with the None the field reads as"""
    return None, missing(kept, key, src)


def repair_datetime(kept: Kept | None, key: str, raw: Any) -> tuple[Any, Kept]:
    """A timestamp :func:`read_datetime` refused: other ISO 8601 forms are read (a missing
    offset as UTC), anything else is None"""
    if isinstance(raw, str) and raw.strip():
        text = raw.strip().upper()
        leap = _LEAP_SECOND.match(text)
        try:
            if leap:  # RFC 3339 allows 23:59:60; Python has no such second
                parsed = parse_datetime(
                    leap.group(1) + "59" + leap.group(2)
                ) + datetime.timedelta(seconds=1)
            else:
                parsed = parse_datetime(text)
        except (ValueError, OverflowError):
            pass
        else:
            if parsed.tzinfo is not None:
                return parsed, keep(kept, key, raw, None, parsed)
            parsed = parsed.replace(tzinfo=datetime.timezone.utc)
            return parsed, keep(
                kept, key, raw, f"{_shown(raw)} has no UTC offset; read as UTC", parsed
            )
    return None, keep(kept, key, raw, f"{_shown(raw)} is not a date-time; read as None")


def unreadable(
    kept: Kept | None, key: str, raw: Any, expected: str
) -> tuple[Any, Kept]:
    """A value of another shape than the spec's: None, the value kept for ``to_dict()``"""
    return None, keep(
        kept, key, raw, f"{type(raw).__name__} instead of {expected}; read as None"
    )


def repair_list(
    kept: Kept | None, key: str, raw: Any, read: Callable[[Any], T]
) -> tuple[Any, Kept]:
    """A list with an item that cannot be read: the others are, the list kept for ``to_dict()``"""
    if not isinstance(raw, list):
        return unreadable(kept, key, raw, "an array")
    items: list[T] = []
    left_out: list[int] = []
    for index, item in enumerate(raw):
        try:
            items.append(read(item))
        except (TypeError, ValueError, AttributeError, KeyError):
            left_out.append(index)
    return items, keep(
        kept, key, raw, f"items {left_out} cannot be read; left out", items
    )


def unexpected_type(
    kept: Kept | None, key: str, raw: Any, expected: str, secret: bool = False
) -> tuple[Any, Kept]:
    """A JSON value of another type than the field's (a string in a boolean): None. The
    value of a secret field is not quoted in the reason."""
    shown = f"<{type(raw).__name__}>" if secret else _shown(raw)
    return None, keep(kept, key, raw, f"{shown} is not {expected}; read as None")


def unexpected(kept: Kept | None, key: str, raw: Any, expected: str) -> Kept:
    """A constant (a resource's ``type``) with another value: kept as received"""
    return keep(kept, key, raw, f"{_shown(raw)} is not {expected!r}; kept")


def other_variant(model: T, key: str, raw: Any, name: str) -> T:
    """A union member the spec does not list, read as its generic variant ``name``"""
    kept = getattr(model, "_kept", None)
    received = kept[key][0] if kept and key in kept else raw  # ABSENT stays absent
    reason = f"{_shown(raw)} is not a known type; read as {name}"
    setattr(
        model, "_kept", keep(kept, key, received, reason, getattr(model, key, None))
    )
    return model


def plain_list(value: Any) -> list[Any]:
    """A list of plain values, used as sent"""
    if not isinstance(value, list):
        raise TypeError("not an array")
    return value


def plain_item(value: T) -> T:
    """A plain list item, used as sent"""
    return value


def _json(value: Any) -> Any:
    if isinstance(value, list):
        return [_json(item) for item in value]
    if isinstance(value, datetime.datetime):
        return format_datetime(value)
    to_dict = getattr(value, "to_dict", None)
    return value if to_dict is None else to_dict()


def dump(model: Any, fields: "tuple[tuple[str, str, bool], ...]") -> dict[str, Any]:
    """``to_dict()`` of a response model: what was received, with the changes made since.
    None is written as null where the field is required or nullable, else left out, unless the
    document said otherwise (recorded when it was read)."""
    field_dict: dict[str, Any] = dict(model.additional_properties)
    kept = getattr(model, "_kept", None)
    for wire, attr, null in fields:
        value = getattr(model, attr)
        if kept is not None and wire in kept and kept[wire][2] is value:
            raw = kept[wire][0]
            if raw is not ABSENT:
                field_dict[wire] = raw
        elif value is not None:
            field_dict[wire] = _json(value)
        elif null:
            field_dict[wire] = None
    return field_dict


def read_first(document: Any, models: "tuple[Any, ...]") -> Any:
    """The first of ``models`` that reads ``document`` as sent, else the first that reads it"""
    first: Any = None
    for model in models:
        try:
            value = model.from_dict(document)
        except (TypeError, ValueError, AttributeError, KeyError):
            continue
        if next(coerced(value), None) is None:
            return value
        if first is None:
            first = value
    if first is None:
        raise TypeError(
            f"{type(document).__name__} is none of {', '.join(m.__name__ for m in models)}"
        )
    return first


def coerced(document: Any) -> Iterator[tuple[str, str]]:
    """``(field path, reason)`` of every value read differently from how it was sent"""
    yield from _walk(document, "")


def _walk(value: Any, path: str) -> Iterator[tuple[str, str]]:
    if isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, f"{path}[{index}]")
        return
    fields = getattr(type(value), "_wire_fields", None)
    if fields is None:
        return
    kept = getattr(value, "_kept", None)
    for wire, attr, _null in fields:
        where = f"{path}.{wire}" if path else wire
        if kept and wire in kept and kept[wire][1] is not None:
            yield where, kept[wire][1]
        yield from _walk(getattr(value, attr), where)


__all__ = [
    "ABSENT",
    "UNSET",
    "File",
    "FileTypes",
    "Kept",
    "RequestFiles",
    "Unset",
    "coerced",
    "coercions",
    "format_datetime",
    "parse_datetime",
    "read_datetime",
    "read_first",
]
