"""The main window: safety screen first, then the routine list, the session and its finish.

It owns navigation and everything modal (confirmations, the stop-and-call list, file
dialogs), the look (night or day), full screen, and keeping the screen awake.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from massage_timer.core.safety import safety_text
from massage_timer.core.settings import Settings, SettingsStore
from massage_timer.ui import theme
from massage_timer.ui.first_paint import call_when_painted
from massage_timer.ui.safety_page import SafetyPage


# Everything behind the safety screen (routines, pydantic, the session) is imported when it
# is first needed, or just after the safety screen is painted: start-up stays quick.
class AnnouncerLike(Protocol):
    """What the window needs of `massage_timer.ui.audio.Announcer` (tests pass a recorder)."""

    sound_problem: str | None
    voice_problem: str | None

    def handle(self, event: Event, steps: Sequence[Step]) -> None: ...

    def countdown(self, seconds_left: int) -> None: ...

    def stop(self) -> None: ...

    def voices(self) -> list[str]: ...


if TYPE_CHECKING:
    from collections.abc import Sequence

    from PySide6.QtGui import QCloseEvent, QKeyEvent

    from massage_timer.core.engine import Event, SessionFinished, Summary
    from massage_timer.core.routine import Routine, Step
    from massage_timer.core.timings import Loaded, TimingsStore
    from massage_timer.ui.controller import SessionController
    from massage_timer.ui.finish_page import FinishPage
    from massage_timer.ui.keep_awake import Inhibitor, KeepAwake
    from massage_timer.ui.picker_page import PickerPage
    from massage_timer.ui.session_page import SessionPage

log = logging.getLogger(__name__)


def _session_active(controller: SessionController | None) -> bool:
    """A session that has started and not ended."""
    return controller is not None and controller.session.state.value in {
        "running",
        "paused",
        "waiting",
    }


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
        self.resize(1280, 800)
        self.setMinimumSize(800, 600)
        self._clock = clock
        self._store = settings
        self.settings = settings.load() if settings is not None else Settings()
        self.user_routines = user_routines
        self._timings: TimingsStore | None = None
        self._timings_folder = timings_folder
        self._make_announcer = announcer
        self._announcer: AnnouncerLike | None = None
        self._finished_with: tuple[Routine, list[int], Summary] | None = None
        self.start_path = start_path
        self._inhibitor = inhibitor
        self._keep_awake: KeepAwake | None = None
        self.controller: SessionController | None = None
        self.session_page: SessionPage | None = None

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.safety_page = SafetyPage(safety_text(), warning=self.colours.warning)
        self.safety_page.accepted.connect(self._safety_accepted)
        self.safety_page.quit_requested.connect(self.close)
        self.safety_page.about_requested.connect(self.show_about)
        self.pages.addWidget(self.safety_page)
        self._picker_page: PickerPage | None = None
        self._finish_page: FinishPage | None = None
        call_when_painted(self, lambda _window: self._after_first_paint())

        QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply_theme())
        self.apply_theme()
        store_notice = settings.notice if settings is not None else None
        if store_notice:
            self.statusBar().showMessage(store_notice, 20_000)

    def _after_first_paint(self) -> None:
        """While the safety text is being read: load what the next screens need, and tidy up
        after any save of ours that a crash cut short."""
        _warm_up()
        from massage_timer.ui.files import remove_save_leftovers

        for folder in (self._timings_folder, self._store.path.parent if self._store else None):
            if folder is not None:
                remove_save_leftovers(folder)

    # --- made on first use ----------------------------------------------------------------

    @property
    def announcer(self) -> AnnouncerLike | None:
        """Chimes and voice, made with the first session (None: the app stays silent)."""
        if self._announcer is None and self._make_announcer is not None:
            self._announcer = self._make_announcer(self)
        return self._announcer

    @property
    def timings(self) -> TimingsStore | None:
        """Her own step times per routine, kept in ``timings_folder`` (None: not kept).

        Made on first use: its modules are not needed before the first paint."""
        if self._timings is None and self._timings_folder is not None:
            from massage_timer.core.timings import TimingsStore
            from massage_timer.ui.files import atomic_write

            self._timings = TimingsStore(self._timings_folder, atomic_write)
        return self._timings

    @property
    def keep_awake(self) -> KeepAwake:
        if self._keep_awake is None:
            from massage_timer.ui.keep_awake import KeepAwake, platform_inhibitor

            self._keep_awake = KeepAwake(self._inhibitor or platform_inhibitor(), parent=self)
        return self._keep_awake

    @property
    def picker_page(self) -> PickerPage:
        if self._picker_page is None:
            from massage_timer.ui.picker_page import PickerPage

            page = PickerPage()
            page.chosen.connect(lambda entry: self.start_session(entry.report.routine, entry.path))
            page.open_file_requested.connect(self._open_file)
            page.about_requested.connect(self.show_about)
            page.sound_requested.connect(self.edit_sound)
            page.adjust_requested.connect(
                lambda entry: self.adjust_timings(entry.report.routine, entry.path)
            )
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
        from massage_timer.core.library import discover

        folders = [self.user_routines] if self.user_routines is not None else []
        entries = discover(folders)
        totals = {}
        notices: list[str] = []
        for entry in entries:
            if entry.report.routine is not None:
                her = self._her(entry.report.routine)
                totals[entry.path] = sum(her.durations)
                notices += her.notices
        self.picker_page.set_entries(entries, self.user_routines, totals)
        self._tell(notices)
        self._drop_session()
        self.pages.setCurrentWidget(self.picker_page)
        self.picker_page.focus_list()
        self.picker_shown.emit()

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
        from massage_timer.ui.controller import SessionController
        from massage_timer.ui.session_page import SessionPage

        self._drop_session()
        her = self._her(routine)
        self._tell(her.notices)
        log.info("routine %r ready (%s)", routine.id, path)
        self.controller = SessionController(
            routine, clock=self._clock, durations=her.durations, parent=self
        )
        self.controller.finished.connect(self._finished)
        page = SessionPage(self.controller, path)
        page.stop_requested.connect(self._ask_stop)
        page.safety_requested.connect(self._show_safety_list)
        page.fullscreen_requested.connect(self.toggle_full_screen)
        page.theme_toggle_requested.connect(self.toggle_theme)
        page.timings_requested.connect(lambda: self.adjust_timings(routine, path, in_session=True))
        page.set_night(theme.is_night(theme.resolve(self.settings.theme)))
        self.session_page = page
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        self.keep_awake.follow(self.controller)
        announcer = self.announcer
        if announcer is not None:
            for signal in (
                self.controller.step_started,
                self.controller.cue_due,
                self.controller.ending_soon,
                self.controller.waiting,
                self.controller.finished,
            ):
                signal.connect(lambda event: announcer.handle(event, routine.steps))
            self.controller.second.connect(announcer.countdown)
        self.session_shown.emit()

    def _drop_session(self) -> None:
        if self._announcer is not None:
            self._announcer.stop()
        if self.controller is not None:
            self.controller.shutdown()
            self.keep_awake.release()
            self.controller.deleteLater()
            self.controller = None
        if self.session_page is not None:
            self.pages.removeWidget(self.session_page)
            self.session_page.deleteLater()
            self.session_page = None

    def _finished(self, event: SessionFinished) -> None:
        self.keep_awake.release()
        if self.controller is not None:
            routine = self.controller.routine
            planned = [round(d) for d in self.controller.session.durations]
            self._finished_with = (routine, planned, event.summary)
        self.finish_page.show_summary(event.summary)
        self.pages.setCurrentWidget(self.finish_page)
        self.finish_page.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- her timings --------------------------------------------------------------------------

    def _her(self, routine: Routine) -> Loaded:
        from massage_timer.core.timings import Loaded

        if self.timings is None:
            return Loaded([step.duration for step in routine.steps], [])
        return self.timings.load(routine)

    def _tell(self, notices: list[str], timeout_ms: int = 20_000) -> None:
        """A non-blocking notice at the bottom of the window."""
        if notices:
            self.statusBar().showMessage("  ".join(notices), timeout_ms)

    def adjust_timings(
        self, routine: Routine | None, path: Path | None, *, in_session: bool = False
    ) -> None:
        """Open the editor; save her timings (or a new routine) if she says so."""
        if routine is None or self.timings is None:
            return
        from massage_timer.core.timings import TimingsError
        from massage_timer.ui.timings_editor import TimingsDialog

        her = self._her(routine)
        self._tell(her.notices)
        result = TimingsDialog.edit(self, routine, her.durations)
        if result is None:
            return
        durations, as_new_routine = result
        if as_new_routine:
            self._save_as_new_routine(routine, durations)
            return
        try:
            self.timings.save(routine, durations)
        except (TimingsError, OSError) as exc:
            self._tell([f"Your timings could not be saved: {exc}"])
            return
        not_started = self.controller is not None and self.controller.session.state.value == "ready"
        if in_session and not_started:
            self.start_session(routine, path)  # nothing has run yet: use them right away
            in_session = False
        later = " They apply from the next session." if in_session else ""
        self._tell([f"Your timings for {routine.title} are saved.{later}"])
        if self.pages.currentWidget() is self._picker_page:
            self.show_picker()

    def _save_as_new_routine(self, routine: Routine, durations: list[int]) -> None:
        from PySide6.QtWidgets import QFileDialog

        from massage_timer.core.loader import check_text
        from massage_timer.core.timings import routine_with_timings
        from massage_timer.ui.files import atomic_write

        new_id = f"{routine.id[:56]}-mine"
        title = f"{routine.title[:66]} (my timings)"
        folder = self.user_routines or Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self, "Save as a new routine", str(folder / f"{new_id}.yaml"), "Routines (*.yaml)"
        )
        if not name:
            return
        text, dropped = routine_with_timings(routine, durations, new_id, title)
        made, problems = check_text(text, name)
        if made is None:  # a bug if it happens: never write a file that would not load
            log.error("new routine did not validate: %s", problems)
            self._tell(["The new routine could not be made."])
            return
        try:
            Path(name).parent.mkdir(parents=True, exist_ok=True)
            atomic_write(Path(name), text.encode("utf-8"))
        except OSError as exc:
            self._tell([f"The new routine could not be saved: {exc}"])
            return
        left_out = f" Left out, as they no longer fit: {'; '.join(dropped)}." if dropped else ""
        self._tell([f"Saved as a new routine: {Path(name).name}.{left_out}"], 30_000)
        if self.pages.currentWidget() is self._picker_page:
            self.show_picker()

    def _keep_extra_time(self) -> None:
        """Finish screen: make the time she added this session part of her timings."""
        if self._finished_with is None or self.timings is None:
            return
        from massage_timer.core.durations import MAX_STEP_SECONDS, format_clock
        from massage_timer.core.timings import TimingsError

        routine, planned, summary = self._finished_with
        durations = [
            min(MAX_STEP_SECONDS, seconds + round(record.added))
            for seconds, record in zip(planned, summary.steps, strict=True)
        ]
        try:
            self.timings.save(routine, durations)
        except (TimingsError, OSError) as exc:
            self._tell([f"The extra time could not be kept: {exc}"])
            return
        self.finish_page.keep_extra_button.setEnabled(False)
        self._tell([f"Kept. {routine.title} now lasts {format_clock(sum(durations))} for you."])

    # --- requests from the session page -----------------------------------------------------

    def _ask_stop(self) -> None:
        controller = self.controller
        if controller is None or controller.session.state.value == "ready":
            self.show_picker()  # nothing started yet: Esc goes back to the list
            return
        if not _session_active(controller):
            return
        if _dialogs().Confirm.ask(
            self, "Stop the session?", "Stop this session now?", "Stop", "Keep going"
        ):
            controller.stop()

    def _show_safety_list(self) -> None:
        if self.controller is not None:
            self.controller.pause()
        _dialogs().SafetyListDialog.open_for(self, safety_text(), self.colours.warning)

    def edit_sound(self) -> None:
        """The sound and voice settings; saved at once."""
        from massage_timer.ui.sound_settings import SoundSettingsDialog

        announcer = self.announcer
        problems = []
        if announcer is None:
            problems.append("Sound is off in this window.")
        else:
            problems += [f"Sound: {announcer.sound_problem}."] if announcer.sound_problem else []
            problems += [f"Voice: {announcer.voice_problem}."] if announcer.voice_problem else []
        voices = announcer.voices() if announcer is not None else []
        chosen = SoundSettingsDialog.edit(self, self.settings, voices, problems)
        if chosen is None:
            return
        self.settings = chosen
        self._save_settings()

    def _save_settings(self) -> None:
        if self._store is not None:
            try:
                self._store.save(self.settings)
            except OSError as exc:
                log.warning("could not save settings: %s", exc)
                self.statusBar().showMessage("Your choice could not be saved.", 10_000)

    def show_about(self) -> None:
        _dialogs().AboutDialog.open_for(self)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # --- the look -----------------------------------------------------------------------------

    @property
    def colours(self) -> theme.Colours:
        """The look in use: her choice, or the system's colour scheme."""
        return theme.resolve(self.settings.theme)

    def apply_theme(self) -> None:
        colours = self.colours
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setPalette(theme.palette(colours))
            app.setStyleSheet(theme.stylesheet(colours))
        self.safety_page.set_warning_colour(colours.warning)
        if self.session_page is not None:
            self.session_page.set_night(theme.is_night(colours))

    def toggle_theme(self) -> None:
        """N: switch between night and day, and remember the choice."""
        night = theme.is_night(self.colours)
        self.settings = self.settings._replace(theme="day" if night else "night")
        self.apply_theme()
        self._save_settings()

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

    def closeEvent(self, event: QCloseEvent) -> None:
        controller = self.controller
        if controller is not None and _session_active(controller):
            if not _dialogs().Confirm.ask(
                self,
                "Quit massage-timer?",
                "A session is still going. Stop it and quit?",
                "Stop and quit",
                "Keep going",
            ):
                event.ignore()
                return
            controller.stop()
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
