"""``impcentral``: impt's daily work from the command line, over the typed SDK.

Install with ``pip install 'impcentral[cli]'``; run ``impcentral --help``.
"""

import contextlib
import logging
import os
import sys

from ._app import cli


def main() -> None:
    """The ``impcentral`` console script.

    When the command has returned, its work is done (the client closed, a renewed token saved),
    so the process ends there with the command's exit status and its output flushed, without
    the interpreter's teardown of every module and object a command loads: some 50 ms, a sixth
    of a short command's time.
    """
    try:
        cli.main(prog_name="impcentral")
        status = 0
    except SystemExit as done:
        status = done.code if isinstance(done.code, int) else 0 if done.code is None else 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        # A closed pipe (`impcentral ... | head`) takes nothing more.
        with contextlib.suppress(OSError):
            stream.flush()
    os._exit(status)


__all__ = ["cli", "main"]
