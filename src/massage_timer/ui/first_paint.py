"""Run something just after a widget is first on screen (start-up work, the benchmark)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[QWidget], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: self._callback(watched))
        return False


def call_when_painted(widget: QWidget, callback: Callable[[QWidget], None]) -> None:
    """Call ``callback(widget)`` once, just after the widget is first painted."""
    _FirstPaint(widget, callback)
