"""What a contract run found, per operation: the text report, JUnit XML and the progress line."""

from __future__ import annotations

import sys
import textwrap
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

CONFORMANT = "conformant"
DRIFT = "DRIFT"
NOT_EXERCISED = "not run"


@dataclass(frozen=True)
class Mismatch:
    """The first way a response of an operation disagreed with the description."""

    check: str
    problem: str
    request: str
    response: str
    schema_path: str | None = None
    instance_path: str | None = None

    def lines(self) -> list[str]:
        rows = [("check", self.check), ("problem", self.problem)]
        if self.schema_path:
            rows.append(("schema", self.schema_path))
        if self.instance_path is not None:
            rows.append(("at", self.instance_path or "/"))
        rows += [("request", self.request), ("response", self.response)]
        return [f"{name + ':':<10}{value}" for name, value in rows]


@dataclass
class OperationResult:
    operation_id: str
    method: str
    path: str
    cases: int = 0
    mismatch: Mismatch | None = None
    #: Why the operation was not exercised (no resource to read, needs ``--write``...).
    note: str = ""

    @property
    def status(self) -> str:
        if self.mismatch is not None:
            return DRIFT
        return CONFORMANT if self.cases else NOT_EXERCISED


@dataclass
class Report:
    endpoint: str
    mode: str
    operations: dict[str, OperationResult] = field(default_factory=dict)
    requests: int = 0
    rate_limited: int = 0
    seconds: float = 0.0
    #: Set when the run stopped early (interrupted, or the service became unreachable).
    aborted: str = ""

    def add(self, operation_id: str, method: str, path: str, note: str = "") -> None:
        self.operations.setdefault(
            operation_id, OperationResult(operation_id, method.upper(), path, note=note)
        )

    @property
    def drifted(self) -> list[OperationResult]:
        return [r for r in self.operations.values() if r.status == DRIFT]

    def count(self, status: str) -> int:
        return sum(1 for r in self.operations.values() if r.status == status)

    def render(self) -> str:
        """Each exercised operation with its verdict (a drift with its first mismatch), then the
        operations not run, grouped by the reason."""
        out = [f"impCentral contract run against {self.endpoint} ({self.mode})", ""]
        ran = [r for r in self.operations.values() if r.status != NOT_EXERCISED]
        width = max((len(r.operation_id) for r in ran), default=0)
        for result in ran:
            name = f"{result.operation_id:<{width}}"
            line = f"  {result.status:<11}{name}  {result.method} {result.path}"
            if result.status == CONFORMANT:
                notes = [f"{result.cases} {'case' if result.cases == 1 else 'cases'}", result.note]
                line += f"  ({'; '.join(note for note in notes if note)})"
            out.append(line)
            if result.mismatch is not None:
                out += [f"      {text}" for text in result.mismatch.lines()]
        skipped: dict[str, list[str]] = {}
        for result in self.operations.values():
            if result.status == NOT_EXERCISED:
                skipped.setdefault(result.note or "not exercised", []).append(result.operation_id)
        if skipped:
            out += ["", "Not run:"]
            for note, names in skipped.items():
                out += textwrap.wrap(
                    f"{note}: {', '.join(names)}",
                    width=100,
                    initial_indent="  ",
                    subsequent_indent="    ",
                    break_on_hyphens=False,
                )
        out.append("")
        summary = (
            f"{len(self.operations)} operations: {self.count(CONFORMANT)} conformant, "
            f"{self.count(DRIFT)} drifted, {self.count(NOT_EXERCISED)} not run; "
            f"{self.requests} requests in {self.seconds:.1f} s"
        )
        if self.rate_limited:
            summary += f", {self.rate_limited} rate-limit answers waited out"
        out.append(summary + ".")
        if self.aborted:
            out.append(f"Stopped early: {self.aborted}.")
        return "\n".join(out) + "\n"

    def write_junit(self, path: Path) -> None:
        suite = ET.Element(
            "testsuite",
            name="impcentral-contract",
            tests=str(len(self.operations)),
            failures=str(self.count(DRIFT)),
            skipped=str(self.count(NOT_EXERCISED)),
            time=f"{self.seconds:.3f}",
        )
        ET.SubElement(ET.SubElement(suite, "properties"), "property", name="endpoint").set(
            "value", self.endpoint
        )
        for result in self.operations.values():
            case = ET.SubElement(
                suite,
                "testcase",
                classname=f"impcentral.contract.{result.method} {result.path}",
                name=result.operation_id,
            )
            if result.mismatch is not None:
                failure = ET.SubElement(
                    case, "failure", message=result.mismatch.problem, type=result.mismatch.check
                )
                failure.text = "\n".join(result.mismatch.lines())
            elif result.status == NOT_EXERCISED:
                ET.SubElement(case, "skipped", message=result.note or "not exercised")
        root = ET.Element("testsuites")
        root.append(suite)
        ET.indent(root)
        path.write_bytes(ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n")


class Progress:
    """One updating line on a terminal, plain lines (one per operation) otherwise."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty()
        self.total = 0
        self.done = 0
        self.label = ""
        self.requests = 0
        self._shown = False

    def start(self, label: str) -> None:
        self.done += 1
        self.label = label
        if self.tty:
            self._draw()
        else:
            print(f"[{self.done}/{self.total}] {label}", file=self.stream, flush=True)

    def sent(self) -> None:
        self.requests += 1
        if self.tty:
            self._draw()

    def _draw(self) -> None:
        text = f"[{self.done}/{self.total}] {self.label} ({self.requests} requests)"
        self.stream.write(f"\r\x1b[K{text[:120]}")
        self.stream.flush()
        self._shown = True

    def finish(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False
