"""The ``impcentral`` command: its groups, the options every command shares, and error lines.

Every command is a coroutine run on one ``AsyncImpCentralApi``; every failure ends as one line
on stderr: ``Error: <what> [<impCentral code>, HTTP <status>]``, exit status 1, or 2 for a
usage error (bad option, bad value, caught before any request).
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import sys
from collections.abc import Callable, Coroutine, Sequence
from typing import Any, TypeVar

import click

from impcentral import (
    APIConnectionError,
    ImpCentralApiError,
    ImpCentralError,
    InvalidDataError,
    __version__,
)

from ._config import ConfigError
from ._output import OUTPUT_MODES, TABLE, Output
from ._session import Session

F = TypeVar("F", bound=Callable[..., Any])
# Each command group and the module that defines it: a command imports only its own group's
# module (and the generated models that module's requests use), which keeps start-up short.
GROUP_MODULES = {
    name: f"impcentral.cli.commands.{module}"
    for name, module in {
        "account": "auth",
        "auth": "auth",
        "build": "build",
        "device": "device",
        "dg": "dg",
        "log": "log",
        "loginkey": "loginkey",
        "product": "product",
        "project": "project",
        "webhook": "webhook",
    }.items()
}
USAGE_ERROR = 2
OUTPUT_HELP = (
    "table (default); json: the API's documents; minimal: only the ids of what the command "
    "lists, shows or changes, one a line, without colour."
)
INTERRUPTED = 130


def error_line(exc: BaseException) -> tuple[str, int]:
    """The one line shown for an error, and the exit status."""
    if isinstance(exc, ImpCentralApiError):
        codes = ", ".join(dict.fromkeys(error.code for error in exc.errors if error.code))
        where = f"{codes}, HTTP {exc.status_code}" if codes else f"HTTP {exc.status_code}"
        again = " (log in again: impcentral auth login)" if exc.status_code == 401 else ""
        return f"{_one_line(exc.message)} [{where}]{again}", 1
    if isinstance(exc, InvalidDataError):
        return _one_line(exc.message), USAGE_ERROR
    if isinstance(exc, APIConnectionError):
        return f"cannot reach the API: {_one_line(exc.message)}", 1
    if isinstance(exc, click.UsageError):
        hint = f" (see: {exc.ctx.command_path} --help)" if exc.ctx is not None else ""
        return _one_line(exc.format_message()) + hint, USAGE_ERROR
    if isinstance(exc, click.ClickException):
        return _one_line(exc.format_message()), exc.exit_code
    return _one_line(str(exc)) or type(exc).__name__, 1


def _one_line(text: str) -> str:
    return " ".join(text.split())


class Group(click.Group):
    """The root command: its groups load when named, and its errors are one line each, never
    a traceback or a usage dump."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(GROUP_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        module = GROUP_MODULES.get(cmd_name)
        if module is not None and cmd_name not in self.commands:
            importlib.import_module(module)  # the module adds its group to this one
        return super().get_command(ctx, cmd_name)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            result = super().main(
                args, prog_name or "impcentral", complete_var, standalone_mode=False, **extra
            )
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(INTERRUPTED)
        except (click.ClickException, ImpCentralError, ConfigError) as exc:
            line, status = error_line(exc)
            click.echo(f"Error: {line}", err=True)
            sys.exit(status)
        sys.exit(result if isinstance(result, int) else 0)


def command(group: click.Group, name: str, help: str) -> Callable[[F], click.Command]:
    """Register an ``async def`` as ``group name``, taking the :class:`Session` first and the
    command's own options after it; adds ``--output`` and ``--debug``."""

    def decorate(function: Callable[..., Coroutine[Any, Any, Any]]) -> click.Command:
        @functools.wraps(function)
        def run(output: str | None, debug: bool, **options: Any) -> Any:
            parent = click.get_current_context().find_root().params
            session = Session(
                Output(output or parent.get("output") or TABLE),
                debug=debug or bool(parent.get("debug")),
            )
            return asyncio.run(function(session, **options))

        run = click.option(
            "-z",
            "--output",
            type=click.Choice(OUTPUT_MODES),
            default=None,
            help=OUTPUT_HELP,
        )(run)
        run = click.option(
            "--debug", is_flag=True, help="Log every request and response (secrets redacted)."
        )(run)
        return group.command(name, help=help)(run)

    return decorate


def ask(question: str, confirmed: bool) -> None:
    """Ask before destroying anything, unless ``--confirm`` was given."""
    if not confirmed and not click.confirm(question, err=True):
        raise click.Abort()


confirm_option = click.option(
    "-q", "--confirm", "--confirmed", "confirmed", is_flag=True, help="Do not ask for confirmation."
)


@click.group("impcentral", cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-z", "--output", type=click.Choice(OUTPUT_MODES), default=None, help=OUTPUT_HELP)
@click.option("--debug", is_flag=True, help="Log every request and response (secrets redacted).")
@click.version_option(__version__, "-v", "--version", prog_name="impcentral")
def cli(output: str | None, debug: bool) -> None:
    """impCentral from the command line: products, device groups, devices, builds and logs.

    Entities are named as impt names them: by id, or by name, MAC address, agent id, SHA or
    tag where those apply.
    """
