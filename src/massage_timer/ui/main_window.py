"""The main window: safety screen first, then the routine list, the session and its finish.

It does one job, navigation between those pages, plus the questions that go with it
(stop? finish early? quit?). Her timings (`HerTimings`), what is remembered
(`Preferences`), keeping the screen awake and the chimes and voice are their own objects;
they talk back through signals. Sessions are read through their snapshots only.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from massage_timer.core.safety import safety_text
from massage_timer.core.settings import Settings, SettingsStore
from massage_timer.ui import placement, theme
from massage_timer.ui.first_paint import call_when_painted
from massage_timer.ui.preferences import Preferences
from massage_timer.ui.safety_page import SafetyPage

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent

    from massage_timer.core.engine import SessionFinished, Summary
    from massage_timer.core.library import Entry
    from massage_timer.core.routine import Routine
    from massage_timer.ui.controller import SessionController
    from massage_timer.ui.finish_page import FinishPage
    from massage_timer.ui.hearing import AnnouncerLike, Hearing
    from massage_timer.ui.her_timings import HerTimings
    from massage_timer.ui.keep_awake import Inhibitor, KeepAwake
    from massage_timer.ui.notice import NoticeBar
    from massage_timer.ui.picker_page import PickerPage
    from massage_timer.ui.session_host import SessionHost
    from massage_timer.ui.session_page import SessionPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signals:
    session_shown(): a session page is on screen (after the safety screen).
    picker_shown(): the routine list is on screen.
    """

    session_shown = Signal()
    picker_shown = Signal()

    def __init__(
        self,
        *,
        settings: SettingsStore | None = None,
        user_routines: Path | None = None,
        start_path: Path | None = None,
        clock: Callable[[], float] = time.monotonic,
        inhibitor: Inhibitor | None = None,
        timings_folder: Path | None = None,
        announcer: Callable[[MainWindow], AnnouncerLike] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("massage-timer")
        self._clock = clock
        self.preferences = Preferences(settings, self)
        self.preferences.look_changed.connect(self.apply_theme)
        self.preferences.notice.connect(self.tell)
        self._settings_folder = settings.path.parent if settings is not None else None
        self._timings_folder = timings_folder
        self.user_routines = user_routines
        self._make_announcer = announcer
        self._hearing: Hearing | None = None
        self._her_timings: HerTimings | None = None
        self._notice: NoticeBar | None = None
        self._finished_with: tuple[Routine, list[float], Summary] | None = None
        self.start_path = start_path
        self._inhibitor = inhibitor
        self._host: SessionHost | None = None
        self._quitting = False

        self.pages = QStackedWidget()
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.safety_page = SafetyPage(safety_text(), warning=self.colours.warning)
        self.safety_page.accepted.connect(self._safety_accepted)
        self.safety_page.quit_requested.connect(self.close)
        self.safety_page.about_requested.connect(self.show_about)
        self.pages.addWidget(self.safety_page)
        self._picker_page: PickerPage | None = None
        self._finish_page: FinishPage | None = None
        call_when_painted(self, self._after_first_paint)
        placement.place_main_window(self, self.settings.window, self.settings.full_screen)

        QGuiApplication.styleHints().colorSchemeChanged.connect(
            self.preferences.system_scheme_changed
        )
        self.apply_theme()
        if self.preferences.store_notice:
            self.tell(self.preferences.store_notice)

    @property
    def settings(self) -> Settings:
        return self.preferences.settings

    @settings.setter
    def settings(self, value: Settings) -> None:
        self.preferences.settings = value

    def _after_first_paint(self, _window: QWidget) -> None:
        """While the safety text is being read: load what the next screens need, tidy up
        after any save of ours that a crash cut short, and warm up the chimes and voice
        (starting the speech engine takes seconds)."""
        log.info("safety screen shown")
        _warm_up()
        from massage_timer.ui.files import remove_save_leftovers

        for folder in (self._timings_folder, self._settings_folder):
            if folder is not None:
                remove_save_leftovers(folder)
        self.hearing.warm_up_soon()

    # --- made on first use (not needed before the first paint) -----------------------------

    @property
    def hearing(self) -> Hearing:
        if self._hearing is None:
            from massage_timer.ui.hearing import Hearing

            make = self._make_announcer
            self._hearing = Hearing(partial(make, self) if make else None, self)
        return self._hearing

    @property
    def her_timings(self) -> HerTimings:
        if self._her_timings is None:
            from massage_timer.ui.her_timings import HerTimings

            timings = HerTimings(self._timings_folder, self.user_routines, self)
            timings.notice.connect(self.tell)
            timings.saved.connect(self._timings_saved)
            timings.new_routine_saved.connect(self._refresh_picker)
            self._her_timings = timings
        return self._her_timings

    @property
    def notice(self) -> NoticeBar:
        """Messages for the room, at the foot of the window."""
        if self._notice is None:
            from massage_timer.ui.notice import NoticeBar

            self._notice = NoticeBar()
            self._column.addWidget(self._notice)
        return self._notice

    @property
    def announcer(self) -> AnnouncerLike | None:
        """Chimes and voice (None: the app stays silent). Made after the first paint."""
        return self.hearing.announcer

    @property
    def host(self) -> SessionHost:
        """The session on screen (its controller, page, keep-awake, chimes and voice)."""
        if self._host is None:
            from massage_timer.ui.session_host import SessionHost

            host = SessionHost(
                self,
                lambda: self.hearing,
                clock=self._clock,
                inhibitor=self._inhibitor,
                warning_colour=lambda: self.colours.warning,
            )
            host.finished.connect(self._finished)
            host.leave_requested.connect(self.show_picker)
            self._host = host
        return self._host

    @property
    def keep_awake(self) -> KeepAwake:
        return self.host.keep_awake

    @property
    def controller(self) -> SessionController | None:
        return self._host.controller if self._host is not None else None

    @property
    def session_page(self) -> SessionPage | None:
        return self._host.page if self._host is not None else None

    @property
    def picker_page(self) -> PickerPage:
        if self._picker_page is None:
            from massage_timer.ui.picker_page import PickerPage

            page = PickerPage()
            page.chosen.connect(self._chosen)
            page.open_file_requested.connect(self._open_file)
            page.about_requested.connect(self.show_about)
            page.sound_requested.connect(self.edit_sound)
            page.adjust_requested.connect(self._adjust_chosen)
            self.pages.addWidget(page)
            self._picker_page = page
        return self._picker_page

    @property
    def finish_page(self) -> FinishPage:
        if self._finish_page is None:
            from massage_timer.ui.finish_page import FinishPage

            page = FinishPage()
            page.back_requested.connect(self.show_picker)
            page.keep_extra_requested.connect(self._keep_extra_time)
            self.pages.addWidget(page)
            self._finish_page = page
        return self._finish_page

    # --- navigation -----------------------------------------------------------------------

    def _safety_accepted(self) -> None:
        log.info("safety screen accepted")
        if self.start_path is not None:
            path, self.start_path = self.start_path, None
            if self._run_file(path):
                return
        self.show_picker()

    def show_picker(self) -> None:
        self._drop_session()
        self._refresh_picker()
        self.pages.setCurrentWidget(self.picker_page)
        self.picker_page.focus_list()
        self.picker_shown.emit()

    def _refresh_picker(self) -> None:
        from massage_timer.core.library import discover

        folders = []
        if self.user_routines is not None:
            try:
                self.user_routines.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                log.warning("cannot make the routines folder %s: %s", self.user_routines, exc)
            folders.append(self.user_routines)
        entries = discover(folders)
        totals = {}
        notices: list[str] = []
        for entry in entries:
            if entry.report.routine is not None:
                her = self.her_timings.load(entry.report.routine)
                totals[entry.path] = sum(her.durations)
                notices += her.notices
        self.picker_page.set_entries(entries, self.user_routines, totals)
        if notices:
            self.tell("  ".join(notices))

    def _chosen(self, entry: Entry) -> None:
        self.start_session(entry.report.routine, entry.path)

    def _adjust_chosen(self, entry: Entry) -> None:
        if entry.report.routine is not None:
            self.her_timings.adjust(entry.report.routine)

    def _open_file(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        start = str(self.user_routines or Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, "Open a routine", start, "Routines (*.yaml *.yml);;All files (*)"
        )
        if name:
            self._run_file(Path(name))

    def _run_file(self, path: Path) -> bool:
        """Start the routine in ``path``, or explain what is wrong with it; True if started."""
        from massage_timer.core.loader import check_file

        report = check_file(path)
        if report.routine is None:
            _dialogs().Problems.show(
                self, f"{path.name} has problems, so it cannot be used.", report.errors
            )
            return False
        self.start_session(report.routine, path)
        return True

    def start_session(self, routine: Routine | None, path: Path | None) -> None:
        """Show a fresh, ready session of ``routine``; nothing starts until Start."""
        if routine is None:
            return
        self._drop_session()
        page = self.host.start(routine, path, self.her_timings.durations(routine))
        page.fullscreen_requested.connect(self.toggle_full_screen)
        page.theme_toggle_requested.connect(self.preferences.toggle_look)
        page.timings_requested.connect(self._adjust_in_session)
        page.set_night(self.preferences.night)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        self.host.focus()
        self.session_shown.emit()

    def _drop_session(self) -> None:
        if self._host is not None:
            if self._host.page is not None:
                self.pages.removeWidget(self._host.page)
            self._host.drop()

    def _finished(self, event: SessionFinished) -> None:
        if self.controller is not None:
            planned = [record.planned for record in event.summary.steps]  # without additions
            self._finished_with = (self.controller.routine, planned, event.summary)
        self.finish_page.show_summary(event.summary)
        self.pages.setCurrentWidget(self.finish_page)
        self.finish_page.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- her timings ------------------------------------------------------------------------

    def _adjust_in_session(self) -> None:
        if self.controller is not None:
            under_way = self.controller.snapshot().started
            self.her_timings.adjust(self.controller.routine, session_under_way=under_way)

    def _timings_saved(self, routine: Routine) -> None:
        """Her new times apply at once wherever nothing has run yet."""
        from massage_timer.core.engine import State

        controller, page = self.controller, self.session_page
        if (
            controller is not None
            and page is not None
            and controller.routine.id == routine.id
            and controller.snapshot().state is State.READY
        ):
            self.start_session(routine, page.routine_path)
        if self.pages.currentWidget() is self._picker_page:
            self._refresh_picker()

    def _keep_extra_time(self) -> None:
        if self._finished_with is not None:
            routine, planned, summary = self._finished_with
            if self.her_timings.keep_extra_time(routine, planned, summary):
                self.finish_page.keep_extra_button.setEnabled(False)

    def edit_sound(self) -> None:
        self.preferences.edit_sound(self, self.hearing.voices(), self.hearing.problems())

    def show_about(self) -> None:
        _dialogs().AboutDialog.open_for(self)

    def tell(self, message: str) -> None:
        """A message for the room, large, at the foot of the window; nothing waits for it."""
        self.notice.show_message(message)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # --- the look -----------------------------------------------------------------------------

    @property
    def colours(self) -> theme.Colours:
        return self.preferences.colours

    def toggle_theme(self) -> None:
        self.preferences.toggle_look()

    def apply_theme(self) -> None:
        """Colour everything for the look in use; every size stays as it was."""
        colours = self.colours
        theme.apply(colours)
        self.safety_page.set_warning_colour(colours.warning)
        if self.session_page is not None:
            self.session_page.set_night(theme.is_night(colours))

    # --- window -------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from PySide6.QtGui import QKeySequence  # not needed before the first paint

        if event.matches(QKeySequence.StandardKey.Quit) or (
            event.key() == Qt.Key.Key_Q and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.close()
        elif event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        elif event.key() == Qt.Key.Key_N and not event.modifiers():
            self.toggle_theme()
        else:
            super().keyPressEvent(event)

    def quit_now(self) -> None:
        """Ctrl+C in a terminal: end the session and close, asking nothing, saving what is kept."""
        self._quitting = True
        for _ in range(8):  # a question that is open is answered "no" first
            question = QApplication.activeModalWidget()
            if question is None or question is self:
                break
            question.close()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        snapshot = self._host.snapshot() if self._host is not None else None
        if snapshot is not None and snapshot.started:
            if not self._quitting and not _dialogs().Confirm.ask(
                self,
                "Quit massage-timer?",
                "A session is still going. Stop it and quit?",
                "Stop and quit",
                "Keep going",
            ):
                event.ignore()
                return
            self.host.stop_now()
        self.preferences.remember_window(self.normalGeometry(), self.isFullScreen())
        self._drop_session()
        super().closeEvent(event)


def _warm_up() -> None:
    """Import what the next screens need while the safety text is being read."""
    import massage_timer.core.library
    import massage_timer.ui.picker_page
    import massage_timer.ui.session_page  # noqa: F401


def _dialogs() -> ModuleType:
    """The dialogs module, loaded when a dialog is first needed (not before the first paint)."""
    from massage_timer.ui import dialogs

    return dialogs
