"""``make demo`` does real work: the greeting is seen live and in the history."""

from __future__ import annotations

import pytest

from impcentral import demo


def test_demo_runs_the_whole_flow(capsys: pytest.CaptureFixture[str]) -> None:
    assert demo.main() == 0
    out = capsys.readouterr().out
    assert "server.log: Hello from impcentral" in out
    assert "3 devices said 'Hello from impcentral'" in out
    assert out.rstrip().endswith("== Done")
