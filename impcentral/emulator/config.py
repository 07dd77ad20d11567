"""Start-up settings of the emulator and the faults it can inject on demand."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

#: 5xx statuses an injected server error is drawn from, like a flaky load balancer would answer.
DEFAULT_ERROR_STATUSES: tuple[int, ...] = (500, 502, 503)


@dataclass(frozen=True)
class Faults:
    """Misbehaviour to inject; immutable so that swapping it at run time is atomic across threads.

    ``latency``: seconds added before every ``/v5`` response. ``error_rate``: share (0..1) of
    ``/v5`` requests answered with a 5xx from ``error_statuses``. ``drop_rate``: share of ``/v5``
    connections closed without any response. ``sse_cut_after``: a log-stream connection is cut
    after sending this many events. ``sse_silence``: log-stream connections send nothing at all,
    not even keep-alives.
    """

    latency: float = 0.0
    error_rate: float = 0.0
    error_statuses: tuple[int, ...] = DEFAULT_ERROR_STATUSES
    drop_rate: float = 0.0
    sse_cut_after: int | None = None
    sse_silence: bool = False

    def __post_init__(self) -> None:
        if self.latency < 0:
            raise ValueError("latency must be >= 0")
        for name in ("error_rate", "drop_rate"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1")
        if not self.error_statuses or any(not 500 <= s <= 599 for s in self.error_statuses):
            raise ValueError("error_statuses must be a non-empty list of 5xx statuses")
        if self.sse_cut_after is not None and self.sse_cut_after < 1:
            raise ValueError("sse_cut_after must be >= 1")

    def to_json(self) -> dict[str, Any]:
        return {
            "latency": self.latency,
            "error_rate": self.error_rate,
            "error_statuses": list(self.error_statuses),
            "drop_rate": self.drop_rate,
            "sse_cut_after": self.sse_cut_after,
            "sse_silence": self.sse_silence,
        }

    def updated(self, changes: dict[str, Any]) -> Faults:
        """A copy with ``changes`` applied; ``ValueError`` on unknown fields or bad values."""
        unknown = set(changes) - set(self.to_json())
        if unknown:
            raise ValueError(f"unknown fault option(s): {', '.join(sorted(unknown))}")
        values: dict[str, Any] = {}
        for key, value in changes.items():
            if key in ("latency", "error_rate", "drop_rate"):
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise ValueError(f"{key} must be a number")
                values[key] = float(value)
            elif key == "error_statuses":
                if not isinstance(value, list) or not all(
                    isinstance(s, int) and not isinstance(s, bool) for s in value
                ):
                    raise ValueError("error_statuses must be a list of integers")
                values[key] = tuple(value)
            elif key == "sse_cut_after":
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                    raise ValueError("sse_cut_after must be an integer or null")
                values[key] = value
            else:
                if not isinstance(value, bool):
                    raise ValueError("sse_silence must be a boolean")
                values[key] = value
        return replace(self, **values)


@dataclass(frozen=True)
class EmulatorConfig:
    """Everything that shapes a fresh emulator; ``/_emulator/reset`` rebuilds the state from it."""

    email: str = "demo@example.com"
    username: str = "demo"
    password: str = field(default="demo-password", repr=False)
    devices: int = 3
    token_ttl: float = 3600.0
    rate_limit: int = 40
    otp_code: str | None = field(default=None, repr=False)
    seed: int = 0
    keepalive_interval: float = 15.0
    log_interval: float = 0.0
    faults: Faults = field(default_factory=Faults)
    #: Responses deviate from the OpenAPI description (see ``impcentral.emulator.drift``).
    drift: bool = False

    def __post_init__(self) -> None:
        if self.devices < 0:
            raise ValueError("devices must be >= 0")
        if self.token_ttl <= 0:
            raise ValueError("token_ttl must be > 0")
        if self.rate_limit < 0:
            raise ValueError("rate_limit must be >= 0")
        if self.keepalive_interval <= 0:
            raise ValueError("keepalive_interval must be > 0")
        if self.log_interval < 0:
            raise ValueError("log_interval must be >= 0")
