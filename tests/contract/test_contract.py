"""Contract: schemathesis drives the spec against the emulator in process, with every default check.

Bounded so the whole module takes a minute or two on a small machine: a fixed number of examples
per operation, deterministic generation, no example database, and short stateful scenarios over the
spec's links, each from the start-up state. Every operation is fuzzed, ``/auth`` included (the
emulator has no lockout to trip), and the log-stream SSE too: one event per stream is read, then
the connection is dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import Case
from schemathesis.core.jsonschema.types import JsonValue

from impcentral.emulator import Emulator, EmulatorConfig

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "impcentral-v5.yaml"
# The account matches the spec's examples, so example requests (login-key writes confirmed with
# the example password, for one) exercise the success paths too.
EMAIL, PASSWORD = "developer@example.com", "correct-horse-battery-staple"
# Schema-valid bodies the service still answers with 400, as the spec documents: code that does not
# compile (CX005) and bulk device changes naming devices that do not exist (one 404 per device).
REJECTS_VALID_SHAPES = (
    "createDeployment",
    "addDevicesToDeviceGroup",
    "removeDevicesFromDeviceGroup",
)
POSITIVE_STATUSES = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]

CONFIG = schemathesis.Config.from_dict(
    {
        "max-stream-events": 1,
        "request-timeout": 5,
        "generation": {"max-examples": 15, "deterministic": True, "database": "none"},
        "phases": {"stateful": {"max-steps": 8}},
        "operations": [
            {
                "include-operation-id": operation_id,
                "checks": {
                    "positive_data_acceptance": {"expected-statuses": [*POSITIVE_STATUSES, "400"]}
                },
            }
            for operation_id in REJECTS_VALID_SHAPES
        ],
    }
)

emulator = Emulator(
    EmulatorConfig(email=EMAIL, username="thermo_dev", password=PASSWORD, devices=5, rate_limit=0)
)
schema = schemathesis.openapi.from_path(SPEC, config=CONFIG)
schema.app = emulator


@schema.auth(refresh_interval=None, retry_on=[])
class EmulatorLogin:
    """A bearer token from a real password login, per case: stateful runs reset the emulator."""

    def get(self, case: Case[Any], ctx: Any) -> str:
        body: JsonValue = {"id": EMAIL, "password": PASSWORD}
        login = schema["/auth"]["POST"].Case(body=body, media_type="application/json")
        response = login.call()
        assert response.status_code == 200, response.text
        return str(response.json()["access_token"])

    def set(self, case: Case[Any], data: str, ctx: Any) -> None:
        case.headers["Authorization"] = f"Bearer {data}"


BOUNDED = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)


@schema.parametrize()
@BOUNDED
def test_every_operation_conforms(case: Case[Any]) -> None:
    case.call_and_validate()


class Stateful(schema.as_state_machine()):  # type: ignore[misc]
    """Every scenario starts from the start-up state, so scenarios replay identically."""

    def setup(self) -> None:
        emulator.reset()


TestStatefulLinks = Stateful.TestCase
TestStatefulLinks.settings = settings(
    max_examples=40,
    stateful_step_count=10,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def test_spec_is_present() -> None:
    assert SPEC.is_file(), "the contract runs against openapi/impcentral-v5.yaml"
