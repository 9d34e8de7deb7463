"""Small view helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget


def plain_label(
    text: str = "", *, size: float = 0, bold: bool = False, parent: QWidget | None = None
) -> QLabel:
    """A word-wrapped label that never interprets its text as HTML or rich text."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    if size or bold:
        font = QFont(label.font())
        if size:
            font.setPointSizeF(size)
        font.setBold(bold)
        label.setFont(font)
    return label


def bullet_list(items: tuple[str, ...]) -> str:
    """Plain-text bullets: one line each."""
    return "\n".join(f"•  {item}" for item in items)
