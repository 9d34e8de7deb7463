"""A whole evening with the app: several sessions in one window, the keyboard only, the look
switched at any moment, small screens, long texts, messages, faults. Each test here failed
before the fix it guards."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QPushButton, QScrollArea, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from massage_timer.core.engine import State
from massage_timer.core.library import default_routine_path
from massage_timer.core.routine import Routine
from massage_timer.core.timings import TimingsStore
from massage_timer.ui import dialogs, placement
from massage_timer.ui.files import atomic_write
from massage_timer.ui.main_window import MainWindow
from massage_timer.ui.session_page import SessionPage
from tests.conftest import FakeClock, routine_yaml
from tests.ui_helpers import RecordingAnnouncer, accept_safety, make_window

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")
WriteRoutine = Callable[..., Path]


@pytest.fixture
def window(qtbot: QtBot, isolated_dirs: Path, clock: FakeClock) -> MainWindow:
    return make_window(qtbot, isolated_dirs, clock, announcer=RecordingAnnouncer())


def enter_on_list(qtbot: QtBot, window: MainWindow) -> SessionPage:
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    assert window.session_page is not None
    return window.session_page


def sizes(root: QWidget) -> dict[str, int]:
    """The pixel or point size of every visible widget's font, by its place in the tree."""
    found = {}
    for number, widget in enumerate([root, *root.findChildren(QWidget)]):
        if widget.isVisibleTo(root):
            font = widget.font()
            found[f"{number}:{type(widget).__name__}"] = font.pixelSize() * 1000 + round(
                font.pointSizeF()
            )
    return found


# --- several sessions in one run ------------------------------------------------------------


