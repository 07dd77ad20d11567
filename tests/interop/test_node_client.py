"""The official Node.js client ``imp-central-api@1.7.0`` drives the emulator over loopback.

``flow.js`` performs every step with the unmodified client and prints what each step got back;
this test checks those observations against the behaviour of the real impCentral service.
"""

from __future__ import annotations

import json
import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from .node_env import FLOW_SCRIPT, INTEROP_DIR, ensure_node_modules, missing_tools, node_executable

_MISSING = missing_tools()
pytestmark = pytest.mark.skipif(
    bool(_MISSING),
    reason=f"the Node.js interop test needs {' and '.join(_MISSING)} on PATH",
)

EMAIL = "demo@example.com"
USERNAME = "demo"
PASSWORD = "demo-password"

FLOW_TIMEOUT = 90  # seconds, enforced by flow.js itself
EVENT_TIMEOUT = 20  # seconds to wait for one log-stream event


@pytest.fixture(scope="module")
def node_modules() -> Path:
    try:
        return ensure_node_modules()
    except subprocess.CalledProcessError as exc:
        pytest.fail(f"npm ci failed in {INTEROP_DIR}:\n{exc.stdout}\n{exc.stderr}")


def run_flow(url: str) -> tuple[dict[str, Any], float]:
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    env.update(
        IMPCENTRAL_EMAIL=EMAIL,
        IMPCENTRAL_USERNAME=USERNAME,
        IMPCENTRAL_PASSWORD=PASSWORD,
    )
    command = [
        node_executable(),
        str(FLOW_SCRIPT),
        "--endpoint",
        url,
        "--timeout",
        str(FLOW_TIMEOUT),
        "--event-timeout",
        str(EVENT_TIMEOUT),
    ]
    started = time.monotonic()
    proc = subprocess.run(
        command,
        cwd=INTEROP_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=FLOW_TIMEOUT + 30,
        check=False,
    )
    elapsed = time.monotonic() - started
    try:
        summary = json.loads(proc.stdout)
    except ValueError:
        pytest.fail(
            f"flow.js exited {proc.returncode} without a JSON summary\n"
            f"stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
        )
    if proc.returncode != 0 or not summary.get("ok"):
        pytest.fail(
            f"the Node client failed at step {summary.get('failed_step')!r} "
            f"(exit {proc.returncode}): {json.dumps(summary.get('error'), indent=2)}\n"
            f"completed steps: {summary.get('order')}\nstderr:\n{proc.stderr}"
        )
    return summary, elapsed


