"""Small view pieces shared by the later screens: plain labels, fonts, elided text."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QResizeEvent
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
