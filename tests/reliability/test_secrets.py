"""Secrets: a whole session with debug on leaves no credential in logs, reprs, messages or
tracebacks.

The session: a password login that needs 2FA (a wrong one-time password first), the OTP login,
a refresh by hand and one ahead of expiry, login key create / read / update / exchange / delete
(and reads of the deleted key, whose id is the secret, from both clients), a wrong password,
device removal from a production group with an unbond key (and without one), and a log stream
with a message received. Every access and refresh token the emulator issued is collected on
the server side; every ``ImpCentralError`` raised is kept with its traceback.

The generated documents that carry credentials (token responses, login keys, the 2FA error's
meta) are in the repr check too: their secret fields are left out of the attrs ``repr``.
"""

from __future__ import annotations

import logging
import queue
import traceback
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timezone
from typing import Any

import pytest

from impcentral import (
    AuthenticationError,
    ImpCentralApi,
    ImpCentralError,
    NotFoundError,
    PermissionDeniedError,
    TwoFactorRequiredError,
)
from impcentral.emulator import EmulatorServer

from .conftest import EMAIL, PASSWORD, Record

OTP = "73918462"
WRONG_OTP = "10293847"
WRONG_PASSWORD = "Not-The-Password-5521"
UNBOND_KEY = "unbond-key-8f3a91c2d7"


@pytest.mark.impcentral_emulator(otp_code=OTP, rate_limit=0, devices=2)
def test_a_debug_session_leaks_no_secret(
    impcentral_emulator: EmulatorServer, caplog: pytest.LogCaptureFixture, figures: Record
) -> None:
    server = impcentral_emulator
    caplog.set_level(logging.DEBUG, logger="impcentral")
    issued: list[str] = []  # every token the server handed out
    store: Any = server.emulator.store
    issue_access, issue_refresh = store.issue_access_token, store.issue_refresh_token

    def access(account_id: str, now: float) -> Any:
        token, record = issue_access(account_id, now)
        issued.append(token)
        return token, record

    def refresh(account_id: str, now: float) -> Any:
        record = issue_refresh(account_id, now)
        issued.append(record.token)
        return record

    store.issue_access_token, store.issue_refresh_token = access, refresh
    errors: list[ImpCentralError] = []
    reprs: list[str] = []

    def expect(kind: type[ImpCentralError], call: Callable[[], Any]) -> ImpCentralError:
        with pytest.raises(kind) as raised:
            call()
        errors.append(raised.value)
        return raised.value

    api = ImpCentralApi(server.url, debug=True)
    two_factor = expect(TwoFactorRequiredError, lambda: api.auth.login(EMAIL, PASSWORD))
    assert isinstance(two_factor, TwoFactorRequiredError) and two_factor.login_token
    login_token = two_factor.login_token
    expect(AuthenticationError, lambda: api.auth.login_with_otp(WRONG_OTP, login_token))
    reprs += [repr(two_factor.errors)]
    reprs += [repr(api.auth.login_with_otp(OTP, login_token))]
    reprs += [repr(api.auth.refresh_access_token())]
    api.auth.tokens = replace(api.auth.tokens, expires_at=datetime.now(timezone.utc))
    api.auth.get_refresh_tokens()  # renewed ahead of expiry first

    created = api.accounts.create_login_key(PASSWORD, {"description": "robot"})
    key = created.data.id
    reprs += [repr(created), repr(api.accounts.get_login_key(key))]
    reprs += [repr(api.accounts.list_login_keys())]
    api.accounts.update_login_key(key, PASSWORD, {"description": "robot 2"})
    expect(PermissionDeniedError, lambda: api.accounts.delete_login_key(key, WRONG_PASSWORD))
    robot = ImpCentralApi(server.url, debug=True)
    reprs += [repr(robot.auth.get_access_token(key))]
    robot.products.list()
    reprs += [repr(robot), repr(robot.auth.tokens), repr(robot.with_options(timeout=5))]
    api.accounts.delete_login_key(key, PASSWORD)
    expect(NotFoundError, lambda: api.accounts.get_login_key(key))
    expect(NotFoundError, lambda: robot.auth.get_access_token(key))

    product = api.products.create({"name": "factory"}).data.id
    group = api.device_groups.create(product, "production_devicegroup", {"name": "line"}).data.id
    device = server.devices()[0]["id"]
    api.device_groups.add_devices(group, device)
    expect(PermissionDeniedError, lambda: api.device_groups.remove_devices(group, device))
    api.device_groups.remove_devices(group, device, unbond_key=UNBOND_KEY)

    received: queue.Queue[Any] = queue.Queue()
    stream = api.log_streams.create(received.put)
    api.log_streams.add_device(stream.id, device)
    server.emit_log(device, "hello from the device")
    message = received.get(timeout=10)
    reprs += [repr(stream), repr(message)]
    api.log_streams.close(stream.id)

    reprs += [repr(api), repr(api.auth.tokens), repr(api.auth), str(api.auth.tokens)]
    reprs += [f"{error}\n{error!r}" for error in errors]
    tracebacks = ["".join(traceback.format_exception(error)) for error in errors]
    robot.close()
    api.close()

    secrets = {
        "password": PASSWORD,
        "wrong password": WRONG_PASSWORD,
        "one-time password": OTP,
        "wrong one-time password": WRONG_OTP,
        "2FA login token": login_token,
        "login key": key,
        "unbond key": UNBOND_KEY,
        **{f"token #{n}": token for n, token in enumerate(issued)},
    }
    places = {
        "debug log": caplog.text,
        "reprs": "\n".join(reprs),
        "tracebacks": "\n".join(tracebacks),
    }
    figures("secrets checked", f"{len(secrets)} ({len(issued)} tokens issued by the server)")
    figures("debug log", f"{len(caplog.records)} records, {len(caplog.text)} characters")
    figures("errors raised", len(errors))
    # The checks can fail: the session was logged, with credentials replaced.
    assert "--> POST" in caplog.text and "[redacted]" in caplog.text
    assert len(issued) == 5 and len(errors) == 6
    leaks = [
        f"{name} in {place}"
        for name, secret in secrets.items()
        for place, text in places.items()
        if secret in text
    ]
    assert leaks == []
