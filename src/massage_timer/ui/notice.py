"""Messages to the people in the room: large, in the look's colours, up long enough to read."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QWidget

from massage_timer.ui.i18n import translate

MIN_MS = 8_000
MAX_MS = 30_000
MS_PER_WORD = 450  # slow reading, from across a room


def reading_ms(text: str) -> int:
    """How long a message stays: long enough to read slowly, never for ever."""
    return max(MIN_MS, min(MAX_MS, 3_000 + MS_PER_WORD * len(text.split())))


class NoticeBar(QLabel):
    """One message at a time at the foot of the window (a click puts it away)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setTextFormat(Qt.TextFormat.PlainText)  # messages may quote a user's file
        self.setWordWrap(True)
        self.setAccessibleName(translate("Notice", "Message"))
        self.hide_timer = QTimer(self)
        self.hide_timer.setSingleShot(True)
        self.hide_timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        self.hide_timer.start(reading_ms(text))

    def message(self) -> str:
        """The message on screen ("" when none is)."""
        return self.text() if self.isVisible() else ""

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()
        event.accept()
