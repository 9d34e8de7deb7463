"""Small view pieces shared by the pages: plain labels, fonts, bullets, clickable text."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFont, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

log = logging.getLogger(__name__)


def plain_label(
    text: str = "",
    *,
    size: float = 0,
    bold: bool = False,
    role: str = "",
    parent: QWidget | None = None,
) -> QLabel:
    """A word-wrapped label that never interprets its text as HTML or rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setText(text)
    if role:
        label.setProperty("role", role)
    if size or bold:
        set_font(label, size, bold=bold)
    return label


def set_font(
    widget: QWidget, points: float = 0, *, pixels: int = 0, bold: bool | None = None
) -> None:
    font = QFont(widget.font())
    if pixels:
        font.setPixelSize(max(1, pixels))
    elif points:
        font.setPointSizeF(points)
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)


class ClickLabel(QLabel):
    """Plain, wrapping text that does something when clicked (a checkbox's long caption)."""

    def __init__(self, text: str, on_click: Callable[[], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setText(text)
        self._on_click = on_click
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._on_click()
        super().mouseReleaseEvent(event)


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


def escape_markup(text: str) -> str:
    """Text made safe to place inside Qt rich text (what html.escape does, without its import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def bullets(items: Sequence[str], *, size: float = 13) -> QLabel:
    """A list with hanging indents, as one label (one widget is far cheaper than a grid).

    The items are escaped before they become list markup, so they still show literally.
    """
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    label.setText(
        "<ul style='margin-left: -22px; -qt-list-indent: 1;'>"
        + "".join(f"<li style='margin-bottom: 4px;'>{escape_markup(item)}</li>" for item in items)
        + "</ul>"
    )
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setOpenExternalLinks(False)
    set_font(label, size)
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    return label


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when its box is too narrow (full text as tip)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.full_text = text
        self.setMinimumWidth(40)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.full_text, Qt.TextElideMode.ElideRight, max(0, self.width())
        )
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")
