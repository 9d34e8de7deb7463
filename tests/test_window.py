"""The first window, driven as a person would: keys and clicks, with time faked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_timer.core.engine import State
from massage_timer.core.library import default_routine_path
from massage_timer.core.loader import load_routine
from massage_timer.core.routine import Routine
from massage_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock, make_routine


@pytest.fixture
def window(qtbot: QtBot, clock: FakeClock) -> MainWindow:
    win = MainWindow(load_routine(default_routine_path()), clock=clock)
    show(qtbot, win)
    return win


def show(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)


def continue_past_safety(qtbot: QtBot, win: MainWindow) -> None:
    qtbot.keyClick(win.safety_page.acknowledge, Qt.Key.Key_Space)
    with qtbot.waitSignal(win.session_shown):
        qtbot.keyClick(win.safety_page, Qt.Key.Key_Return)


def texts(win: MainWindow) -> list[str]:
    return [label.text() for label in win.findChildren(QLabel) if label.isVisible()]


def test_the_safety_screen_comes_first_and_needs_the_tick(qtbot: QtBot, window: MainWindow) -> None:
    page = window.safety_page
    assert window.pages.currentWidget() is page
    shown = "\n".join(texts(window))
    assert "Talk to your midwife or doctor" in shown
    assert "Studies have not shown" in shown
    assert "Do not use it if" in shown
    assert "Stop and call" in shown
    assert page.acknowledge.hasFocus()
    assert not page.continue_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter without the tick does nothing
    assert window.pages.currentWidget() is page
    qtbot.keyClick(page.acknowledge, Qt.Key.Key_Space)
    assert page.acknowledge.isChecked()
    assert page.continue_button.isEnabled()
    with qtbot.waitSignal(window.session_shown):
        qtbot.keyClick(page, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.session_page


def test_quit_on_the_safety_screen_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.safety_page.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_a_session_runs_with_countdown_title_and_instruction(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    continue_past_safety(qtbot, window)
    page = window.session_page
    controller = window.controller
    assert page is not None
    assert controller is not None
    assert page.countdown.text() == "1:00"
    assert page.play_button.text() == "Start"
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert controller.session.state is State.RUNNING
    assert page.play_button.text() == "Pause"
    assert page.step_title.text() == "Settle in safely"
    assert page.progress_label.text() == "Step 1 of 9"

    clock.advance(12.5)
    controller.second_timer.timeout.emit()
    assert page.countdown.text() == "0:48"

    clock.advance(47.5)
    controller.deadline_timer.timeout.emit()
    assert page.step_title.text() == "Warm, still hands"
    assert page.countdown.text() == "0:45"

    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.play_button.text() == "Resume"
    clock.advance(600)
    controller.second_timer.timeout.emit()
    assert page.countdown.text() == "0:45", "a paused countdown must not move"

    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert page.progress_label.text() == "Step 3 of 9"
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert page.progress_label.text() == "Step 4 of 9"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step_title.text() == "Find the dimples"
    qtbot.mouseClick(page.play_button, Qt.MouseButton.LeftButton)
    assert controller.session.state is State.RUNNING


def test_the_controller_arms_one_timer_for_the_next_event(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    continue_past_safety(qtbot, window)
    controller = window.controller
    assert controller is not None
    assert not controller.deadline_timer.isActive()
    controller.start()
    assert controller.deadline_timer.isActive()
    assert controller.deadline_timer.isSingleShot()
    assert controller.deadline_timer.interval() == 50_000  # ending soon, 10 s before 1:00
    clock.advance(0.3)
    controller.second_timer.timeout.emit()
    assert controller.second_timer.interval() == 700  # to the next whole second shown
    controller.pause()
    assert not controller.deadline_timer.isActive()
    assert not controller.second_timer.isActive()


def test_markup_in_a_routine_is_shown_literally(qtbot: QtBot, clock: FakeClock) -> None:
    routine = Routine.model_validate(
        {
            "format": 1,
            "id": "m",
            "title": "<i>Routine</i>",
            "steps": [
                {
                    "title": "<b>Bold?</b>",
                    "duration": 30,
                    "instruction": '<img src="http://example.invalid/x.png"> <a href="x">link</a>',
                }
            ],
        }
    )
    win = MainWindow(routine, clock=clock)
    show(qtbot, win)
    continue_past_safety(qtbot, win)
    page = win.session_page
    assert page is not None
    for label, text in (
        (page.step_title, "<b>Bold?</b>"),
        (page.instruction, '<img src="http://example.invalid/x.png"> <a href="x">link</a>'),
        (page.routine_label, "<i>Routine</i>"),
    ):
        assert label.text() == text
        assert label.textFormat() is Qt.TextFormat.PlainText


def test_the_session_finishes_and_says_what_was_done(qtbot: QtBot, clock: FakeClock) -> None:
    win = MainWindow(make_routine(5, 5), clock=clock)
    show(qtbot, win)
    continue_past_safety(qtbot, win)
    page, controller = win.session_page, win.controller
    assert page is not None
    assert controller is not None
    qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.advance(5)
    controller.deadline_timer.timeout.emit()
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert controller.session.state is State.FINISHED
    assert page.countdown.text() == "Done"
    assert page.step_title.text() == "1 of 2 steps completed, 5s in all"
    assert page.play_button.text() == "Close"
