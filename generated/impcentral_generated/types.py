"""Contains some shared types for properties"""

import datetime
import sys
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

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


def format_datetime(value: datetime.datetime) -> str:
    """Write a timestamp the way the service does: UTC as ``2018-07-22T11:27:49.633Z``"""
    offset = value.utcoffset()
    if offset is None or offset:
        return value.isoformat()
    timespec = "milliseconds" if value.microsecond % 1000 == 0 else "microseconds"
    return value.replace(tzinfo=None).isoformat(timespec=timespec) + "Z"


def to_status(code: int) -> HTTPStatus | int:
    """The HTTPStatus for ``code``, or the bare int for codes outside the IANA list (499, 520...)"""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "format_datetime",
    "parse_datetime",
    "to_status",
]
