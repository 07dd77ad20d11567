"""``impcentral``: impt's daily work from the command line, over the typed SDK.

Install with ``pip install 'impcentral[cli]'``; run ``impcentral --help``.
"""

from ._app import cli


def main() -> None:
    """The ``impcentral`` console script."""
    cli.main(prog_name="impcentral")


__all__ = ["cli", "main"]
