"""One session at a time, from ready to its finish screen: its controller and page, keeping
the screen awake, the chimes and voice, the questions a session asks (stop? finish
early?), and the finish screen with its offer to keep the extra time.

The window only says "start this routine" and "drop it", and listens: `finished` when the
finish screen is to be shown, `leave_requested` for going back to the list,
`keep_extra_requested` when she keeps the time she added. Every connection to a session
ends with its controller or page.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from massage_timer.ui.first_paint import call_when_painted
from massage_timer.ui.i18n import shown_language, translate

if TYPE_CHECKING:
    from massage_timer.core.engine import SessionFinished, Snapshot, Summary
    from massage_timer.core.keys import Learned
    from massage_timer.core.routine import Routine
    from massage_timer.ui.controller import SessionController
    from massage_timer.ui.finish_page import FinishPage
    from massage_timer.ui.hearing import Hearing
    from massage_timer.ui.keep_awake import Inhibitor, KeepAwake
    from massage_timer.ui.session_page import SessionPage

log = logging.getLogger(__name__)


class SessionHost(QObject):
    """Signals:
    finished(): the session is over (done, or stopped early): show `finish_page`.
    leave_requested(): back to the list (Esc before anything started, or from the finish).
    keep_extra_requested(Routine, list, Summary): keep the time she added (her planned
        times, without this session's additions, and what happened).
    """

    finished = Signal()
    leave_requested = Signal()
    keep_extra_requested = Signal(object, object, object)

    def __init__(
        self,
        window: QWidget,
        hearing: Callable[[], Hearing],
        *,
        clock: Callable[[], float] = time.monotonic,
        inhibitor: Inhibitor | None = None,
        warning_colour: Callable[[], str],
        phone: Callable[[], str] = str,
        keys: Callable[[], Learned] = tuple,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._hearing = hearing
        self._clock = clock
        self._inhibitor = inhibitor
        self._warning_colour = warning_colour
        self._phone = phone  # her maternity unit's number, shown wherever "call" is said
        self._keys = keys  # the keys learned for a pedal or clicker
        self._keep_awake: KeepAwake | None = None
        self.controller: SessionController | None = None
        self.page: SessionPage | None = None
        self._finish_page: FinishPage | None = None
        self._finished_with: tuple[Routine, list[float], Summary] | None = None

    @property
    def finish_page(self) -> FinishPage:
        if self._finish_page is None:
            from massage_timer.ui.finish_page import FinishPage

            self._finish_page = FinishPage()
            self._finish_page.back_requested.connect(self.leave_requested)
            self._finish_page.keep_extra_requested.connect(self._keep_extra)
            self._finish_page.safety_requested.connect(self._show_safety_list)
        return self._finish_page

    def forget_finish_page(self) -> FinishPage | None:
        """Let the finish page go (the language changed); the next one is made anew.
        Returns the old page for its owner to take off screen."""
        page, self._finish_page = self._finish_page, None
        return page

    def _keep_extra(self) -> None:
        if self._finished_with is not None:
            self.keep_extra_requested.emit(*self._finished_with)

    def extra_time_kept(self) -> None:
        self.finish_page.keep_extra_button.setEnabled(False)

    @property
    def keep_awake(self) -> KeepAwake:
        if self._keep_awake is None:
            from massage_timer.ui.keep_awake import KeepAwake, platform_inhibitor

            self._keep_awake = KeepAwake(self._inhibitor or platform_inhibitor(), parent=self)
        return self._keep_awake

    def snapshot(self) -> Snapshot | None:
        return self.controller.snapshot() if self.controller is not None else None

    def start(self, routine: Routine, path: Path | None, durations: Sequence[int]) -> SessionPage:
        """A fresh, ready session of ``routine`` on a new page; nothing runs until Start."""
        from massage_timer.ui.controller import SessionController
        from massage_timer.ui.session_page import SessionPage

        self.drop()
        log.info("routine %r ready (%s)", routine.id, path)
        controller = SessionController(routine, clock=self._clock, durations=durations, parent=self)
        controller.finished.connect(self._finished)
        controller.changed.connect(self.keep_awake.update)
        page = SessionPage(controller, path, phone=self._phone(), keys=self._keys())
        page.stop_requested.connect(self._ask_stop)
        page.finish_early_requested.connect(self._ask_finish_early)
        page.safety_requested.connect(self._show_safety_list)
        page.time_left_requested.connect(self._say)
        self.controller, self.page = controller, page
        hearing = self._hearing()
        hearing.follow(controller)
        if not hearing.ready:  # the voice is still to start: after the page is on screen
            call_when_painted(page, self._page_painted)
        return page

    def _say(self, text: str) -> None:
        self._hearing().say(text)

    def _page_painted(self, _page: QWidget) -> None:
        self._hearing().warm_up_soon()

    def drop(self) -> None:
        """End the session on screen, if any, silently, and let it go."""
        self._hearing().stop()
        if self._keep_awake is not None:
            self._keep_awake.release()
        if self.controller is not None:
            self.controller.shutdown()
            self.controller.deleteLater()
            self.controller = None
        if self.page is not None:
            self.page.deleteLater()
            self.page = None

    def stop_now(self) -> None:
        """Stop a session under way (the window is closing)."""
        snapshot = self.snapshot()
        if self.controller is not None and snapshot is not None and snapshot.started:
            self.controller.stop()

    def _finished(self, event: SessionFinished) -> None:
        if self._keep_awake is not None:
            self._keep_awake.release()
        if self.controller is not None:
            planned = [record.planned for record in event.summary.steps]  # without additions
            self._finished_with = (self.controller.routine, planned, event.summary)
        self.finish_page.show_summary(event.summary, phone=self._phone())
        self.finished.emit()

    # --- questions --------------------------------------------------------------------------

    def _ask_stop(self) -> None:
        snapshot = self.snapshot()
        if snapshot is None or (not snapshot.started and not snapshot.over):
            self.leave_requested.emit()  # nothing started yet: Esc goes back to the list
            return
        from massage_timer.ui.dialogs import Confirm

        if snapshot.started and Confirm.ask(
            self._window,
            translate("Session", "Stop the session?"),
            translate("Session", "Stop this session now?"),
            translate("Session", "Stop"),
            translate("Session", "Keep going"),
        ):
            self.stop_now()

    def _ask_finish_early(self) -> None:
        snapshot = self.snapshot()
        if self.controller is None or snapshot is None or not snapshot.started:
            return
        from massage_timer.ui.dialogs import Confirm

        if Confirm.ask(
            self._window,
            translate("Session", "Finish the session?"),
            translate("Session", "This is the last step. Finish the session now?"),
            translate("Session", "Finish now"),
            translate("Session", "Keep going"),
        ):
            self.controller.next()

    def _show_safety_list(self) -> None:
        from massage_timer.core.safety import safety_text
        from massage_timer.ui.dialogs import SafetyListDialog

        snapshot = self.snapshot()
        if self.controller is not None and snapshot is not None and not snapshot.over:
            self.controller.pause()
        SafetyListDialog.open_for(
            self._window, safety_text(shown_language()), self._warning_colour(), self._phone()
        )
        page = self.page
        if page is not None and not page.isHidden():
            # Back from the list: the window is active again (without a window manager it
            # is not by itself), then the page is named with where the session is, which a
            # screen reader speaks.
            self._window.activateWindow()
            page.say_where_we_are()

    def focus(self) -> None:
        if self.page is not None:
            self.page.setFocus(Qt.FocusReason.OtherFocusReason)
