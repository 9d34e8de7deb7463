"""The app's screens, driven as a person would: keys and clicks, with time faked."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from massage_timer.core.engine import State
from massage_timer.core.library import default_routine_path
from massage_timer.ui.controller import SessionController
from massage_timer.ui.dialogs import Confirm, Problems, SafetyListDialog
from massage_timer.ui.document import DocumentView
from massage_timer.ui.main_window import MainWindow
from massage_timer.ui.session_page import SessionPage
from tests.conftest import FakeClock, routine_yaml
from tests.ui_helpers import FakeInhibitor, accept_safety, make_window

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def window(qtbot: QtBot, isolated_dirs: Path, clock: FakeClock) -> MainWindow:
    return make_window(qtbot, isolated_dirs, clock)


def visible_text(widget: QWidget) -> str:
    """The text of every visible label and document view (what a person can read)."""
    shown = [label.text() for label in widget.findChildren(QLabel) if label.isVisible()]
    shown += [view.toPlainText() for view in widget.findChildren(DocumentView) if view.isVisible()]
    return "\n".join(shown)


def start_default(qtbot: QtBot, window: MainWindow) -> tuple[SessionPage, SessionController]:
    accept_safety(qtbot, window)
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    assert window.session_page is not None
    assert window.controller is not None
    return window.session_page, window.controller


# --- safety screen -----------------------------------------------------------------------


def test_the_safety_screen_comes_first_and_needs_the_tick(qtbot: QtBot, window: MainWindow) -> None:
    page = window.safety_page
    assert window.pages.currentWidget() is page
    shown = visible_text(window)
    for words in (
        "Talk to her midwife or doctor",
        "Studies have not shown",
        "Do not use it if",
        "Call her maternity unit or doctor now if",
        "emergency",
    ):
        assert words in shown
    # The text has the focus first, so a screen reader reads it; Tab reaches the tick.
    assert page.text_view.hasFocus() or QApplication.focusWidget() is None
    assert not page.continue_button.isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_Return)  # Enter without the tick does nothing
    assert window.pages.currentWidget() is page
    qtbot.keyClick(page.acknowledge, Qt.Key.Key_Space)
    assert page.acknowledge.isChecked()
    # The window is small (800x600): the warning signs are still below, out of view, so the
    # tick alone does not let her go on. Reading to the end does.
    assert page.text_view.needs_scrolling()
    assert not page.continue_button.isEnabled()
    assert page.read_hint.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is page
    for _ in range(30):
        if page.seen_to_end:
            break
        qtbot.keyClick(page.acknowledge, Qt.Key.Key_PageDown)
    assert page.seen_to_end
    assert not page.read_hint.isVisible()
    assert page.continue_button.isEnabled()
    with qtbot.waitSignal(window.picker_shown):
        qtbot.keyClick(page, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.picker_page


def test_clicking_the_sentence_ticks_the_box(qtbot: QtBot, window: MainWindow) -> None:
    page = window.safety_page
    qtbot.mouseClick(page.acknowledge_label, Qt.MouseButton.LeftButton)
    assert page.acknowledge.isChecked()
    page.text_view.verticalScrollBar().setValue(page.text_view.verticalScrollBar().maximum())
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.picker_page


def test_quit_on_the_safety_screen_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.safety_page.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def colour_of(view: DocumentView, words: str) -> str:
    """The text colour the view paints ``words`` in (#rrggbb)."""
    found = view.document().find(words)
    assert not found.isNull(), words
    return found.charFormat().foreground().color().name()


def test_the_safety_text_fits_the_window_and_follows_the_look(
    qtbot: QtBot, window: MainWindow
) -> None:
    from massage_timer.ui import theme

    page = window.safety_page
    window.resize(1280, 800)  # a laptop's screen
    qtbot.waitUntil(lambda: page.text_view.toPlainText() != "")
    # At that size it is two columns.
    qtbot.waitUntil(lambda: page.two_columns)
    emergency = "needs emergency care"
    assert colour_of(page.text_view, emergency) == window.colours.warning
    before = window.colours
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.colours is not before
    assert colour_of(page.text_view, emergency) == window.colours.warning
    assert window.colours.warning in (theme.NIGHT.warning, theme.DAY.warning)
    # At the smallest size it is one column that scrolls, and the tick is still in view.
    window.resize(800, 600)
    qtbot.waitUntil(lambda: not page.two_columns)
    QApplication.processEvents()
    assert page.text_view.needs_scrolling()
    assert "Call her maternity unit" in page.text_view.toPlainText()
    # The tick keeps the focus; Page Down and Page Up (a presenter clicker) scroll the text.
    bar = page.text_view.verticalScrollBar()
    assert bar.value() == 0
    qtbot.keyClick(page.acknowledge, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    for _ in range(5):
        qtbot.keyClick(page.acknowledge, Qt.Key.Key_PageDown)
    assert bar.value() == bar.maximum()
    for _ in range(5):
        qtbot.keyClick(page.acknowledge, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    assert not page.acknowledge.isChecked()
    assert page.acknowledge.isVisible()
    assert page.continue_button.isVisible()


def test_markup_in_the_safety_text_shows_literally(qtbot: QtBot) -> None:
    from massage_timer.core.safety import safety_text
    from massage_timer.ui.safety_page import safety_markup

    hostile = "<b>bold?</b> &amp; <img src='x'> <a href='file:///etc'>link</a>"
    text = safety_text()._replace(heading=hostile, not_if=(hostile, "plain"), emergency=hostile)
    view = DocumentView()
    qtbot.addWidget(view)
    for columns in (True, False):
        view.set_markup(safety_markup(text, warning="#e0a06a", two_columns=columns))
        shown = view.toPlainText()
        assert shown.count(hostile) == 3
        assert "bold?" not in shown.replace(hostile, "")
        assert "<img" not in view.toHtml()  # escaped: no picture, no link was made
        assert "<a href" not in view.toHtml()


# --- routine picker ----------------------------------------------------------------------


def test_the_picker_lists_bundled_and_own_routines_and_broken_files(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    folder = isolated_dirs / "routines"
    folder.mkdir()
    step = "title: Hold\nduration: 2m\ninstruction: Rest your palm still."
    (folder / "a-mine.yaml").write_text(
        routine_yaml(step, id="mine", title="My evening routine", summary="Just a hold.")
    )
    (folder / "b-broken.yaml").write_text("format: 1\nid: Broken!\ntitle: x\nsteps: []\n")
    window = make_window(qtbot, isolated_dirs, clock)
    accept_safety(qtbot, window)
    picker = window.picker_page
    text = visible_text(picker)
    assert "Gentle lower-back comfort" in text
    assert "9 steps  ·  10 min 15 s" in text
    assert "My evening routine" in text
    assert "Just a hold." in text
    assert "1 step  ·  2 min  ·  your routine (a-mine.yaml)" in text
    assert "b-broken.yaml cannot be used" in text
    assert f"{folder / 'b-broken.yaml'}:2: id: 'Broken!' is not a valid id" in text
    current = picker.current_entry()
    assert current is not None
    assert current.path == default_routine_path()

    for _ in range(3):  # past the two other bundled routines
        qtbot.keyClick(picker.list, Qt.Key.Key_Down)
    qtbot.keyClick(picker.list, Qt.Key.Key_Return)
    assert window.controller is not None
    assert window.controller.routine.title == "My evening routine"


def test_a_routine_given_on_the_command_line_opens_after_the_safety_screen(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "given.yaml"
    path.write_text(routine_yaml("title: Only\nduration: 5\ninstruction: x", title="Given"))
    window = make_window(qtbot, isolated_dirs, clock, start_path=path)
    assert window.pages.currentWidget() is window.safety_page
    with qtbot.waitSignal(window.session_shown):
        accept_safety(qtbot, window)
    assert window.controller is not None
    assert window.controller.routine.title == "Given"


def test_an_invalid_routine_on_the_command_line_is_explained(
    qtbot: QtBot,
    isolated_dirs: Path,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[tuple[str, int]] = []
    monkeypatch.setattr(
        Problems, "show", lambda parent, text, problems: shown.append((text, len(problems)))
    )
    path = tmp_path / "bad.yaml"
    path.write_text("format: 1\nid: x\n")
    window = make_window(qtbot, isolated_dirs, clock, start_path=path)
    accept_safety(qtbot, window)
    assert shown == [("bad.yaml has problems, so it cannot be used.", 2)]
    assert window.pages.currentWidget() is window.picker_page


# --- the session -------------------------------------------------------------------------


def test_a_session_runs_from_the_keyboard(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page, controller = start_default(qtbot, window)
    assert page.countdown.text() == "1:00"
    assert page.play_button.text() == "Start"
    assert page.state_label.text() == "Press Space to start"
    assert page.up_next.text() == "Up next: Warm, still hands"
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
    assert page.state_label.text().startswith("Paused")
    clock.advance(600)
    controller.second_timer.timeout.emit()
    assert page.countdown.text() == "0:45", "a paused countdown must not move"
    qtbot.keyClick(page, Qt.Key.Key_Space)

    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert page.progress_label.text() == "Step 3 of 9"
    qtbot.keyClick(page, Qt.Key.Key_Left)
    assert page.progress_label.text() == "Step 2 of 9"
    qtbot.keyClick(page, Qt.Key.Key_Plus)
    assert page.countdown.text() == "1:15"
    clock.advance(20)
    controller.second_timer.timeout.emit()
    assert page.countdown.text() == "0:55"
    qtbot.keyClick(page, Qt.Key.Key_R)
    assert page.countdown.text() == "0:45"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.step_title.text() == "Long, slow strokes"
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.more_button, Qt.MouseButton.LeftButton)
    assert page.countdown.text() == "1:15"


@pytest.mark.parametrize(
    ("key", "effect"),
    [
        (Qt.Key.Key_PageDown, "next"),
        (Qt.Key.Key_PageUp, "previous"),
        (Qt.Key.Key_B, "pause"),
        (Qt.Key.Key_Period, "pause"),
        (Qt.Key.Key_F5, "pause"),
    ],
)
def test_presenter_clicker_keys(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, key: Qt.Key, effect: str
) -> None:
    page, controller = start_default(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_F5)  # clickers start with F5 too
    qtbot.keyClick(page, Qt.Key.Key_PageDown)
    assert controller.session.index == 1
    qtbot.keyClick(page, key)
    if effect == "next":
        assert controller.session.index == 2
    elif effect == "previous":
        assert controller.session.index == 0
    else:
        assert controller.session.state is State.PAUSED
        qtbot.keyClick(page, key)
        assert controller.session.state is State.RUNNING


def test_stop_asks_first(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    asked: list[str] = []

    def ask(parent: object, title: str, text: str, yes: str, no: str) -> bool:
        asked.append(f"{text} [{yes}/{no}]")
        return answers.pop(0)

    monkeypatch.setattr(Confirm, "ask", ask)
    page, controller = start_default(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.advance(20)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert asked == ["Stop this session now? [Stop/Keep going]"]
    assert controller.session.state is State.RUNNING
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert controller.session.state is State.STOPPED
    assert window.pages.currentWidget() is window.finish_page
    assert window.finish_page.heading.text() == "Session stopped"
    assert "0 of 9 steps done" in window.finish_page.facts.text()


def test_h_shows_the_stop_and_call_list_and_pauses(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        SafetyListDialog,
        "open_for",
        lambda parent, text, warning, phone: opened.append(text.call_heading),
    )
    page, controller = start_default(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_H)
    assert opened == ["Call her maternity unit or doctor now if"]
    assert controller.session.state is State.PAUSED
    qtbot.mouseClick(page.safety_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 2


def test_the_stop_and_call_dialog_shows_the_list(qtbot: QtBot, window: MainWindow) -> None:
    from massage_timer.core.safety import safety_text

    dialog = SafetyListDialog(safety_text(), window.colours.warning, "01632 960 123", window)
    qtbot.addWidget(dialog)
    text = dialog.text_view.toPlainText()
    # What matters most comes first: when to call, and the number to call.
    assert text.startswith(
        "Call her maternity unit or doctor now if\nHer maternity unit: 01632 960 123"
    )
    assert "or your local emergency number" in text
    # Discomfort means stop or go lighter, not call; and when labour may be starting.
    assert "Stop the massage, or go lighter, if" in text
    assert "When labour may be starting" in text
    dialog.show()
    qtbot.waitExposed(dialog)
    assert colour_of(dialog.text_view, "needs emergency care") == window.colours.warning


def test_a_wait_step_ends_in_continue_when_ready(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page, controller = start_default(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    for _ in range(8):
        qtbot.keyClick(page, Qt.Key.Key_Right)
    assert page.step_title.text() == "Finish gently"
    clock.advance(60)
    controller.deadline_timer.timeout.emit()
    assert controller.session.state is State.WAITING
    assert page.timer_stack.currentWidget() is page.continue_button
    assert page.continue_button.text() == "Continue when ready"
    assert page.continue_button.isVisible()
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert controller.session.state is State.FINISHED


def test_the_finish_screen_says_what_was_done_and_goes_back(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    page, controller = start_default(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.advance(60)
    controller.deadline_timer.timeout.emit()  # step 1 completed
    for _ in range(8):
        qtbot.keyClick(page, Qt.Key.Key_Right)  # the rest skipped
    assert window.pages.currentWidget() is window.finish_page
    finish = window.finish_page
    assert finish.heading.text() == "Well done"
    assert finish.facts.text() == "1 of 9 steps done  ·  8 skipped  ·  1:00 in all"
    assert "✓  Settle in safely" in finish.steps.text()
    assert "Help her up slowly" in finish.aftercare.text()
    with qtbot.waitSignal(window.picker_shown):
        qtbot.keyClick(finish, Qt.Key.Key_Return)
    assert window.controller is None


def test_closing_during_a_session_asks_first(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    monkeypatch.setattr(Confirm, "ask", lambda *args: answers.pop(0))
    page, _ = start_default(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.isVisible()
    window.close()
    assert not window.isVisible()
    assert answers == []


def test_f11_toggles_full_screen(qtbot: QtBot, window: MainWindow) -> None:
    page, _ = start_default(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_F11)
    assert window.isFullScreen()
    qtbot.mouseClick(page.fullscreen_button, Qt.MouseButton.LeftButton)
    assert not window.isFullScreen()


def test_markup_in_a_routine_is_shown_literally(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, tmp_path: Path
) -> None:
    path = tmp_path / "markup.yaml"
    path.write_text(
        routine_yaml(
            "title: <b>Bold?</b>\nduration: 30\n"
            "instruction: <img src='http://example.invalid/x.png'> <a href='x'>link</a>",
            title="<i>Routine</i>",
        )
    )
    window = make_window(qtbot, isolated_dirs, clock, start_path=path)
    accept_safety(qtbot, window)
    page = window.session_page
    assert page is not None
    for label, text in (
        (page.step_title, "<b>Bold?</b>"),
        (page.instruction.label, "<img src='http://example.invalid/x.png'> <a href='x'>link</a>"),
    ):
        assert label.text() == text
        assert label.textFormat() is Qt.TextFormat.PlainText
    assert page.routine_label.full_text == "<i>Routine</i>"
    assert page.routine_label.textFormat() is Qt.TextFormat.PlainText


# --- pictures ----------------------------------------------------------------------------

SVG = (
    "<svg xmlns='http://www.w3.org/2000/svg' width='40' height='30'>"
    "<rect width='40' height='30' fill='#c58a4a'/></svg>"
)


def session_with_image(
    qtbot: QtBot, home: Path, clock: FakeClock, folder: Path, image: str
) -> SessionPage:
    path = folder / "pictured.yaml"
    path.write_text(routine_yaml(f"title: A\nduration: 30\ninstruction: x\nimage: {image}"))
    window = make_window(qtbot, home, clock, start_path=path)
    accept_safety(qtbot, window)
    page = window.session_page
    assert page is not None
    qtbot.waitUntil(lambda: not page.picture.waiting)  # drawn off the GUI thread
    return page


def test_a_steps_picture_is_shown(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, tmp_path: Path
) -> None:
    (tmp_path / "hands.svg").write_text(SVG)
    page = session_with_image(qtbot, isolated_dirs, clock, tmp_path, "hands.svg")
    assert page.picture.isVisible()
    assert page.picture.path == tmp_path / "hands.svg"
    assert not page.picture.placeholder
    image = page.picture.pixmap().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.name() == "#c58a4a"


def test_a_missing_picture_shows_a_placeholder_and_warns(
    qtbot: QtBot,
    isolated_dirs: Path,
    clock: FakeClock,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING):
        page = session_with_image(qtbot, isolated_dirs, clock, tmp_path, "nowhere.svg")
    assert page.picture.isVisible()
    assert page.picture.placeholder
    assert "'nowhere.svg' for step 1 not found" in caplog.text


@pytest.mark.qt_log_level_fail("CRITICAL")
def test_a_broken_picture_shows_a_placeholder(
    qtbot: QtBot,
    isolated_dirs: Path,
    clock: FakeClock,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (tmp_path / "broken.svg").write_text("<svg><this is not svg")
    (tmp_path / "broken.png").write_bytes(b"\x89PNG\r\n\x1a\nnot really")
    for name in ("broken.svg", "broken.png"):
        with caplog.at_level(logging.WARNING):
            page = session_with_image(qtbot, isolated_dirs, clock, tmp_path, name)
        assert page.picture.placeholder
        assert f"{name}: it " in caplog.text  # could not be read, or is not a PNG


# --- layout ------------------------------------------------------------------------------


def ancestors(widget: QWidget) -> list[QWidget]:
    found = []
    parent = widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found


def clipped(widget: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit their box, or that leave the window."""
    problems = []
    for _ in range(3):
        QApplication.processEvents()  # let pending layouts settle
    for child in widget.findChildren(QWidget):
        if not child.isVisible() or not isinstance(child, QLabel | QPushButton):
            continue
        # Text in a scroll area is reachable by scrolling; it must fit the scrolled content.
        scroll = next((a for a in ancestors(child) if isinstance(a, QAbstractScrollArea)), None)
        if isinstance(scroll, QScrollArea):
            frame = scroll.widget()
        elif scroll is not None:
            frame = None  # a list's rows scroll in and out of view
        else:
            frame = widget.window()
        rect = QRect(child.mapTo(frame, child.rect().topLeft()), child.size()) if frame else None
        if frame is not None and rect is not None and not frame.rect().contains(rect):
            problems.append(f"{child.objectName() or child.text()[:20]!r} leaves the window")
        text = child.text()
        if not text:
            continue
        metrics = child.fontMetrics()
        if isinstance(child, QLabel) and child.wordWrap():
            needed = child.heightForWidth(child.width())
            if needed > child.height() + 1:
                problems.append(f"{text[:20]!r} needs {needed}px, has {child.height()}")
        elif metrics.horizontalAdvance(text) > child.width():
            problems.append(f"{text[:20]!r} is wider than its {child.width()}px")
    return problems


@pytest.mark.parametrize("size", [(1280, 800), (800, 600), (1920, 1080)])
def test_nothing_is_clipped_and_the_countdown_is_largest(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    window.resize(*size)
    assert clipped(window.safety_page) == []
    accept_safety(qtbot, window)
    assert clipped(window.picker_page) == []
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    page = window.session_page
    assert page is not None
    for _ in range(3):
        QApplication.processEvents()
    qtbot.keyClick(page, Qt.Key.Key_Space)
    for _ in range(9):
        assert clipped(page) == [], page.step_title.text()
        largest = max(
            (c.font().pixelSize() for c in page.findChildren(QLabel) if c is not page.countdown),
        )
        assert page.countdown.font().pixelSize() > largest * 2
        qtbot.keyClick(page, Qt.Key.Key_Right)
    assert clipped(window.finish_page) == []
    qtbot.keyClick(window.finish_page, Qt.Key.Key_Return)  # back to the list, start again
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    again = window.session_page
    assert again is not None
    page = again
    qtbot.keyClick(page, Qt.Key.Key_Space)  # paused: the header has one more button
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.timings_button.isVisible()
    assert clipped(page) == []


def test_the_countdown_grows_with_the_window(qtbot: QtBot, window: MainWindow) -> None:
    page, _ = start_default(qtbot, window)
    window.resize(800, 600)
    QApplication.processEvents()
    small = page.countdown.font().pixelSize()
    window.resize(1920, 1080)
    QApplication.processEvents()
    assert page.countdown.font().pixelSize() > small * 1.5


# --- the controller's timers -------------------------------------------------------------


def test_one_single_shot_timer_is_armed_for_the_next_event(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    _, controller = start_default(qtbot, window)
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


# --- the night look and remembered settings ----------------------------------------------


def test_n_switches_the_look_and_it_is_remembered(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    window = make_window(qtbot, isolated_dirs, clock)
    page, _ = start_default(qtbot, window)
    before = window.settings.theme
    assert before == "system"
    night_before = page.night_button.isChecked()
    background = QApplication.palette().window().color().lightness()
    qtbot.keyClick(page, Qt.Key.Key_N)
    assert page.night_button.isChecked() != night_before
    after = QApplication.palette().window().color().lightness()
    assert (after < 50) == page.night_button.isChecked()
    assert after != background
    saved = (isolated_dirs / "config" / "settings.json").read_text()
    assert json.loads(saved)["theme"] == window.settings.theme

    again = make_window(qtbot, isolated_dirs, clock)
    assert again.settings.theme == window.settings.theme


def test_a_corrupt_settings_file_is_kept_aside(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    config = isolated_dirs / "config"
    config.mkdir(exist_ok=True)
    (config / "settings.json").write_text('{"theme": [unclosed\n')
    window = make_window(qtbot, isolated_dirs, clock)
    assert window.settings.theme == "system"
    kept = list(config.glob("settings.json.corrupt-*"))
    assert len(kept) == 1
    assert kept[0].read_text() == '{"theme": [unclosed\n'
    assert "could not be read" in window.notice.message()
    assert not (config / "settings.json").exists()


def test_files_left_by_interrupted_saves_are_tidied_after_the_first_paint(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    import os
    import time

    config, timings = isolated_dirs / "config", isolated_dirs / "timings"
    config.mkdir(exist_ok=True)
    timings.mkdir()
    an_hour_ago = time.time() - 3600
    stale = [timings / "gentle-lower-back.yaml.Ab12Cd", config / "settings.json.q1W2e3"]
    for path in stale:
        path.write_text("half a file")
        os.utime(path, (an_hour_ago, an_hour_ago))
    kept = [
        timings / "gentle-lower-back.yaml",  # her timings
        timings / "short-lower-back.yaml.Zz98Yy",  # a save still running (too new to touch)
        config / "settings.json.corrupt-20260101-000000",  # kept aside for her to see
    ]
    for path in kept:
        path.write_text("keep me")
    os.utime(kept[2], (an_hour_ago, an_hour_ago))
    make_window(qtbot, isolated_dirs, clock)
    qtbot.waitUntil(lambda: not any(path.exists() for path in stale))
    assert all(path.read_text() == "keep me" for path in kept)


# --- keeping the screen awake ------------------------------------------------------------


def test_the_screen_is_kept_awake_only_while_a_session_runs(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    inhibitor = FakeInhibitor()
    window = make_window(qtbot, isolated_dirs, clock, inhibitor=inhibitor)
    page, controller = start_default(qtbot, window)
    assert inhibitor.calls == []
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert inhibitor.calls == ["inhibit"]
    qtbot.keyClick(page, Qt.Key.Key_Space)  # paused: still awake for a few minutes
    assert inhibitor.active
    assert window.keep_awake.grace.isActive()
    window.keep_awake.grace.timeout.emit()
    assert inhibitor.calls == ["inhibit", "release"]
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert inhibitor.calls[-1] == "inhibit"
    controller.stop()
    assert inhibitor.calls[-1] == "release"
    assert not inhibitor.active


def test_a_long_session_does_not_leak_references_to_none(qtbot: QtBot, window: MainWindow) -> None:
    """PySide6 6.12.0 drops a reference to None on every call of a void method (on Python
    3.11, where None is not immortal): refreshing once a second, a session crashed within
    minutes. The pinned version must not do that. (On 3.12 and newer None is immortal and
    its count does not move; there 6.12 is used.)"""
    import gc

    page, controller = start_default(qtbot, window)
    controller.start()
    gc.collect()  # garbage from earlier tests, freed now, would also give back references
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(50):  # about 1500 void calls
            page.refresh(controller.snapshot())
        assert sys.getrefcount(None) > before - 100
    finally:
        gc.enable()


def test_open_file_starts_a_valid_routine_and_explains_a_broken_one(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    good = tmp_path / "good.yaml"
    good.write_text(routine_yaml("title: Hold\nduration: 5\ninstruction: x", title="Opened"))
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\n")
    chosen = [str(bad), str(good)]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (chosen.pop(0), ""))
    shown: list[str] = []
    monkeypatch.setattr(Problems, "show", lambda parent, text, problems: shown.append(text))
    accept_safety(qtbot, window)
    qtbot.mouseClick(window.picker_page.open_button, Qt.MouseButton.LeftButton)
    assert shown == ["bad.yaml has problems, so it cannot be used."]
    assert window.pages.currentWidget() is window.picker_page
    with qtbot.waitSignal(window.session_shown):
        qtbot.mouseClick(window.picker_page.open_button, Qt.MouseButton.LeftButton)
    assert window.controller is not None
    assert window.controller.routine.title == "Opened"


def test_about_and_sources_from_the_safety_screen_and_the_list(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from massage_timer import __version__
    from massage_timer.ui.dialogs import AboutDialog

    opened: list[str] = []
    monkeypatch.setattr(AboutDialog, "open_for", lambda parent: opened.append("about"))
    qtbot.mouseClick(window.safety_page.about_button, Qt.MouseButton.LeftButton)
    accept_safety(qtbot, window)
    qtbot.mouseClick(window.picker_page.about_button, Qt.MouseButton.LeftButton)
    assert opened == ["about", "about"]
    dialog = AboutDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.text_view.toPlainText()
    assert f"Massage Timer {__version__}" in text  # the version, under the name people see
    for source in ("Torkzahrani", "CD002962", "CD009290", "CD009232", "NG207", "Hear Her", "NHS"):
        assert source in text


def test_a_bundled_pictures_description_is_its_accessible_description(
    qtbot: QtBot, window: MainWindow
) -> None:
    from massage_timer.ui.session_widgets import picture_description

    page, _ = start_default(qtbot, window)
    assert page.picture.path is not None
    assert page.picture.path.name == "position-side-lying.svg"
    description = picture_description(page.picture.path)
    assert description.startswith("Seen from above: she lies on her side")
    assert page.picture.accessibleDescription() == description


def test_the_text_views_take_the_focus_and_scroll_with_the_keyboard(
    qtbot: QtBot, window: MainWindow
) -> None:
    """Safety, About and H: each text can be reached with Tab, read, and scrolled to its end
    with the keyboard alone (About's last sources were out of reach before)."""
    from massage_timer.core.safety import safety_text
    from massage_timer.ui.dialogs import AboutDialog

    page = window.safety_page
    view = page.text_view
    view.setFocus()
    assert view.hasFocus()
    bar = view.verticalScrollBar()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum() > 0
    assert page.seen_to_end
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0
    qtbot.keyClick(view, Qt.Key.Key_Tab)  # Tab leaves the text for the tick
    assert page.acknowledge.hasFocus()
    for dialog in (
        AboutDialog(window),
        SafetyListDialog(safety_text(), window.colours.warning, "", window),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        text = dialog.text_view
        assert dialog.focusWidget() is text  # read first; Tab reaches Close
        assert text.focusPolicy() == Qt.FocusPolicy.StrongFocus
        scroll = text.verticalScrollBar()
        assert scroll.maximum() > 0
        for _ in range(40):
            qtbot.keyClick(text, Qt.Key.Key_PageDown)
        assert scroll.value() == scroll.maximum()
        text.setText(text.toPlainText())  # read-only: a key changes nothing
        before = text.toPlainText()
        qtbot.keyClick(text, Qt.Key.Key_X)
        assert text.toPlainText() == before
        dialog.close()


def test_larger_text_is_remembered_and_nothing_is_clipped_at_the_largest(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    """Ctrl+Plus makes the text larger, up to 150 %, on every screen; remembered for the
    next evening; at 800x600 and the largest size nothing is cut off."""
    window = make_window(qtbot, isolated_dirs, clock)
    window.resize(800, 600)
    page = window.safety_page
    before = page.acknowledge_label.font().pointSizeF()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.findChild(QShortcut) is not None)  # made after first paint
    qtbot.waitActive(window)
    for _ in range(7):  # more presses than steps: it stops at 150 %
        qtbot.keyClick(page.acknowledge, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.text_size == 150
    assert page.acknowledge_label.font().pointSizeF() == pytest.approx(before * 1.5, abs=0.6)
    assert "Text size: 150 %" in window.notice.text()
    assert clipped(page) == []
    accept_safety(qtbot, window)
    assert clipped(window.picker_page) == []
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    session = window.session_page
    assert session is not None
    qtbot.keyClick(session, Qt.Key.Key_Space)
    for _ in range(9):
        assert clipped(session) == [], session.step_title.text()
        qtbot.keyClick(session, Qt.Key.Key_Right)
    assert clipped(window.finish_page) == []
    again = make_window(qtbot, isolated_dirs, clock)
    assert again.settings.text_size == 150
    assert again.safety_page.acknowledge_label.font().pointSizeF() == pytest.approx(
        before * 1.5, abs=0.6
    )
    window.usual_text()  # Ctrl+0
    assert window.settings.text_size == 100
    assert page.acknowledge_label.font().pointSizeF() == pytest.approx(before, abs=0.1)
