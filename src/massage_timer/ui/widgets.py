"""Small view pieces shared by the later screens: plain labels, fonts, elided text."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QWidget

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


_KEPT_FONT = "keptFont"


_text_scale = 1.0  # the larger-text choice (Ctrl+Plus), for sizes given in points


def language_button() -> QPushButton:
    """Language…: on the safety screen and the routine list, the two screens before a
    session (the language changes there at once)."""
    from massage_timer.ui.i18n import translate

    button = QPushButton(translate("Widgets", "Language…"))
    button.setAccessibleDescription(
        translate("Widgets", "The language of the app, the safety text, the routines and the voice")
    )
    return button


def set_text_scale(scale: float) -> None:
    """Make every size given in points ``scale`` times larger (see `restore_fonts`)."""
    global _text_scale
    _text_scale = scale


def text_scale() -> float:
    return _text_scale


def set_font(
    widget: QWidget, points: float = 0, *, pixels: int = 0, bold: bool | None = None
) -> None:
    """Give ``widget`` a size (points or pixels) and weight that survive a change of look.

    Re-applying the application's style sheet (a change of look) resets every widget's
    font to its parent's; `restore_fonts` applies what was asked here again. Only what was
    asked is kept: a size the style sheet gives stays the style sheet's. Points are made
    larger by the larger-text choice; pixels (the session screen works them out from the
    window and that choice) are used as given.
    """
    widget.setProperty(_KEPT_FONT, (points, pixels, bold))
    _apply(widget, points, pixels, bold)


def _apply(widget: QWidget, points: float, pixels: int, bold: bool | None) -> None:
    font = QFont(widget.font())
    if pixels:
        font.setPixelSize(max(1, pixels))
    elif points:
        font.setPointSizeF(points * _text_scale)
    if bold is not None:
        font.setBold(bold)
    if font != widget.font():
        widget.setFont(font)


def restore_fonts(root: QWidget) -> None:
    """Apply again the sizes and weights `set_font` gave ``root`` and everything inside it."""
    for widget in (root, *root.findChildren(QWidget)):
        kept = widget.property(_KEPT_FONT)
        if kept is not None:
            _apply(widget, *kept)


ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def press_focused_button(page: QWidget, event: QKeyEvent) -> bool:
    """Enter on a focused button presses that button, as Space does; True if it did.

    Outside dialogs Qt's buttons leave Enter to their page, whose own Enter would then do
    the page's action instead of the button's. Pages call this first.
    """
    if event.key() not in ENTER_KEYS or event.isAutoRepeat():
        return False
    focused = page.focusWidget()
    if isinstance(focused, QPushButton) and focused.isEnabled() and page.isAncestorOf(focused):
        focused.click()
        return True
    return False


class ElidedLabel(QLabel):
    """One line of plain text that ends in "…" when its box is too narrow (full text as tip)."""

    def __init__(
        self,
        text: str = "",
        parent: QWidget | None = None,
        *,
        mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight,
    ) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.full_text = text
        self._mode = mode
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
        shown = self.fontMetrics().elidedText(self.full_text, self._mode, max(0, self.width()))
        if shown != self.text():
            super().setText(shown)
        self.setToolTip(self.full_text if shown != self.full_text else "")

    def set_full_text(self, text: str) -> None:
        """The whole text (what a screen reader says, whatever is shown)."""
        self.full_text = text
        self.setAccessibleName(text)
        self._elide()
