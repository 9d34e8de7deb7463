"""What makes the main window behave as a desktop app's window: pages with a message bar
at their foot, full screen, Ctrl+Q, N for the look, and closing (asking first when
something is under way; never when the terminal asks with Ctrl+C)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from massage_timer.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent

    from massage_timer.ui.notice import NoticeBar


class AppWindow(QMainWindow):
    """Pages (one shown at a time) over a message bar. Subclasses say what is under way
    (`busy`), what closing does (`closing`), and how the look is switched (`toggle_theme`)."""

    _quitting = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QStackedWidget()
        central = QWidget()
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._notice: NoticeBar | None = None

    @property
    def notice(self) -> NoticeBar:
        """Messages for the room, at the foot of the window (made on first use)."""
        if self._notice is None:
            from massage_timer.ui.notice import NoticeBar

            self._notice = NoticeBar()
            self._column.addWidget(self._notice)
        return self._notice

    def tell(self, message: str) -> None:
        """A message for the room, large, at the foot of the window; nothing waits for it."""
        self.notice.show_message(message)

    def busy(self) -> bool:
        """Something is under way that closing would end (it asks first)."""
        return False

    def closing(self) -> None:
        """The window is closing: end what runs, keep what is remembered."""

    def toggle_theme(self) -> None:
        """N: switch between the night and the day look."""

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

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
        """Ctrl+C in a terminal: close, asking nothing, keeping what is remembered."""
        self._quitting = True
        for _ in range(8):  # a question that is open is answered "no" first
            question = QApplication.activeModalWidget()
            if question is None or question is self:
                break
            question.close()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy() and not self._quitting:
            from massage_timer.ui.dialogs import Confirm

            if not Confirm.ask(
                self,
                translate("Window", "Quit Massage Timer?"),
                translate("Window", "A session is still going. Stop it and quit?"),
                translate("Window", "Stop and quit"),
                translate("Window", "Keep going"),
            ):
                event.ignore()
                return
        self.closing()
        super().closeEvent(event)
