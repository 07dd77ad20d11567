"""``impcentral``: impt's daily work from the command line, over the typed SDK.

Install with ``pip install 'impcentral[cli]'``; run ``impcentral --help``.
"""

from ._app import cli
from .commands import __all__ as _groups  # noqa: F401  (registers the command groups)


def main() -> None:
    """The ``impcentral`` console script."""
    cli.main(prog_name="impcentral")


__all__ = ["cli", "main"]
