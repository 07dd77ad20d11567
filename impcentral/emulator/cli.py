"""``python -m impcentral.emulator`` / ``impcentral-emulator``: serve the emulator until stopped."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

import uvicorn

from impcentral.emulator import admin
from impcentral.emulator.app import Emulator
from impcentral.emulator.banner import banner
from impcentral.emulator.config import EmulatorConfig, Faults
from impcentral.emulator.server import bind_socket, uvicorn_config


def _fraction(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError("must be between 0 and 1")
    return value


def _non_negative(text: str) -> float:
    value = float(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be >= 0")
    return value


def _positive(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be > 0")
    return value


def _statuses(text: str) -> tuple[int, ...]:
    try:
        statuses = tuple(int(part) for part in text.split(",") if part.strip())
    except ValueError:
        raise argparse.ArgumentTypeError("must be a comma-separated list of 5xx statuses") from None
    if not statuses or any(not 500 <= s <= 599 for s in statuses):
        raise argparse.ArgumentTypeError("must be a comma-separated list of 5xx statuses")
    return statuses


def parser() -> argparse.ArgumentParser:
    defaults = EmulatorConfig()
    p = argparse.ArgumentParser(
        prog="impcentral-emulator",
        description="A local, stateful impCentral API v5 server for offline development and tests.",
        epilog=admin.__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = p.add_argument
    add("--host", default="127.0.0.1", help="interface to listen on (default: %(default)s)")
    add(
        "--port",
        type=int,
        default=8000,
        help="port to listen on; 0 picks a free one (default: %(default)s)",
    )
    account = p.add_argument_group("the account that exists at start")
    account.add_argument(
        "--email", default=defaults.email, help="login e-mail (default: %(default)s)"
    )
    account.add_argument(
        "--username", default=defaults.username, help="login username (default: %(default)s)"
    )
    account.add_argument(
        "--password", default="demo-password", help="login password (default: %(default)s)"
    )
    account.add_argument(
        "--otp-code",
        default=None,
        metavar="CODE",
        help="turn on 2FA: POST /auth answers 403 PX200 with meta.login_token and the second "
        "step needs CODE in X-Electricimp-OTP-Token (default: off)",
    )
    world = p.add_argument_group("simulation")
    world.add_argument(
        "--devices",
        type=int,
        default=defaults.devices,
        metavar="N",
        help="simulated devices owned by the account, unassigned (default: %(default)s)",
    )
    world.add_argument(
        "--token-ttl",
        type=_positive,
        default=defaults.token_ttl,
        metavar="SECONDS",
        help="access-token lifetime; expired tokens get 401 (default: %(default)s)",
    )
    world.add_argument(
        "--rate-limit",
        type=int,
        default=defaults.rate_limit,
        metavar="N",
        help="requests per second per token, with X-RateLimit-* headers and 429 beyond; "
        "0 turns it off (default: %(default)s)",
    )
    world.add_argument(
        "--seed",
        type=int,
        default=defaults.seed,
        metavar="N",
        help="seed for ids and simulated logs; the same seed gives the same ids "
        "(default: %(default)s)",
    )
    world.add_argument(
        "--keepalive",
        type=_positive,
        default=defaults.keepalive_interval,
        metavar="SECONDS",
        help="interval of ': keep-alive' comments on idle log streams (default: %(default)s)",
    )
    world.add_argument(
        "--log-interval",
        type=_non_negative,
        default=defaults.log_interval,
        metavar="SECONDS",
        help="devices running code log one of its server.log lines this often; 0 is off "
        "(default: %(default)s)",
    )
    faults = p.add_argument_group(
        "faults (also settable at run time: GET/PUT/PATCH /_emulator/faults)"
    )
    faults.add_argument(
        "--latency",
        type=_non_negative,
        default=0.0,
        metavar="SECONDS",
        help="extra delay before every /v5 response",
    )
    faults.add_argument(
        "--error-rate",
        type=_fraction,
        default=0.0,
        metavar="FRACTION",
        help="share of /v5 requests answered with a 5xx error document",
    )
    faults.add_argument(
        "--error-statuses",
        type=_statuses,
        default=Faults().error_statuses,
        metavar="LIST",
        help="5xx statuses to draw injected errors from (default: 500,502,503)",
    )
    faults.add_argument(
        "--drop-rate",
        type=_fraction,
        default=0.0,
        metavar="FRACTION",
        help="share of /v5 connections closed without any response",
    )
    faults.add_argument(
        "--sse-cut-after",
        type=int,
        default=None,
        metavar="N",
        help="cut each log-stream connection after N events",
    )
    faults.add_argument(
        "--sse-silence",
        action="store_true",
        help="log-stream connections send nothing, not even keep-alives",
    )
    faults.add_argument(
        "--drift",
        action="store_true",
        help="responses deviate from the OpenAPI description: products with an empty "
        "created_at, device groups of an unknown subtype, devices with macAddress for "
        "mac_address (start-up only)",
    )
    return p


def config_from_args(args: argparse.Namespace) -> EmulatorConfig:
    faults = Faults(
        latency=args.latency,
        error_rate=args.error_rate,
        error_statuses=args.error_statuses,
        drop_rate=args.drop_rate,
        sse_cut_after=args.sse_cut_after,
        sse_silence=args.sse_silence,
    )
    return EmulatorConfig(
        email=args.email,
        username=args.username,
        password=args.password,
        devices=args.devices,
        token_ttl=args.token_ttl,
        rate_limit=args.rate_limit,
        otp_code=args.otp_code,
        seed=args.seed,
        keepalive_interval=args.keepalive,
        log_interval=args.log_interval,
        faults=faults,
        drift=args.drift,
    )


def main(argv: Sequence[str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    try:
        config = config_from_args(args)
    except ValueError as exc:
        p.error(str(exc))
    try:
        sock = bind_socket(args.host, args.port)
    except OSError as exc:
        print(
            f"impcentral-emulator: cannot listen on {args.host}:{args.port}: {exc.strerror}",
            file=sys.stderr,
        )
        return 1
    port = sock.getsockname()[1]
    host = f"[{args.host}]" if ":" in args.host else args.host
    url = f"http://{host}:{port}/v5"
    emulator = Emulator(config)
    # The URL alone comes first, for scripts that read one line.
    print(url)
    print(banner(url, emulator), flush=True)
    server = uvicorn.Server(uvicorn_config(emulator))
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        sock.close()
    return 0
