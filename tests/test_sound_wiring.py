"""The window and the announcer: what the session asks to be heard, and the settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from massage_timer.ui.sound_settings import SettingsDialog
from tests.conftest import FakeClock
from tests.ui_helpers import RecordingAnnouncer, accept_safety, make_window

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


def test_session_events_and_seconds_reach_the_announcer(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    announcer = RecordingAnnouncer()
    window = make_window(qtbot, isolated_dirs, clock, announcer=announcer)
    accept_safety(qtbot, window)
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    page, controller = window.session_page, window.controller
    assert page is not None
    assert controller is not None
    qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.advance(57.5)
    controller.second_timer.timeout.emit()
    controller.deadline_timer.timeout.emit()  # ending soon (at 50 s, late)
    clock.advance(2.5)
    controller.deadline_timer.timeout.emit()  # step 2
    # the routine's language first (its voice), then what each event sounds like
    assert announcer.events == ["speak in en-GB", "StepStarted", "StepEndingSoon", "StepStarted"]
    assert announcer.seconds == [3]
    qtbot.keyClick(page, Qt.Key.Key_Escape)  # stop (confirmed by the fixture)
    assert announcer.events[-1] == "SessionFinished"
    window.show_picker()
    assert announcer.stopped >= 1


def test_sound_settings_are_chosen_saved_and_problems_said(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    announcer = RecordingAnnouncer()
    window = make_window(qtbot, isolated_dirs, clock, announcer=announcer)
    seen: list[tuple[list[str], list[str]]] = []

    def edit(parent: object, settings: object, voices: list[str], problems: list[str]) -> object:
        seen.append((list(voices), list(problems)))
        dialog = SettingsDialog(window.settings, voices, problems)
        qtbot.addWidget(dialog)
        dialog.ticks.setChecked(True)
        dialog.volume.setValue(40)
        dialog.voice.setCurrentIndex(2)
        dialog.read_instructions.setChecked(True)
        assert dialog.problems.text() == "Sound: no sound device was found."
        return dialog.result_settings()

    monkeypatch.setattr(SettingsDialog, "edit", edit)
    accept_safety(qtbot, window)
    qtbot.mouseClick(window.picker_page.settings_button, Qt.MouseButton.LeftButton)
    assert seen[0][0] == ["English (Great Britain)", "English (America)"]
    saved = json.loads((isolated_dirs / "config" / "settings.json").read_text())
    assert saved["ticks"] is True
    assert saved["volume"] == 40
    assert saved["voice"] == "English (America)"
    assert saved["read_instructions"] is True
    again = make_window(qtbot, isolated_dirs, clock)
    assert again.settings.volume == 40
