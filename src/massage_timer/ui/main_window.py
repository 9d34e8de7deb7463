"""The main window: the safety screen first, then the session."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from massage_timer.core.engine import State
from massage_timer.core.routine import Routine
from massage_timer.core.safety import safety_text
from massage_timer.ui.controller import SessionController
from massage_timer.ui.safety_page import SafetyPage
from massage_timer.ui.session_page import SessionPage

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """Signals: session_shown() once the safety screen has been accepted."""

    session_shown = Signal()

    def __init__(
        self,
        routine: Routine,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.setWindowTitle("massage-timer")
        self.resize(1000, 720)
        self.setMinimumSize(640, 480)
        self.routine = routine
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.safety_page = SafetyPage(safety_text())
        self.safety_page.accepted.connect(self.show_session)
        self.safety_page.quit_requested.connect(self.close)
        self.pages.addWidget(self.safety_page)
        self.controller: SessionController | None = None
        self.session_page: SessionPage | None = None
        QShortcut(QKeySequence("Ctrl+Q"), self).activated.connect(self.close)

    def show_session(self) -> None:
        """Leave the safety screen for a fresh session of the routine."""
        if self.session_page is not None:
            return
        log.info("safety screen accepted; routine %r ready", self.routine.id)
        self.controller = SessionController(self.routine, clock=self._clock, parent=self)
        self.session_page = SessionPage(self.controller)
        self.session_page.done.connect(self.close)
        self.pages.addWidget(self.session_page)
        self.pages.setCurrentWidget(self.session_page)
        self.session_page.setFocus()
        self.session_shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.controller is not None:
            if self.controller.session.state in (State.RUNNING, State.PAUSED, State.WAITING):
                self.controller.stop()
            self.controller.shutdown()
        super().closeEvent(event)
        app = QApplication.instance()
        if app is not None:
            app.quit()
