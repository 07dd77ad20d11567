"""Clean-up of the scratch resources however the scenario ends, signals included."""

from __future__ import annotations

import os
import signal

import pytest

from impcentral.contract.scratch import deleting_afterwards


def test_sigterm_in_the_body_interrupts_it_and_the_clean_up_still_runs() -> None:
    cleaned: list[str] = []
    with pytest.raises(KeyboardInterrupt), deleting_afterwards(lambda: cleaned.append("done")):
        os.kill(os.getpid(), signal.SIGTERM)
    assert cleaned == ["done"]
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL


def test_ctrl_c_during_the_clean_up_does_not_stop_it(capsys: pytest.CaptureFixture[str]) -> None:
    cleaned: list[str] = []

    def clean() -> None:
        os.kill(os.getpid(), signal.SIGINT)
        cleaned.append("done")

    with pytest.raises(RuntimeError), deleting_afterwards(clean):
        raise RuntimeError("the scenario failed")
    assert cleaned == ["done"]
    assert "please wait" in capsys.readouterr().err
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
