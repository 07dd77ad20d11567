"""Timestamps read on every supported Python and written back as the service writes them."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from impcentral_generated import types
from impcentral_generated.models import DeviceLogEntry


@pytest.mark.parametrize(
    "wire",
    ["2018-07-22T11:27:49.633Z", "2018-07-22T11:27:49.633417Z", "2018-07-22T11:27:49.000Z"],
)
def test_service_timestamps_round_trip_exactly(wire: str) -> None:
    entry = DeviceLogEntry.from_dict({"ts": wire, "type": "server.log", "msg": "hi"})
    assert entry.ts.tzinfo is not None and entry.ts.utcoffset() == timedelta(0)
    assert entry.to_dict()["ts"] == wire


@pytest.mark.parametrize(
    ("wire", "expected"),
    [
        ("2018-07-22T11:27:49Z", datetime(2018, 7, 22, 11, 27, 49, tzinfo=timezone.utc)),
        ("2018-07-22T11:27:49.6Z", datetime(2018, 7, 22, 11, 27, 49, 600000, tzinfo=timezone.utc)),
        (
            "2018-07-22T13:27:49.633+02:00",
            datetime(2018, 7, 22, 11, 27, 49, 633000, tzinfo=timezone.utc),
        ),
        ("2026-01-01T24:00:00Z", datetime(2026, 1, 2, tzinfo=timezone.utc)),  # dateutil only
    ],
)
def test_other_iso_forms_are_read(wire: str, expected: datetime) -> None:
    assert types.parse_datetime(wire) == expected


def test_non_utc_timestamps_keep_their_offset() -> None:
    local = datetime(2018, 7, 22, 13, 27, 49, tzinfo=timezone(timedelta(hours=2)))
    assert types.format_datetime(local) == "2018-07-22T13:27:49+02:00"
