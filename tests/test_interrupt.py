"""Ctrl+C in the terminal closes the app cleanly: no question, nothing lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from massage_timer.ui import dialogs
from tests.conftest import FakeClock
from tests.ui_helpers import accept_safety, make_window


@pytest.mark.slow
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_in_the_terminal_closes_the_app(tmp_path: Path, number: int) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "massage_timer"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    log = tmp_path / "state/massage-timer/massage-timer.log"
    deadline = time.monotonic() + 60
    while not (log.exists() and "safety screen shown" in log.read_text()):
        assert app.poll() is None, app.communicate()
        assert time.monotonic() < deadline, "the app did not come up"
        time.sleep(0.05)  # another process: there is no signal to wait on
    app.send_signal(number)
    _out, err = app.communicate(timeout=30)
    assert app.returncode == 0, err
    assert "Traceback" not in err
    settings = json.loads((tmp_path / "config/massage-timer/settings.json").read_text())
    assert len(settings["window"]) == 4  # what must be kept was saved
    assert "interrupted (Ctrl+C): closing" in log.read_text()


@pytest.mark.usefixtures("no_modal_dialogs")
def test_quitting_from_the_terminal_asks_nothing_even_mid_session(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_args: object) -> bool:
        raise AssertionError("asked a question while quitting from the terminal")

    window = make_window(qtbot, isolated_dirs, clock)
    accept_safety(qtbot, window)
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    assert window.session_page is not None
    qtbot.keyClick(window.session_page, Qt.Key.Key_Space)
    monkeypatch.setattr(dialogs.Confirm, "ask", never)
    window.quit_now()
    assert not window.isVisible()
    assert window.controller is None  # the session was ended and let go
    saved = json.loads((isolated_dirs / "config/settings.json").read_text())
    assert saved["window"] == [
        window.normalGeometry().x(),
        window.normalGeometry().y(),
        window.normalGeometry().width(),
        window.normalGeometry().height(),
    ]


@pytest.mark.usefixtures("no_modal_dialogs")
def test_quitting_from_the_terminal_closes_an_open_question_too(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    window = make_window(qtbot, isolated_dirs, clock)

    def interrupt_while_asking() -> None:
        assert isinstance(QApplication.activeModalWidget(), QMessageBox)
        window.quit_now()

    box = dialogs._message_box(window, "Quit massage-timer?", "Stop it and quit?")
    QTimer.singleShot(0, interrupt_while_asking)
    box.exec()  # returns: the question was closed
    assert not box.isVisible()
    assert not window.isVisible()
