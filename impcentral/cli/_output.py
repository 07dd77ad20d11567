"""What the user sees: rich tables and lines for people; for scripts, the API's documents
(``json``) or only the ids of what a command lists, shows or changes (``minimal``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from ._fields import Resource

TABLE = "table"
JSON = "json"
MINIMAL = "minimal"
OUTPUT_MODES = (TABLE, JSON, MINIMAL)
# Off a terminal (a pipe, a file) tables keep every column whole instead of folding at 80.
_PIPE_WIDTH = 400


def _console(stream: Any, plain: bool) -> Console:
    """A console for ``stream``; a ``plain`` one writes no control codes even to a terminal:
    no colour, no progress bar."""
    interactive = stream.isatty() if hasattr(stream, "isatty") else False
    width = None if interactive else _PIPE_WIDTH
    return Console(
        file=stream, width=width, highlight=False, force_terminal=False if plain else None
    )


@dataclass(frozen=True)
class Related:
    """A table column showing a related entity: by name when the table is given names."""

    relationship: str

    def __call__(self, item: Resource) -> str | None:
        return item.related(self.relationship)


class Output:
    """Writes results to stdout, and progress, notes and errors to stderr."""

    def __init__(self, mode: str = TABLE) -> None:
        self.mode = mode
        self.out = _console(sys.stdout, plain=mode == MINIMAL)
        self.err = _console(sys.stderr, plain=mode == MINIMAL)

    @property
    def json(self) -> bool:
        return self.mode == JSON

    @property
    def for_people(self) -> bool:
        """Tables, sentences and names (looked up for them); else stdout is for scripts."""
        return self.mode == TABLE

    def _for_scripts(self, document: Any) -> None:
        """The document whole (``json``), or the id of each resource in its ``data``, one per
        line (``minimal``)."""
        if self.json:
            self.document(document)
            return
        data = document.get("data") if isinstance(document, Mapping) else None
        items = data if isinstance(data, list) else [data]
        ids = [str(item["id"]) for item in items if isinstance(item, Mapping) and item.get("id")]
        self.out.file.write("".join(f"{ident}\n" for ident in ids))
        self.out.file.flush()

    def document(self, document: Any) -> None:
        """A JSON document, whole (for ``--output json``)."""
        self.out.file.write(json.dumps(document, indent=2, default=str) + "\n")
        self.out.file.flush()

    def note(self, text: str) -> None:
        """A line for people, kept out of output for scripts (it goes to stderr then)."""
        (self.out if self.for_people else self.err).print(escape(text))

    def done(self, text: str, document: Any = None) -> None:
        """The result of a command that changes something: ``document`` in JSON mode, its
        resources' ids in minimal mode."""
        if self.for_people:
            self.out.print(escape(text))
        else:
            self._for_scripts(document if document is not None else {"result": text})

    def lines(self, lines: Sequence[Text]) -> None:
        """Log lines: coloured on a terminal, plain text (and fast) anywhere else."""
        if self.out.is_terminal:
            self.out.print(Text("\n").join(lines), soft_wrap=True)
        else:
            self.out.file.write("".join(f"{line.plain}\n" for line in lines))
            self.out.file.flush()

    def table(
        self,
        items: Sequence[Resource],
        columns: Sequence[tuple[str, Any]],
        *,
        title: str | None = None,
        names: Mapping[str, str] | None = None,
    ) -> None:
        """``items`` as rows; each column is a header and a function of the resource; for
        scripts the resources as the API listed them, or their ids. ``names`` (id to name) are
        shown for :class:`Related` columns."""
        if not self.for_people:
            self._for_scripts({"data": [dict(item.raw) for item in items]})
            return
        table = Table(title=title, show_lines=False, header_style="bold")
        for header, _ in columns:
            table.add_column(header, overflow="fold")
        for item in items:
            table.add_row(*(escape(_cell(_value(value, item, names))) for _, value in columns))
        self.out.print(table)
        self.out.print(f"{len(items)} {'item' if len(items) == 1 else 'items'}", style="dim")

    def record(self, item: Resource, fields: Iterable[tuple[str, Any]]) -> None:
        """One resource as name/value lines; for scripts its document, or its id."""
        if not self.for_people:
            self._for_scripts({"data": dict(item.raw)})
            return
        table = Table(show_header=False, box=None, pad_edge=False)
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        for name, value in fields:
            table.add_row(escape(name), escape(_cell(value(item) if callable(value) else value)))
        self.out.print(table)


def _value(column: Any, item: Resource, names: Mapping[str, str] | None) -> Any:
    value = column(item)
    if names and isinstance(column, Related) and value in names:
        return names[value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value)
    return str(value)
