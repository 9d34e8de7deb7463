"""The safety screen: shown first at every launch; Continue only after the tick."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_timer.core.safety import SafetyText
from massage_timer.ui.document import (
    DocumentView,
    bullet_list,
    heading,
    paragraph,
    side_by_side,
)

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QMouseEvent, QResizeEvent, QShowEvent

TWO_COLUMNS_FROM = 1000  # px of window width


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


def safety_markup(text: SafetyText, *, warning: str, two_columns: bool) -> str:
    """The safety screen's text as markup (every piece escaped)."""
    not_if = (
        heading(text.not_if_heading, size=16)
        + bullet_list(text.not_if)
        + heading(text.gentle_heading, size=16)
        + bullet_list(text.gentle)
    )
    stop = (
        heading(text.stop_heading, size=16)
        + bullet_list(text.stop_and_call)
        + paragraph(text.emergency, bold=True, colour=warning)
    )
    return (
        heading(text.heading, size=24, space_after=8)
        + paragraph(text.purpose, space_after=6)
        + paragraph(text.talk_first, bold=True, space_after=16)
        + (side_by_side(not_if, stop, space_before=16) if two_columns else not_if + stop)
    )


class SafetyPage(QWidget):
    """Signals: accepted() when Continue is pressed; quit_requested() for Quit;
    about_requested() for About and sources."""

    accepted = Signal()
    quit_requested = Signal()
    about_requested = Signal()

    def __init__(self, text: SafetyText, *, warning: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self._text = text
        self._warning = warning
        self._shown_as: tuple[str, bool] | None = None  # what the text view holds
        self.text_view = DocumentView()
        self.text_view.setAccessibleName(text.heading)

        # A QCheckBox cannot wrap its text, so the text is a label beside it that ticks it too.
        self.acknowledge = QCheckBox()
        self.acknowledge.setAccessibleName(text.acknowledge)
        self.acknowledge_label = ClickLabel(text.acknowledge, self.acknowledge.toggle)
        tick_row = QHBoxLayout()
        tick_row.setSpacing(12)
        tick_row.addWidget(self.acknowledge, 0, Qt.AlignmentFlag.AlignTop)
        tick_row.addWidget(self.acknowledge_label, 1)
        self.continue_button = QPushButton("Continue")
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.quit_button = QPushButton("Quit")
        self.about_button = QPushButton("About and sources")
        self.about_button.clicked.connect(self.about_requested)
        self.acknowledge.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accepted)
        self.quit_button.clicked.connect(self.quit_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.about_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addWidget(self.text_view, 1)
        layout.addSpacing(6)
        layout.addLayout(tick_row)
        layout.addSpacing(6)
        layout.addLayout(buttons)

    @property
    def two_columns(self) -> bool:
        return self.width() >= TWO_COLUMNS_FROM

    def set_warning_colour(self, colour: str) -> None:
        """The colour of the emergency sentence (it follows the night or day look)."""
        self._warning = colour
        if self.isVisible():
            self._refresh()

    def _refresh(self) -> None:
        """Lay the text out again if the colour or the number of columns changed."""
        wanted = (self._warning, self.two_columns)
        if wanted != self._shown_as:
            self._shown_as = wanted
            self.text_view.set_markup(
                safety_markup(self._text, warning=self._warning, two_columns=self.two_columns)
            )

    def showEvent(self, event: QShowEvent) -> None:
        self._refresh()
        super().showEvent(event)
        self.acknowledge.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from massage_timer.ui.widgets import press_focused_button

        if press_focused_button(self, event):
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.acknowledge.isChecked():
            self.accepted.emit()
            return
        # The text never takes the focus (the tick has it), so the page scrolls it with Page Up
        # and Page Down, which is also what a presenter clicker sends.
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            bar = self.text_view.verticalScrollBar()
            step = bar.pageStep() if key == Qt.Key.Key_PageDown else -bar.pageStep()
            bar.setValue(bar.value() + step)
            return
        super().keyPressEvent(event)