@pytest.mark.timeout(FLOW_TIMEOUT + 360)  # includes a first-time `npm ci`
def test_official_node_client_against_emulator(
    node_modules: Path, impcentral_emulator: Any
) -> None:
    url = impcentral_emulator.url
    summary, elapsed = run_flow(url)
    steps = summary["steps"]

    assert summary["client"] == "imp-central-api@1.7.0"
    assert isinstance(summary["rate_limited_retries"], int)
    assert steps["client_endpoint"]["api_endpoint"] == url

    # Password login, refresh, refresh tokens.
    assert steps["login_rejected"]["status"] == 401
    assert steps["login_rejected"]["error_status"] == "401"
    login = steps["login"]
    assert login["access_token"]["present"] and login["refresh_token"]["present"]
    assert isinstance(login["expires_in"], int) and login["expires_in"] > 0
    assert isinstance(login["expires_at"], str) and login["expires_at"].endswith("Z")
    account = steps["account"]
    assert account["type"] == "account"
    assert (account["email"], account["username"]) == (EMAIL, USERNAME)
    assert steps["refresh_tokens_listed"]["count"] >= 1
    refresh = steps["refresh"]
    assert refresh["access_token"]["present"] and refresh["new_token_differs"]
    assert refresh["refresh_token_returned"] is False
    assert refresh["account_id"] == account["id"]

    # Login keys: the password header is checked, the key is exchanged, deleted keys stop working.
    assert 400 <= steps["login_key_wrong_password"]["status"] < 500
    assert steps["login_key_create"]["type"] == "login_key"
    assert steps["login_key_create"]["listed"] is True
    exchange = steps["login_key_exchange"]
    assert exchange["access_token"]["present"] and exchange["account_id"] == account["id"]
    assert exchange["refresh_token_returned"] is False
    deleted_key = steps["login_key_delete"]
    assert deleted_key["result"] is None
    assert deleted_key["exchange_after_delete"]["status"] == 404
    assert deleted_key["listed"] is False

    # Products.
    product = steps["product_create"]
    assert product["type"] == "product"
    assert product["owner"] == {"type": "account", "id": account["id"]}
    assert product["self_link"] == f"{url}/products/{product['id']}"
    assert steps["product_get"]["name"] == product["name"]
    assert steps["product_list"]["contains_new_product"] is True
    assert steps["product_duplicate_rejected"]["status"] in (400, 409)
    assert steps["product_update"]["description"].startswith("updated ")

    # Device group with env_vars echoed unchanged, numbers staying numbers.
    group = steps["device_group_create"]
    assert group["type"] == "development_devicegroup"
    assert group["product"] == {"type": "product", "id": product["id"]}
    env_vars = {
        "mode": "test",
        "retries": 3,
        "threshold": 21.5,
        "endpoint": "https://example.com/x",
    }
    assert group["env_vars"] == env_vars
    assert type(group["env_vars"]["retries"]) is int
    assert type(group["env_vars"]["threshold"]) is float
    assert steps["device_group_get"]["env_vars"] == env_vars
    updated_vars = steps["device_group_update"]["env_vars"]
    assert updated_vars == {"mode": "staging", "retries": 5, "threshold": -0.25}
    assert type(updated_vars["retries"]) is int
    assert steps["device_group_list"]["ids_match"] is True

    # Devices by id, MAC and agent id; assignment.
    device = steps["device_pick"]
    assert device["total"] >= 3 and device["unassigned"] >= 1
    assert steps["device_get_by_id"]["id"] == device["id"]
    assert steps["device_get_by_id"]["devicegroup"] is None
    assert steps["device_get_by_mac"]["id"] == device["id"]
    assert steps["device_get_by_mac"]["mac_address"] == device["mac_address"]
    assert 400 <= steps["device_restart_unassigned_rejected"]["status"] < 500
    assigned = steps["device_assign"]
    assert assigned["result"] is None
    assert assigned["devicegroup"] == {"type": "development_devicegroup", "id": group["id"]}
    assert assigned["group_members"] == [device["id"]]
    assert steps["device_get_by_agent_id"]["id"] == device["id"]

    # Deployment, restart, historical logs.
    deployment = steps["deployment_create"]
    assert deployment["type"] == "deployment"
    assert deployment["sha_len"] == 64
    assert deployment["tags"] == ["interop", "v1"]
    assert deployment["devicegroup"] == {"type": "development_devicegroup", "id": group["id"]}
    assert deployment["group_current_deployment"] == {"type": "deployment", "id": deployment["id"]}
    assert steps["device_restart"]["result"] is None
    logs = steps["device_logs"]
    assert logs["count"] >= 1
    assert "status" in logs["types"]
    assert set(logs["first"]) >= {"ts", "type", "msg"}
    assert 1 <= logs["page_size_2_count"] <= 2

    # JSON log stream: opened, subscribed, the deployed code's server.log line, unsubscribed.
    assert steps["log_stream_create"]["opened"]["state"] == "opened"
    subscribed = steps["log_stream_add_device"]["subscribed"]
    assert subscribed == {"state": "subscribed", "device_id": device["id"]}
    line = steps["log_stream_server_log"]["message"]
    assert line["device_id"] == device["id"]
    assert line["type"] == "server.log"
    assert line["log_type"] == "development"
    assert line["msg"] == steps["log_stream_server_log"]["marker"]
    assert line["ts"].endswith("Z")
    unsubscribed = steps["log_stream_remove_device"]["unsubscribed"]
    assert unsubscribed == {"state": "unsubscribed", "device_id": device["id"]}
    states = steps["log_stream_close"]["states"]
    assert states[:3] == ["opened", "subscribed", "unsubscribed"]
    assert "server.log" in steps["log_stream_close"]["message_types"]

    # Cleanup, username login, refresh-token deletion.
    assert steps["device_unassign"]["devicegroup"] is None
    assert steps["device_group_delete"]["get_after_delete"]["status"] == 404
    assert steps["product_delete"]["get_after_delete"]["status"] == 404
    assert steps["login_by_username"]["account_id"] == account["id"]
    assert steps["refresh_token_delete"]["refresh_after_delete"]["status"] == 404

    assert summary["order"] == list(steps)
    assert elapsed < FLOW_TIMEOUT
