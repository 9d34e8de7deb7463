"""The main window: safety screen first, then the routine list, the session and its finish.

It does one job: navigation between those pages. Choosing a routine (`Chooser`), the session
on screen (`SessionHost`), her timings (`HerTimings`), what is remembered (`Preferences`),
chimes and voice (`Hearing`) and messages (`NoticeBar`) are objects of their own that talk
back through signals. Sessions are read through their snapshots only.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from massage_timer.core.i18n import fill
from massage_timer.core.identity import DISPLAY_NAME
from massage_timer.core.safety import safety_text
from massage_timer.core.settings import Settings, SettingsStore
from massage_timer.ui import placement, theme
from massage_timer.ui.app_window import AppWindow
from massage_timer.ui.first_paint import call_when_painted
from massage_timer.ui.i18n import shown_language, translate
from massage_timer.ui.preferences import Preferences
from massage_timer.ui.safety_page import SafetyPage

if TYPE_CHECKING:
    from massage_timer.core.engine import Summary
    from massage_timer.core.library import Entry
    from massage_timer.core.routine import Routine
    from massage_timer.ui.chooser import Chooser
    from massage_timer.ui.controller import SessionController
    from massage_timer.ui.finish_page import FinishPage
    from massage_timer.ui.hearing import AnnouncerLike, Hearing
    from massage_timer.ui.her_timings import HerTimings
    from massage_timer.ui.keep_awake import Inhibitor, KeepAwake
    from massage_timer.ui.picker_page import PickerPage
    from massage_timer.ui.session_host import SessionHost
    from massage_timer.ui.session_page import SessionPage

log = logging.getLogger(__name__)


class MainWindow(AppWindow):
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
        self.setWindowTitle(DISPLAY_NAME)
        self._clock = clock
        self.preferences = Preferences(settings, self)
        self.preferences.look_changed.connect(self.apply_theme)
        self.preferences.notice.connect(self.tell)
        self.preferences.text_size_changed.connect(self._text_size_changed)
        self._settings_folder = settings.path.parent if settings is not None else None
        self._timings_folder = timings_folder
        self.user_routines = user_routines
        self._make_announcer = announcer
        self._hearing: Hearing | None = None
        self._her_timings: HerTimings | None = None
        self.start_path = start_path
        self._inhibitor = inhibitor
        self._host: SessionHost | None = None

        self.safety_page = self._make_safety_page()
        self._chooser: Chooser | None = None
        call_when_painted(self, self._after_first_paint)
        placement.place_main_window(self, self.settings.window, self.settings.full_screen)

        QGuiApplication.styleHints().colorSchemeChanged.connect(
            self.preferences.system_scheme_changed
        )
        self.apply_theme()
        if self.preferences.store_notice:
            self.tell(self.preferences.store_notice)

    def _make_safety_page(self) -> SafetyPage:
        page = SafetyPage(
            safety_text(shown_language()),
            warning=self.colours.warning,
            phone=self.settings.maternity_phone,
        )
        page.accepted.connect(self._safety_accepted)
        page.quit_requested.connect(self.close)
        page.about_requested.connect(self.show_about)
        page.phone_requested.connect(self.edit_phone)
        page.language_requested.connect(self.choose_language)
        self.preferences.phone_changed.connect(page.set_phone)
        self.pages.addWidget(page)
        return page

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

        remove_save_leftovers(self._timings_folder, self._settings_folder)
        self.hearing.warm_up_soon()
        self._make_text_size_keys()
        from massage_timer.ui.picture_render import the_drawer

        the_drawer().warm_up()  # the picture drawing process, ready for the first step

    def _make_text_size_keys(self) -> None:
        """Ctrl+Plus and Ctrl+Minus: larger or smaller text (remembered); Ctrl+0: as made."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for keys, slot in (
            (QKeySequence(QKeySequence.StandardKey.ZoomIn), self.larger_text),
            (QKeySequence("Ctrl+="), self.larger_text),  # '+' without Shift
            (QKeySequence(QKeySequence.StandardKey.ZoomOut), self.smaller_text),
            (QKeySequence("Ctrl+0"), self.usual_text),
        ):
            QShortcut(keys, self).activated.connect(slot)

    def larger_text(self) -> None:
        self.preferences.change_text_size(+1)

    def smaller_text(self) -> None:
        self.preferences.change_text_size(-1)

    def usual_text(self) -> None:
        self.preferences.change_text_size(0)

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
                phone=lambda: self.settings.maternity_phone,
                keys=lambda: self.settings.keys,
            )
            host.finished.connect(self._show_finish)
            host.keep_extra_requested.connect(self._keep_extra_time)
            self.pages.addWidget(host.finish_page)
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
    def chooser(self) -> Chooser:
        if self._chooser is None:
            from massage_timer.ui.chooser import Chooser

            chooser = Chooser(self, self.user_routines, self.her_timings.load)
            chooser.chosen.connect(self.start_session)
            chooser.notice.connect(self.tell)
            page = chooser.page
            page.about_requested.connect(self.show_about)
            page.settings_requested.connect(self.edit_settings)
            page.phone_requested.connect(self.edit_phone)
            page.language_requested.connect(self.choose_language)
            page.adjust_requested.connect(self._adjust_chosen)
            self.pages.addWidget(page)
            self._chooser = chooser
        return self._chooser

    @property
    def picker_page(self) -> PickerPage:
        return self.chooser.page

    @property
    def finish_page(self) -> FinishPage:
        return self.host.finish_page

    # --- navigation -----------------------------------------------------------------------

    def _safety_accepted(self) -> None:
        log.info("safety screen accepted")
        if self.start_path is not None:
            path, self.start_path = self.start_path, None
            if self.chooser.run_file(path):
                return
        self.show_picker()

    def show_picker(self) -> None:
        self._drop_session()
        self._refresh_picker()
        self.pages.setCurrentWidget(self.picker_page)
        self.picker_page.focus_list()
        self.picker_shown.emit()

    def _refresh_picker(self) -> None:
        self.chooser.refresh()

    def _adjust_chosen(self, entry: Entry) -> None:
        if entry.report.routine is not None:
            self.her_timings.adjust(entry.report.routine)

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

    def _show_finish(self) -> None:
        self.pages.setCurrentWidget(self.finish_page)
        self.finish_page.setFocus(Qt.FocusReason.OtherFocusReason)
        # A session stopped from the question box finishes as the box closes; the window
        # is active again only after that, so focus the page (and a screen reader reads its
        # heading and summary) once more when it is.
        QTimer.singleShot(0, self.finish_page, self._focus_finish)

    def _focus_finish(self) -> None:
        if self.pages.currentWidget() is self.finish_page:
            self.activateWindow()
            self.finish_page.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

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
        if self._chooser is not None and self.pages.currentWidget() is self._chooser.page:
            self._refresh_picker()

    def _keep_extra_time(self, routine: Routine, planned: list[float], summary: Summary) -> None:
        if self.her_timings.keep_extra_time(routine, planned, summary):
            self.host.extra_time_kept()

    def edit_settings(self) -> None:
        self.preferences.edit_settings(self, self.hearing.voices(), self.hearing.problems())

    def edit_phone(self) -> None:
        self.preferences.edit_phone(self)

    def choose_language(self) -> None:
        """Language…: the new language at once. It is offered on the safety screen and the
        routine list only, so no session is under way; their screens are made again in the
        new language (every text is translated as a screen is made), and that screen shown."""
        if self.busy() or not self.preferences.choose_language(self):
            return
        from massage_timer.core.i18n import LANGUAGES
        from massage_timer.ui.i18n import apply_language

        language = apply_language(self.settings.language)
        on_safety = self.pages.currentWidget() is self.safety_page
        self._remake_pages()
        if on_safety:
            self.pages.setCurrentWidget(self.safety_page)
        else:
            self.show_picker()
        self.tell(fill(translate("Window", "Language: %1"), LANGUAGES[language]))
        # The dialog gives the focus back to the button that opened it, which is gone: once
        # the window is active again, the new screen's first control has it (a screen reader
        # reads it, as at start).
        QTimer.singleShot(0, self, self._focus_new_page)

    def _focus_new_page(self) -> None:
        self.activateWindow()
        if self.pages.currentWidget() is self.safety_page:
            self.safety_page.text_view.setFocus(Qt.FocusReason.ActiveWindowFocusReason)
        elif self._chooser is not None:
            self.picker_page.focus_list()

    def _remake_pages(self) -> None:
        """The safety screen, the routine list and the finish screen made anew (the session
        page is made for each session)."""
        old_safety, self.safety_page = self.safety_page, self._make_safety_page()
        self.pages.removeWidget(old_safety)
        old_safety.deleteLater()
        if self._chooser is not None:
            chooser, self._chooser = self._chooser, None
            self.pages.removeWidget(chooser.page)
            chooser.page.deleteLater()
            chooser.deleteLater()
        if self._host is not None:
            self._drop_session()
            finish = self._host.forget_finish_page()
            if finish is not None:
                self.pages.removeWidget(finish)
                finish.deleteLater()
            self.pages.addWidget(self._host.finish_page)
        self.apply_theme()

    def show_about(self) -> None:
        _dialogs().AboutDialog.open_for(self)

    # --- the look -----------------------------------------------------------------------------

    @property
    def colours(self) -> theme.Colours:
        return self.preferences.colours

    def toggle_theme(self) -> None:
        self.preferences.toggle_look()

    def _text_size_changed(self, percent: int) -> None:
        self.apply_theme()
        if percent == 100:
            self.tell(fill(translate("Window", "Text size: %1 %"), percent))
        else:
            self.tell(fill(translate("Window", "Text size: %1 % (Ctrl+0: as made)"), percent))

    def apply_theme(self) -> None:
        """Colour everything for the look in use; every size stays as it was."""
        colours = self.colours
        theme.apply(colours, self.settings.text_size)
        self.safety_page.set_warning_colour(colours.warning)
        if self.session_page is not None:
            self.session_page.set_night(theme.is_night(colours))

    # --- window -------------------------------------------------------------------------------

    def busy(self) -> bool:
        snapshot = self._host.snapshot() if self._host is not None else None
        return snapshot is not None and snapshot.started

    def closing(self) -> None:
        if self._host is not None:
            self._host.stop_now()
        self.preferences.remember_window(self.normalGeometry(), self.isFullScreen())
        self._drop_session()


def _warm_up() -> None:
    """Import what the next screens need while the safety text is being read."""
    import massage_timer.core.library
    import massage_timer.ui.picker_page
    import massage_timer.ui.session_page  # noqa: F401


def _dialogs() -> ModuleType:
    """The dialogs module, loaded when a dialog is first needed (not before the first paint)."""
    from massage_timer.ui import dialogs

    return dialogs
