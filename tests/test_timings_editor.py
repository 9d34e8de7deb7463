"""The timings editor, driven with the keyboard, and where the app offers it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_timer.core.engine import State
from massage_timer.core.library import default_routine_path
from massage_timer.core.loader import load_routine
from massage_timer.core.timings import TimingsStore
from massage_timer.ui.files import atomic_write
from massage_timer.ui.main_window import MainWindow
from massage_timer.ui.timings_editor import TimingsDialog
from tests.conftest import FakeClock
from tests.ui_helpers import accept_safety, make_window

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")

DEFAULTS = [60, 45, 90, 90, 30, 90, 60, 90, 60]


@pytest.fixture
def dialog(qtbot: QtBot) -> TimingsDialog:
    editor = TimingsDialog(load_routine(default_routine_path()), DEFAULTS)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def type_into(qtbot: QtBot, dialog: TimingsDialog, row: int, text: str) -> None:
    spin = dialog.spins[row]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin.lineEdit(), text)
    qtbot.keyClick(spin, Qt.Key.Key_Tab)


def test_typing_and_nudging_durations_with_the_keyboard(
    qtbot: QtBot, dialog: TimingsDialog
) -> None:
    assert dialog.total_label.text() == "Total: 10:15   (the routine's own: 10:15)"
    type_into(qtbot, dialog, 2, "2:05")
    assert dialog.spins[2].value() == 125
    assert dialog.spins[2].text() == "2:05"
    qtbot.keyClick(dialog.spins[2], Qt.Key.Key_Up)
    assert dialog.spins[2].value() == 135  # up to the next 15 s
    qtbot.keyClick(dialog.spins[2], Qt.Key.Key_Up)
    assert dialog.spins[2].value() == 150
    qtbot.keyClick(dialog.spins[4], Qt.Key.Key_Down)
    assert dialog.spins[4].value() == 15
    type_into(qtbot, dialog, 0, "90s")
    assert dialog.spins[0].value() == 90
    assert dialog.total_label.text() == "Total: 11:30   (the routine's own: 10:15)"
    assert dialog.resets[2].isEnabled()
    assert not dialog.resets[1].isEnabled()
    qtbot.mouseClick(dialog.resets[2], Qt.MouseButton.LeftButton)
    assert dialog.spins[2].value() == 90
    assert dialog.durations() == [90, 45, 90, 90, 15, 90, 60, 90, 60]


def test_values_outside_the_format_cannot_be_entered(qtbot: QtBot, dialog: TimingsDialog) -> None:
    spin = dialog.spins[0]
    type_into(qtbot, dialog, 0, "99:00")  # the keystroke that would pass 60:00 is refused
    assert spin.value() <= 3600
    spin.setValue(3600)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert spin.value() == 3600
    spin.setValue(1)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    assert spin.value() == 1
    assert "0:01 to 60:00" in dialog.problem_label.text()
    for other in dialog.spins:
        other.setValue(3600)
    assert not dialog.save_button.isEnabled()
    assert "longer than 4 hours" in dialog.problem_label.text()


def test_scale_and_reset_all(qtbot: QtBot, dialog: TimingsDialog) -> None:
    dialog.scale.setFocus()
    dialog.scale.selectAll()
    qtbot.keyClicks(dialog.scale.lineEdit(), "150")
    qtbot.mouseClick(dialog.scale_button, Qt.MouseButton.LeftButton)
    assert dialog.durations() == [90, 68, 135, 135, 45, 135, 90, 135, 90]
    qtbot.mouseClick(dialog.reset_all_button, Qt.MouseButton.LeftButton)
    assert dialog.durations() == DEFAULTS
    assert dialog.scale.minimum() == 50
    assert dialog.scale.maximum() == 200


def test_save_and_cancel(qtbot: QtBot, dialog: TimingsDialog) -> None:
    type_into(qtbot, dialog, 1, "1:00")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.durations()[1] == 60


# --- in the app ---------------------------------------------------------------------------


def window_with(
    qtbot: QtBot, home: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch, answer: object
) -> MainWindow:
    monkeypatch.setattr(TimingsDialog, "edit", lambda parent, routine, durations: answer)
    window = make_window(qtbot, home, clock)
    accept_safety(qtbot, window)
    return window


def test_adjust_timings_from_the_list_applies_to_the_next_session(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = [30, 45, 150, 90, 30, 90, 60, 90, 60]
    window = window_with(qtbot, isolated_dirs, clock, monkeypatch, (mine, False))
    before = default_routine_path().read_bytes()
    qtbot.mouseClick(window.picker_page.adjust_button, Qt.MouseButton.LeftButton)
    assert "Your timings for Gentle lower-back comfort are saved." in (window.notice.message())
    card_text = "\n".join(
        w.text() for w in window.picker_page.findChildren(type(window.picker_page.heading))
    )
    assert "9 steps  ·  10 min 45 s with your timings" in card_text
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    assert window.session_page is not None
    assert window.session_page.countdown.text() == "0:30"
    assert window.controller is not None
    assert list(window.controller.session.durations) == mine
    assert default_routine_path().read_bytes() == before


def test_adjusting_from_a_paused_session_does_not_disturb_it(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = [20, 45, 90, 90, 30, 90, 60, 90, 60]
    window = window_with(qtbot, isolated_dirs, clock, monkeypatch, (mine, False))
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    page, controller = window.session_page, window.controller
    assert page is not None
    assert controller is not None
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert not page.timings_button.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_T)  # running: no editor
    assert not (isolated_dirs / "timings" / "gentle-lower-back.yaml").exists()
    clock.advance(10)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.timings_button.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_T)
    assert "apply from the next session" in window.notice.message()
    assert controller.session.state is State.PAUSED
    assert page.countdown.text() == "0:50"  # this session keeps its own times
    saved = TimingsStore(isolated_dirs / "timings", atomic_write)
    assert saved.load(controller.routine).durations == mine


def test_the_finish_screen_offers_to_keep_extra_time(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_with(qtbot, isolated_dirs, clock, monkeypatch, None)
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    page = window.session_page
    assert page is not None
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_Right)
    qtbot.keyClick(page, Qt.Key.Key_Plus)
    qtbot.keyClick(page, Qt.Key.Key_Plus)
    for _ in range(8):
        qtbot.keyClick(page, Qt.Key.Key_Right)
    finish = window.finish_page
    assert window.pages.currentWidget() is finish
    assert finish.keep_extra_button.isVisible()
    assert "“Warm, still hands” (+1:00)" in finish.keep_extra_label.text()
    qtbot.mouseClick(finish.keep_extra_button, Qt.MouseButton.LeftButton)
    assert not finish.keep_extra_button.isEnabled()
    routine = load_routine(default_routine_path())
    store = TimingsStore(isolated_dirs / "timings", atomic_write)
    assert store.load(routine).durations == [60, 105, 90, 90, 30, 90, 60, 90, 60]


def test_a_session_without_extra_time_offers_nothing(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_with(qtbot, isolated_dirs, clock, monkeypatch, None)
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    page = window.session_page
    assert page is not None
    qtbot.keyClick(page, Qt.Key.Key_Space)
    for _ in range(9):
        qtbot.keyClick(page, Qt.Key.Key_Right)
    assert not window.finish_page.keep_extra_button.isVisible()


def test_the_app_starts_with_a_broken_timings_file(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = isolated_dirs / "timings"
    folder.mkdir()
    (folder / "gentle-lower-back.yaml").write_bytes(b"steps: {not: [a list")
    window = window_with(qtbot, isolated_dirs, clock, monkeypatch, None)
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    assert window.controller is not None
    assert list(window.controller.session.durations) == DEFAULTS
    assert "could not be read" in window.notice.message()
    assert list(folder.glob("gentle-lower-back.yaml.corrupt-*"))


def test_save_as_new_routine_writes_a_file_that_loads(
    qtbot: QtBot,
    isolated_dirs: Path,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "shared.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))
    window = window_with(qtbot, isolated_dirs, clock, monkeypatch, ([120] * 9, True))
    qtbot.mouseClick(window.picker_page.adjust_button, Qt.MouseButton.LeftButton)
    made = load_routine(target)
    assert made.id == "gentle-lower-back-mine"
    assert made.title == "Gentle lower-back comfort (my timings)"
    assert [s.duration for s in made.steps] == [120] * 9
    assert "Saved as a new routine: shared.yaml" in window.notice.message()
    QApplication.processEvents()


def test_a_real_round_trip_through_the_editor(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    """The modal editor itself, opened from the list, edited with keys, saved with Enter."""
    from PySide6.QtCore import QTimer

    window = make_window(qtbot, isolated_dirs, clock)
    accept_safety(qtbot, window)
    seen: list[str] = []

    def edit_in_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TimingsDialog)
        seen.append(dialog.windowTitle())
        spin = dialog.spins[0]  # has the focus when the editor opens
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        qtbot.keyClick(spin, Qt.Key.Key_Up)
        dialog.spins[2].selectAll()
        qtbot.keyClicks(dialog.spins[2].lineEdit(), "3:00")
        qtbot.keyClick(dialog.spins[2], Qt.Key.Key_Return)  # Enter: the default button, Save

    QTimer.singleShot(0, edit_in_the_dialog)
    qtbot.mouseClick(window.picker_page.adjust_button, Qt.MouseButton.LeftButton)
    assert seen == ["Timings for Gentle lower-back comfort"]
    store = TimingsStore(isolated_dirs / "timings", atomic_write)
    routine = load_routine(default_routine_path())
    assert store.load(routine).durations == [90, 45, 180, 90, 30, 90, 60, 90, 60]


def test_timings_saved_before_starting_apply_at_once(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = [20, 45, 90, 90, 30, 90, 60, 90, 60]
    window = window_with(qtbot, isolated_dirs, clock, monkeypatch, (mine, False))
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    page = window.session_page
    assert page is not None
    assert page.countdown.text() == "1:00"
    qtbot.keyClick(page, Qt.Key.Key_T)  # not started yet
    new_page = window.session_page
    assert new_page is not None
    assert new_page.countdown.text() == "0:20"
    assert window.notice.message() == ("Your timings for Gentle lower-back comfort are saved.")


def test_every_tab_stop_in_the_editor_has_a_name(dialog: TimingsDialog) -> None:
    from PySide6.QtWidgets import QWidget

    stops = [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(dialog)
    ]
    assert stops
    for widget in stops:
        name = widget.accessibleName() or getattr(widget, "text", lambda: "")()
        assert name, type(widget).__name__
    assert dialog.spins[2].accessibleDescription() == "The routine's own time is 1:30"
