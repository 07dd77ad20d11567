"""The contract report: text, JUnit XML and the progress line."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

from impcentral.contract.report import Mismatch, Progress, Report


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def report() -> Report:
    r = Report("http://127.0.0.1:8000/v5", "read-only")
    r.add("listProducts", "get", "/products")
    r.add("getProduct", "get", "/products/{product_id}")
    r.add("deleteProduct", "delete", "/products/{product_id}", note="writes, run with --write")
    r.operations["listProducts"].cases = 3
    r.operations["getProduct"].cases = 1
    r.operations["getProduct"].mismatch = Mismatch(
        check="ST108 Response violates schema",
        problem='"" is not a "date-time"',
        request="GET http://127.0.0.1:8000/v5/products/p1",
        response='200 {"data":{...}}',
        schema_path="/components/schemas/ProductAttributes/properties/created_at",
        instance_path="/data/attributes/created_at",
    )
    return r


def test_the_text_report_gives_each_verdict_and_the_first_mismatch() -> None:
    text = report().render()
    assert "conformant listProducts  GET /products  (3 cases)" in text
    assert "DRIFT      getProduct    GET /products/{product_id}" in text
    assert "schema:   /components/schemas/ProductAttributes/properties/created_at" in text
    assert "at:       /data/attributes/created_at" in text
    assert "writes, run with --write: deleteProduct" in text
    assert "3 operations: 1 conformant, 1 drifted, 1 not run" in text


def test_junit_xml_has_a_failure_per_drift_and_skips_what_did_not_run(tmp_path: Path) -> None:
    path = tmp_path / "contract.xml"
    report().write_junit(path)
    suite = ET.parse(path).getroot().find("testsuite")
    assert suite is not None
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("3", "1", "1")
    cases = {case.get("name"): case for case in suite.iter("testcase")}
    failure = cases["getProduct"].find("failure")
    assert failure is not None and failure.get("message") == '"" is not a "date-time"'
    assert cases["deleteProduct"].find("skipped") is not None


def test_progress_is_one_updating_line_on_a_terminal() -> None:
    terminal = Terminal()
    progress = Progress(terminal)
    progress.total = 2
    progress.start("token flow")
    progress.sent()
    progress.start("GET /products")
    progress.finish()
    output = terminal.getvalue()
    assert "\n" not in output
    assert "\r\x1b[K[2/2] GET /products (1 requests)" in output
    assert output.endswith("\r\x1b[K")


def test_progress_is_plain_lines_otherwise() -> None:
    log = io.StringIO()
    progress = Progress(log)
    progress.total = 2
    progress.start("token flow")
    progress.sent()
    progress.start("GET /products")
    progress.finish()
    assert log.getvalue() == "[1/2] token flow\n[2/2] GET /products\n"