def test_every_session_in_one_run_is_heard(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    announcer = window.announcer
    assert isinstance(announcer, RecordingAnnouncer)
    accept_safety(qtbot, window)
    for ending in ("finish", "stop", "finish"):
        page = enter_on_list(qtbot, window)
        before = len(announcer.events)
        qtbot.keyClick(page, Qt.Key.Key_Space)
        assert announcer.events[before:] == ["StepStarted"]
        if ending == "stop":
            qtbot.keyClick(page, Qt.Key.Key_Escape)
        else:
            controller = window.controller
            assert controller is not None
            while not controller.snapshot().over:  # each step runs out (wait steps go on)
                if controller.snapshot().state is State.WAITING:
                    controller.next()
                clock.advance(3600)
                controller.deadline_timer.timeout.emit()
        assert announcer.events[-1] == "SessionFinished"
        assert window.pages.currentWidget() is window.finish_page
        qtbot.keyClick(window.finish_page, Qt.Key.Key_Return)
    # each session had its own controller; none is left behind, still connected
    from massage_timer.ui.controller import SessionController

    qtbot.waitUntil(lambda: len(window.findChildren(SessionController)) <= 1)


def test_one_enter_in_the_list_starts_one_session(qtbot: QtBot, window: MainWindow) -> None:
    accept_safety(qtbot, window)
    chosen: list[object] = []
    window.picker_page.chosen.connect(chosen.append)
    shown: list[bool] = []
    window.session_shown.connect(lambda: shown.append(True))
    enter_on_list(qtbot, window)
    assert len(chosen) == 1
    assert len(shown) == 1
    pages = [w for w in window.pages.findChildren(SessionPage) if w.parent() is not None]
    assert len(pages) == 1


# --- Enter on a focused button ------------------------------------------------------------


def test_enter_on_the_focused_quit_button_quits(qtbot: QtBot, window: MainWindow) -> None:
    page = window.safety_page
    page.acknowledge.setFocus()
    qtbot.keyClick(page.acknowledge, Qt.Key.Key_Space)
    accepted: list[bool] = []
    page.accepted.connect(lambda: accepted.append(True))
    page.quit_button.setFocus()
    qtbot.keyClick(page.quit_button, Qt.Key.Key_Return)
    assert accepted == []
    assert not window.isVisible()


def test_enter_on_a_focused_button_in_the_list_does_that_button(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(dialogs.AboutDialog, "open_for", lambda parent: opened.append("about"))
    accept_safety(qtbot, window)
    window.picker_page.about_button.setFocus()
    qtbot.keyClick(window.picker_page.about_button, Qt.Key.Key_Return)
    assert opened == ["about"]
    assert window.session_page is None
    # with the list focused, Enter starts the routine (once)
    enter_on_list(qtbot, window)
    assert window.pages.currentWidget() is window.session_page


def test_enter_on_keep_the_extra_time_keeps_it(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, isolated_dirs: Path
) -> None:
    accept_safety(qtbot, window)
    page = enter_on_list(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_Plus)
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    finish = window.finish_page
    assert finish.keep_extra_button.isVisible()
    finish.keep_extra_button.setFocus()
    qtbot.keyClick(finish.keep_extra_button, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is finish  # still here: the button did its job
    assert not finish.keep_extra_button.isEnabled()
    store = TimingsStore(isolated_dirs / "timings", atomic_write)
    assert window.controller is not None
    assert store.load(window.controller.routine).durations[0] == 60 + 30


# --- the look -----------------------------------------------------------------------------


@pytest.mark.parametrize("state", ["ready", "running", "paused", "waiting"])
def test_switching_the_look_leaves_every_size_as_it_was(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, write_routine: WriteRoutine, state: str
) -> None:
    path = write_routine(
        routine_yaml(
            "title: Hold\nduration: 5\ninstruction: Wait.\nwait: true",
            "title: Next one\nduration: 60\ninstruction: Go on.",
        )
    )
    window.resize(1280, 800)
    accept_safety(qtbot, window)
    window.start_session(window_routine(path), path)
    page = window.session_page
    assert page is not None
    assert window.controller is not None
    if state != "ready":
        qtbot.keyClick(page, Qt.Key.Key_Space)
    if state == "paused":
        qtbot.keyClick(page, Qt.Key.Key_Space)
    if state == "waiting":
        clock.advance(6)
        window.controller.deadline_timer.timeout.emit()
    assert window.controller.snapshot().state.value == state
    countdown = page.countdown.font().pixelSize()
    assert countdown > 100
    before = sizes(window)
    for _ in range(2):  # night to day and back
        qtbot.keyClick(page, Qt.Key.Key_N)
        assert sizes(window) == before
    assert page.countdown.font().pixelSize() == countdown


def test_switching_the_look_in_the_list_and_with_a_dialog_open(
    qtbot: QtBot, window: MainWindow
) -> None:
    accept_safety(qtbot, window)
    before = sizes(window)
    window.toggle_theme()
    assert sizes(window) == before
    from massage_timer.core.loader import load_routine
    from massage_timer.ui.timings_editor import TimingsDialog

    editor = TimingsDialog(load_routine(default_routine_path()), [60] * 9)
    qtbot.addWidget(editor)
    editor.show()
    dialog_before = sizes(editor)
    window.preferences.system_scheme_changed()  # the desktop switched: nothing changes size
    window.toggle_theme()
    assert sizes(editor) == dialog_before
    assert sizes(window) == before


def window_routine(path: Path) -> Routine:
    from massage_timer.core.loader import load_routine

    return load_routine(path)


# --- the window on the screen -------------------------------------------------------------


def test_the_window_opens_inside_the_screen_and_comes_back_where_it_was(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offscreen screen is 800x600, the size the layouts are made for; a smaller minimum
    # lets this test tell a restored place from the first one.
    monkeypatch.setattr(placement, "SMALLEST", placement.SMALLEST / 2)
    window = make_window(qtbot, isolated_dirs, clock)
    screen = window.screen().availableGeometry()
    assert screen.contains(window.geometry())  # 800x600 here: the tick and Continue show
    assert window.safety_page.continue_button.isVisible()
    bottom = window.safety_page.continue_button.mapTo(
        window, window.safety_page.continue_button.rect().bottomRight()
    )
    assert window.rect().contains(bottom)
    window.setGeometry(QRect(40, 60, 700, 500))
    window.close()
    again = make_window(qtbot, isolated_dirs, clock)
    assert again.geometry() == QRect(40, 60, 700, 500)
    again.showFullScreen()
    again.close()
    third = make_window(qtbot, isolated_dirs, clock)
    assert third.isFullScreen()


def test_a_place_that_no_longer_fits_any_screen_is_not_restored() -> None:
    laptop = QRect(0, 0, 1280, 800)
    big = QRect(1280, 0, 1920, 1080)
    remembered = QRect(1400, 100, 1600, 900)
    # the big screen is still there: back where it was
    assert placement.first_geometry(laptop, remembered, [laptop, big]) == remembered
    # it was unplugged: the preferred size, fitted and centred on the laptop
    fitted = placement.first_geometry(laptop, remembered, [laptop])
    assert laptop.contains(fitted.adjusted(0, -placement.FRAME.height(), 0, 0))
    assert fitted.size().width() == 1280
    small = QRect(0, 0, 800, 600)
    first = placement.first_geometry(small, None, [small])
    assert small.contains(first.adjusted(0, -placement.FRAME.height(), 0, 0))
    assert placement.smallest_size(small).height() <= 600 - placement.FRAME.height()


def keys_tab(dialog: QDialog) -> QDialog:
    """The settings dialog showing its Keys and pedal tab."""
    tabs = dialog.findChild(QTabWidget)
    assert tabs is not None
    tabs.setCurrentIndex(1)
    return dialog


@pytest.mark.parametrize("text_size", [100, 150])
def test_every_dialog_fits_a_small_screen(qtbot: QtBot, window: MainWindow, text_size: int) -> None:
    """At the usual and at the largest text size: inside the screen, and nothing cut off."""
    from tests.test_window import ancestors, clipped

    window.settings = window.settings._replace(text_size=text_size)
    window.apply_theme()
    from massage_timer.core.loader import load_routine
    from massage_timer.core.safety import safety_text
    from massage_timer.core.settings import Settings
    from massage_timer.ui.sound_settings import SettingsDialog
    from massage_timer.ui.timings_editor import TimingsDialog

    screen = QGuiApplication.primaryScreen().availableGeometry()
    made = [
        TimingsDialog(load_routine(default_routine_path()), [60] * 9, window),
        dialogs.SafetyListDialog(safety_text(), "#ff0000", "01632 960 123", window),
        dialogs.AboutDialog(window),
        dialogs.PhoneDialog("01632 960 123", window),
        SettingsDialog(Settings(), [], [], window),
        keys_tab(SettingsDialog(Settings(keys=(("next", "F13"),)), [], [], window)),
        dialogs.LanguageDialog("system", window),
    ]
    for dialog in made:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.width() <= screen.width(), type(dialog).__name__
        assert dialog.height() <= screen.height() - placement.FRAME.height(), type(dialog).__name__
        assert clipped(dialog) == [], type(dialog).__name__
        buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
        assert buttons
        for button in buttons:  # every button is inside the dialog, or in what scrolls
            if any(isinstance(a, QScrollArea) for a in ancestors(button)):
                continue
            corner = button.mapTo(dialog, button.rect().bottomRight())
            assert dialog.rect().contains(corner), button.text()


# --- timings ------------------------------------------------------------------------------


def test_scaling_twice_does_not_compound_and_the_box_shows_the_scale(qtbot: QtBot) -> None:
    from massage_timer.core.loader import load_routine
    from massage_timer.ui.timings_editor import TimingsDialog

    routine = load_routine(default_routine_path())
    own = [step.duration for step in routine.steps]
    editor = TimingsDialog(routine, [round(d * 1.5) for d in own])
    qtbot.addWidget(editor)
    assert editor.scale.value() == 150  # the scale in force when it opens
    for _ in range(2):
        editor.scale.setValue(150)
        editor.apply_scale()
    assert editor.durations() == [round(d * 1.5) for d in own]
    assert editor.scale.value() == 150
    editor.spins[0].setValue(own[0] + 7)  # one step set by hand
    assert editor.scale_note.text() == "Steps set one by one"
    editor.reset_all()
    assert editor.scale.value() == 100
    assert editor.scale_note.text() == ""


# --- long text the format allows -------------------------------------------------------------


@pytest.mark.parametrize("size", [(800, 560), (1280, 800)])
def test_the_longest_texts_the_format_allows_stay_readable(
    qtbot: QtBot, window: MainWindow, write_routine: WriteRoutine, size: tuple[int, int]
) -> None:
    title = "Slow circles " + "x" * 40 + " over the flat of the sacrum"
    title = (title + "y" * 80)[:80]
    words = "Rest both palms flat and breathe together slowly. "
    instruction = (words * 30)[:1000].strip()
    path = write_routine(
        routine_yaml(f'title: "{title}"\nduration: 60\ninstruction: "{instruction}"')
    )
    window.resize(*size)
    accept_safety(qtbot, window)
    window.start_session(window_routine(path), path)
    page = window.session_page
    assert page is not None
    qtbot.waitUntil(lambda: page.instruction.viewport().width() > 50)
    # the title wraps rather than being cut, and is never smaller than 20 px
    assert page.step_title.wordWrap()
    assert page.step_title.font().pixelSize() >= 20
    needed = page.step_title.heightForWidth(page.step_title.width())
    assert needed <= page.step_title.height() + 2, "title cut"
    # the instruction is at least 18 px; where it does not fit even so, it scrolls (Down)
    # to its last word
    instruction_box = page.instruction
    assert instruction_box.pixel_size() >= 18
    bar = instruction_box.verticalScrollBar()
    label = instruction_box.label
    if size[1] < 600:
        assert bar.maximum() > 0
    for _ in range(200):
        qtbot.keyClick(page, Qt.Key.Key_Down)
    assert bar.value() == bar.maximum()
    shown_to = bar.value() + instruction_box.viewport().height()
    assert label.heightForWidth(label.width()) <= shown_to + 4
    # a short text is larger, and needs no scrolling
    short = write_routine(routine_yaml("title: Hold\nduration: 60\ninstruction: Rest."), "s.yaml")
    window.start_session(window_routine(short), short)
    second = window.session_page
    assert second is not None
    qtbot.waitUntil(lambda: second.instruction.viewport().width() > 50)
    assert second.instruction.pixel_size() > 18
    assert second.instruction.verticalScrollBar().maximum() == 0


# --- skipping past the end ----------------------------------------------------------------


def test_next_on_the_last_step_asks_before_finishing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = [False]

    def ask(parent: object, title: str, *rest: object) -> bool:
        asked.append(title)
        return answer[0]

    monkeypatch.setattr(dialogs.Confirm, "ask", ask)
    accept_safety(qtbot, window)
    page = enter_on_list(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    for _ in range(50):
        qtbot.keyClick(page, Qt.Key.Key_Right)
    assert window.controller is not None
    snapshot = window.controller.snapshot()
    assert snapshot.is_last_step
    assert snapshot.state is State.RUNNING
    assert asked
    assert set(asked) == {"Finish the session?"}
    answer[0] = True
    qtbot.keyClick(page, Qt.Key.Key_Right)
    assert window.controller.snapshot().over
    assert window.pages.currentWidget() is window.finish_page


# --- messages -----------------------------------------------------------------------------


def test_messages_are_large_in_the_looks_colours_and_stay_to_be_read(
    qtbot: QtBot, window: MainWindow
) -> None:
    from massage_timer.ui.notice import MIN_MS, reading_ms

    window.tell("Your timings for Gentle lower-back comfort are saved.")
    notice = window.notice
    assert notice.isVisible()
    assert notice.font().pixelSize() >= 20
    assert notice.hide_timer.interval() == reading_ms(notice.text()) >= MIN_MS
    assert notice.palette().color(notice.foregroundRole()).name() == window.colours.text
    night = window.colours
    window.toggle_theme()
    assert window.colours is not night
    assert notice.palette().color(notice.foregroundRole()).name() == window.colours.text
    notice.hide_timer.timeout.emit()
    assert not notice.isVisible()


def test_confirmation_boxes_are_large_and_wide_enough_for_their_title(
    qtbot: QtBot, window: MainWindow
) -> None:
    title = "A session is still going: quit massage-timer?"
    box = dialogs._message_box(window, title, "Stop it and quit?")
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    label = next(w for w in box.findChildren(QWidget) if w.objectName() == "qt_msgbox_label")
    assert label.font().pixelSize() >= 18
    assert box.width() >= box.fontMetrics().horizontalAdvance(title) + 100


# --- the routines folder ------------------------------------------------------------------


def test_the_routines_folder_is_made_and_a_taken_id_is_refused(
    qtbot: QtBot, window: MainWindow, isolated_dirs: Path
) -> None:
    folder = isolated_dirs / "routines"
    assert not folder.exists()
    accept_safety(qtbot, window)
    assert folder.is_dir()  # Open file… starts here
    (folder / "copy.yaml").write_bytes(default_routine_path().read_bytes())
    window.show_picker()
    entries = window.picker_page.entries()
    usable = [e for e in entries if e.report.routine is not None]
    ids = [
        (e.report.routine.id, e.report.routine.language)
        for e in usable
        if e.report.routine is not None
    ]
    assert ids.count(("gentle-lower-back", "en-GB")) == 1  # and once in each other language
    assert ids.count(("gentle-lower-back", "es")) == 1
    copy = next(e for e in entries if e.path.name == "copy.yaml")
    assert copy.report.routine is None
    (problem,) = copy.report.errors
    assert problem.field == "id"
    assert problem.line == 3  # where "id:" is in the file
    assert "already the id of gentle-lower-back.yaml" in problem.message


# --- faults -------------------------------------------------------------------------------


class Boom(QWidget):
    def go(self) -> None:
        raise ValueError("a fault nobody caught")


@pytest.mark.qt_no_exception_capture
def test_an_uncaught_exception_is_logged_told_calmly_and_the_session_goes_on(
    qtbot: QtBot, window: MainWindow, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    from massage_timer.ui.app import install_excepthook

    hook = sys.excepthook
    install_excepthook(window)
    try:
        accept_safety(qtbot, window)
        page = enter_on_list(qtbot, window)
        qtbot.keyClick(page, Qt.Key.Key_Space)
        boom = Boom(window)
        with caplog.at_level(logging.ERROR, logger="massage_timer"):
            QTimer.singleShot(0, boom.go)
            qtbot.waitUntil(window.notice.isVisible)
        assert "Something went wrong" in window.notice.message()
        (record,) = [r for r in caplog.records if r.getMessage() == "uncaught exception"]
        assert record.exc_info is not None
        assert record.exc_info[0] is ValueError
        clock.advance(5)
        assert window.controller is not None
        qtbot.keyClick(page, Qt.Key.Key_Space)  # the session still answers
        assert window.controller.snapshot().state is State.PAUSED
    finally:
        sys.excepthook = hook


# --- what a screen reader hears (names; the full AT-SPI walk is issue 13's) -------------------


def test_routines_and_the_session_have_names_a_screen_reader_can_speak(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    accept_safety(qtbot, window)
    listing = window.picker_page.list
    assert listing.accessibleName() == "Routines"
    first = listing.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert first.startswith("Gentle lower-back comfort. ")
    assert "9 steps, 10 min 15 s" in first
    page = enter_on_list(qtbot, window)
    assert page.accessibleName() == "Step 1 of 9, Settle in safely, ready, press Space to start"
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.accessibleName() == "Step 1 of 9, Settle in safely, 1:00 left"
    clock.advance(10)
    assert window.controller is not None
    window.controller.second_timer.timeout.emit()  # a second goes by: the name stays
    assert page.accessibleName() == "Step 1 of 9, Settle in safely, 1:00 left"
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert page.accessibleName() == "Step 1 of 9, Settle in safely, 0:50 left, paused"
    qtbot.keyClick(page, Qt.Key.Key_Escape)
    assert window.finish_page.accessibleName().startswith("Session stopped. 0 of 9 steps done")


def test_l_says_where_the_session_is_and_how_long_is_left(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    """For someone who cannot see the screen: the app's voice says it, and the focused
    page's name (what a screen reader reads) holds the same sentence."""
    announcer = window.announcer
    assert isinstance(announcer, RecordingAnnouncer)
    accept_safety(qtbot, window)
    page = enter_on_list(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_L)
    ready = "Ready: step 1 of 9, Settle in safely, 1 minute. Press Space to start."
    assert announcer.events[-1] == f"say: {ready}"
    assert page.accessibleName() == ready
    qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.advance(12.4)
    assert window.controller is not None
    window.controller.second_timer.timeout.emit()
    qtbot.keyClick(page, Qt.Key.Key_L)
    assert announcer.events[-1] == "say: 48 seconds left of step 1 of 9, Settle in safely."
    qtbot.keyClick(page, Qt.Key.Key_Right)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_L)
    assert announcer.events[-1] == (
        "say: Paused. 45 seconds left of step 2 of 9, Warm, still hands. Press Space to go on."
    )
    assert page.accessibleName() == announcer.events[-1].removeprefix("say: ")


def accessible_names_missing(root: QWidget) -> list[str]:
    """Every control under ``root`` that takes the focus and has no name a screen reader
    can speak (the name Qt's accessibility interface gives AT-SPI)."""
    from PySide6.QtGui import QAccessible

    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):  # a part of a Qt control (a spin box's
            continue  # line edit): the control is what is named and exposed
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_no_screen_or_dialog_has_a_control_without_a_name(
    qtbot: QtBot, window: MainWindow, clock: FakeClock
) -> None:
    from massage_timer.core.loader import load_routine
    from massage_timer.core.safety import safety_text
    from massage_timer.core.settings import Settings
    from massage_timer.ui.sound_settings import SettingsDialog
    from massage_timer.ui.timings_editor import TimingsDialog

    assert accessible_names_missing(window.safety_page) == []
    accept_safety(qtbot, window)
    assert accessible_names_missing(window.picker_page) == []
    page = enter_on_list(qtbot, window)
    assert accessible_names_missing(page) == []
    qtbot.keyClick(page, Qt.Key.Key_Space)
    for _ in range(8):
        qtbot.keyClick(page, Qt.Key.Key_Right)
    clock.advance(61)  # the last step ("Finish gently") waits for the partner
    assert window.controller is not None
    window.controller.deadline_timer.timeout.emit()
    assert page.accessibleName() == (
        "Step 9 of 9, Finish gently, time is up, press Space to go on when ready"
    )
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert window.pages.currentWidget() is window.finish_page
    assert accessible_names_missing(window.finish_page) == []
    for dialog in (
        TimingsDialog(load_routine(default_routine_path()), [60] * 9, window),
        dialogs.SafetyListDialog(safety_text(), "#ff0000", "", window),
        dialogs.AboutDialog(window),
        dialogs.PhoneDialog("", window),
        SettingsDialog(Settings(), ["English"], [], window),
        keys_tab(SettingsDialog(Settings(), ["English"], [], window)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert accessible_names_missing(dialog) == [], type(dialog).__name__
        dialog.close()


def test_a_session_with_every_step_skipped_is_not_called_well_done(
    qtbot: QtBot, window: MainWindow
) -> None:
    accept_safety(qtbot, window)
    page = enter_on_list(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    assert window.controller is not None
    for _ in range(9):
        window.controller.next()
    assert window.finish_page.heading.text() == "Session over"
    assert window.finish_page.accessibleName().startswith("Session over. 0 of 9 steps done")


def test_closing_the_stop_and_call_list_says_where_the_session_is(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A screen reader speaks a name change of the focused page: after H closes, the page
    is named with where the session is (Orca said nothing there before)."""
    monkeypatch.setattr(dialogs.SafetyListDialog, "open_for", classmethod(lambda cls, *args: None))
    accept_safety(qtbot, window)
    page = enter_on_list(qtbot, window)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    qtbot.keyClick(page, Qt.Key.Key_H)  # pauses, shows the list, which is then closed
    assert page.accessibleName().startswith("Paused. ")
    assert "left of step 1 of 9, Settle in safely" in page.accessibleName()
