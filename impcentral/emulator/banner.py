"""What ``python -m impcentral.emulator`` prints when it starts: enough to use it right away."""

from __future__ import annotations

from impcentral.emulator.app import Emulator
from impcentral.emulator.config import EmulatorConfig

#: Devices listed by name; the rest are counted.
_LISTED_DEVICES = 5


def banner(url: str, emulator: Emulator) -> str:
    """The account, the devices, how to make them log and the admin routes, in a few lines;
    printed below the URL itself.

    A password is shown only when it is the documented default: one given with ``--password``
    is the user's own and stays out of the terminal, like every other secret.
    """
    config = emulator.config
    password = (
        config.password
        if config.password == EmulatorConfig().password
        else "(the one given with --password)"
    )
    lines = [
        "  impCentral API v5 emulator: the URL above is the endpoint to give the SDK",
        f"  account  {config.email} (username {config.username}), password {password}",
    ]
    if config.otp_code:
        lines.append("           2FA on: the one-time code is the one given with --otp-code")
    devices = list(emulator.store.devices.values())
    lines.append(f"  devices  {len(devices)}, unassigned, online" if devices else "  devices  none")
    for device in devices[:_LISTED_DEVICES]:
        lines.append(f"           {device.id}  mac {device.mac_address}  agent {device.agent_id}")
    if len(devices) > _LISTED_DEVICES:
        lines.append(f"           ... and {len(devices) - _LISTED_DEVICES} more")
    interval = config.log_interval
    repeat = (
        f"and repeat them every {interval:g} s (--log-interval)"
        if interval
        else "--log-interval SECONDS repeats them"
    )
    base = url.removesuffix("/v5")
    lines += [
        "  logs     a device logs its code's server.log lines when its group gets a deployment",
        f"           or it restarts; {repeat}",
        f"  admin    POST {base}/_emulator/devices/<device>/logs  a device logs a line",
        f"           GET|PATCH {base}/_emulator/faults  latency, errors, drops",
        f"           POST {base}/_emulator/reset  back to this start-up state",
        "  Ctrl-C stops it; --help lists every option.",
    ]
    return "\n".join(lines)
