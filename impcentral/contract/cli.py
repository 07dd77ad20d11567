"""``python -m impcentral.contract``: check the OpenAPI description against a live service."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from urllib.parse import urlsplit

import requests

from impcentral import DEFAULT_API_ENDPOINT, ImpCentralError

from .credentials import CredentialError, Login
from .report import Progress, Report
from .runner import ContractRun, Options
from .scratch import CleanupError
from .session import DEFAULT_RATE

#: Exit statuses: every exercised operation conformant; drift; bad usage; no usable credentials,
#: service unreachable or scratch resources left behind; interrupted (after clean-up).
OK, DRIFT, USAGE, CANNOT_RUN, INTERRUPTED = 0, 1, 2, 3, 130

EPILOG = f"""\
credentials (environment, first found wins):
  IMPCENTRAL_ACCESS_TOKEN                     an access token, used as is
  IMPCENTRAL_LOGIN_KEY                        a login key, exchanged and renewed
  IMPCENTRAL_EMAIL or IMPCENTRAL_USERNAME,
  IMPCENTRAL_PASSWORD                         a password login; two-factor accounts are
                                              asked for the one-time password on a terminal

exit status: {OK} all conformant, {DRIFT} drift found, {USAGE} bad usage, {CANNOT_RUN} no usable \
credentials, service unreachable or scratch resources left behind, {INTERRUPTED} interrupted
"""


def _rate(text: str) -> float:
    value = float(text)
    if not 0 < value <= 1000:
        raise argparse.ArgumentTypeError("must be more than 0 and at most 1000")
    return value


def _count(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 1000:
        raise argparse.ArgumentTypeError("must be from 0 to 1000")
    return value


def _report_file(text: str) -> Path:
    path = Path(text)
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"no directory {str(path.parent)!r} to write it in")
    return path


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m impcentral.contract",
        description="Check impCentral's OpenAPI description against a live service with "
        "schemathesis: the token flow and every read by default, scratch writes with --write.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add = p.add_argument
    add(
        "--endpoint",
        metavar="URL",
        help="the API's base URL, with /v5 (default: $IMPCENTRAL_API_ENDPOINT, else "
        f"{DEFAULT_API_ENDPOINT})",
    )
    add(
        "--write",
        action="store_true",
        help="also create, change and delete a scratch product, device group, deployment, "
        "webhook (all deleted afterwards, also after a failure or Ctrl-C)",
    )
    add(
        "--rate",
        type=_rate,
        default=DEFAULT_RATE,
        metavar="N",
        help="at most N requests per second (default: %(default)g, the service's limit)",
    )
    add(
        "--examples",
        type=_count,
        default=10,
        metavar="N",
        help="generated requests per read operation besides the hand-made ones; 0 for none "
        "(default: %(default)s)",
    )
    add(
        "--open-attributes",
        action="store_true",
        help="accept attributes the description does not name, as the SDK's readers do "
        "(default: report them: a renamed attribute shows up as one)",
    )
    add("--junit-xml", type=_report_file, metavar="PATH", help="also write the report as JUnit XML")
    return p


def endpoint_from(explicit: str | None, env: Mapping[str, str]) -> str:
    """The endpoint to check; ``ValueError`` unless it is an absolute http(s) URL."""
    endpoint = (explicit or env.get("IMPCENTRAL_API_ENDPOINT") or DEFAULT_API_ENDPOINT).strip()
    parts = urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"the endpoint must be an absolute http(s) URL, not {endpoint!r}")
    return endpoint.rstrip("/")


def main(argv: Sequence[str] | None = None, env: Mapping[str, str] | None = None) -> int:
    p = parser()
    args = p.parse_args(argv)
    env = os.environ if env is None else env
    try:
        endpoint = endpoint_from(args.endpoint, env)
    except ValueError as exc:
        p.error(str(exc))
    options = Options(
        endpoint=endpoint,
        write=args.write,
        examples=args.examples,
        rate=args.rate,
        open_attributes=args.open_attributes,
    )
    try:
        login = Login.from_environment(endpoint, env)
    except CredentialError as exc:
        print(f"impcentral.contract: {exc}", file=sys.stderr)
        return CANNOT_RUN
    except KeyboardInterrupt:
        return INTERRUPTED
    try:
        return _run(ContractRun(options, login, Progress()), args.junit_xml)
    finally:
        _log_out(login)


def _log_out(login: Login) -> None:
    try:
        login.log_out()
    except ImpCentralError as exc:
        print(f"impcentral.contract: could not log out: {exc}", file=sys.stderr)
    finally:
        login.close()


def _run(run: ContractRun, junit: Path | None) -> int:
    status = OK
    try:
        run.run()
    except KeyboardInterrupt:
        status = INTERRUPTED
    except CleanupError as exc:
        run.report.aborted = str(exc)
        status = CANNOT_RUN
    except requests.RequestException as exc:
        run.report.aborted = f"the service did not answer ({type(exc).__name__})"
        status = CANNOT_RUN
    except ImpCentralError as exc:
        run.report.aborted = f"renewing the access token failed: {exc}"
        status = CANNOT_RUN
    except CredentialError as exc:
        run.report.aborted = str(exc)
        status = CANNOT_RUN
    _publish(run.report, junit)
    if status == OK and run.report.drifted:
        status = DRIFT
    return status


def _publish(report: Report, junit: Path | None) -> None:
    sys.stdout.write(report.render())
    sys.stdout.flush()
    if junit is not None:
        report.write_junit(junit)
