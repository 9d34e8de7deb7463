"""The safety screen: shown first at every launch; Continue only after the tick."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_timer.core.safety import SafetyText, unit_line
from massage_timer.ui.document import (
    DocumentView,
    bullet_list,
    heading,
    paragraph,
    side_by_side,
)
from massage_timer.ui.i18n import translate
from massage_timer.ui.widgets import language_button

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


def stop_markup(text: SafetyText, *, size: float) -> str:
    """When to stop the massage (or go lighter): discomfort, not a reason to call."""
    return (
        heading(text.stop_massage_heading, size=size)
        + bullet_list(text.stop_massage, space_after=6)
        + paragraph(text.stop_massage_note, space_after=16)
    )


def call_markup(text: SafetyText, *, phone: str, warning: str, size: float) -> str:
    """The warning signs: call her maternity unit now (its number first), or an emergency."""
    return (
        heading(text.call_heading, size=size)
        + paragraph(unit_line(phone, translate), bold=True, space_after=6)
        + bullet_list(text.call_now)
        + paragraph(text.emergency, bold=True, colour=warning, space_after=16)
    )


def labour_markup(text: SafetyText, *, phone: str, size: float) -> str:
    """When labour may be starting, and when to call then."""
    return (
        heading(text.labour_heading, size=size)
        + bullet_list(text.labour, space_after=6)
        + paragraph(unit_line(phone, translate), bold=True)
    )


def safety_markup(text: SafetyText, *, warning: str, two_columns: bool, phone: str = "") -> str:
    """The safety screen's text as markup (every piece escaped)."""
    left = (
        heading(text.not_if_heading, size=16)
        + bullet_list(text.not_if)
        + heading(text.gentle_heading, size=16)
        + bullet_list(text.gentle)
        + stop_markup(text, size=16)
    )
    right = call_markup(text, phone=phone, warning=warning, size=16) + labour_markup(
        text, phone=phone, size=16
    )
    return (
        heading(text.heading, size=24, space_after=8)
        + paragraph(text.purpose, space_after=6)
        + paragraph(text.talk_first, bold=True, space_after=16)
        + (side_by_side(left, right, space_before=16) if two_columns else left + right)
    )


class SafetyPage(QWidget):
    """Signals: accepted() when Continue is pressed; quit_requested() for Quit;
    about_requested() for About and sources; phone_requested() for Phone number;
    language_requested() for Language.

    Continue is enabled once the tick is given and the whole text has been on screen
    (scrolled to its end, or it fits), so the warning signs cannot be skipped unseen."""

    accepted = Signal()
    quit_requested = Signal()
    about_requested = Signal()
    phone_requested = Signal()
    language_requested = Signal()

    def __init__(
        self, text: SafetyText, *, warning: str, phone: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        self._text = text
        self._warning = warning
        self._phone = phone
        self._shown_as: tuple[str, bool, str] | None = None  # what the text view holds
        self._seen_to_end = False
        self.text_view = DocumentView()
        self.text_view.setAccessibleName(text.heading)
        bar = self.text_view.verticalScrollBar()
        bar.valueChanged.connect(self._check_seen)
        bar.rangeChanged.connect(self._check_seen)

        # A QCheckBox cannot wrap its text, so the text is a label beside it that ticks it too.
        self.acknowledge = QCheckBox()
        self.acknowledge_label = ClickLabel(text.acknowledge, self.acknowledge.toggle)
        self.acknowledge_label.setBuddy(self.acknowledge)  # its name, from one text, once
        tick_row = QHBoxLayout()
        tick_row.setSpacing(12)
        tick_row.addWidget(self.acknowledge, 0, Qt.AlignmentFlag.AlignTop)
        tick_row.addWidget(self.acknowledge_label, 1)
        self.read_hint = QLabel(
            translate("Safety", "Read to the end to continue: scroll down, or press Page Down.")
        )
        self.read_hint.setProperty("role", "muted")
        self.read_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.read_hint.setWordWrap(True)
        self.continue_button = QPushButton(translate("Safety", "Continue"))
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.quit_button = QPushButton(translate("Safety", "Quit"))
        self.about_button = QPushButton(translate("Safety", "About"))
        self.about_button.setAccessibleDescription(
            translate("Safety", "What the health text rests on, and its sources")
        )
        self.about_button.clicked.connect(self.about_requested)
        self.phone_button = QPushButton(translate("Safety", "Phone number…"))
        self.phone_button.setAccessibleDescription(
            translate(
                "Safety", "Her maternity unit's phone number, shown wherever this app says to call"
            )
        )
        self.phone_button.clicked.connect(self.phone_requested)
        self.language_button = language_button()
        self.language_button.clicked.connect(self.language_requested)
        self.acknowledge.toggled.connect(self._update_continue)
        self.continue_button.clicked.connect(self.accepted)
        self.quit_button.clicked.connect(self.quit_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.about_button)
        buttons.addWidget(self.phone_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)

        # Language… at the top, where someone who cannot read the text looks for it first
        # (and the row of buttons below stays short enough for a small window).
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.language_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 20)
        layout.addLayout(top)
        layout.addWidget(self.text_view, 1)
        layout.addSpacing(6)
        layout.addLayout(tick_row)
        layout.addWidget(self.read_hint)
        layout.addSpacing(6)
        layout.addLayout(buttons)

    @property
    def two_columns(self) -> bool:
        return self.width() >= TWO_COLUMNS_FROM

    @property
    def seen_to_end(self) -> bool:
        """Whether the whole safety text has been on screen since the page was shown."""
        return self._seen_to_end

    def set_warning_colour(self, colour: str) -> None:
        """The colour of the emergency sentence (it follows the night or day look)."""
        self._warning = colour
        if self.isVisible():
            self._refresh()

    @Slot(str)
    def set_phone(self, phone: str) -> None:
        """Her maternity unit's number, shown under each "call" heading."""
        self._phone = phone
        if self.isVisible():
            self._refresh()

    def _refresh(self) -> None:
        """Lay the text out again if the colour, the columns or the number changed."""
        wanted = (self._warning, self.two_columns, self._phone)
        if wanted != self._shown_as:
            bar = self.text_view.verticalScrollBar()
            at = bar.value()
            self._shown_as = wanted
            self.text_view.set_markup(
                safety_markup(
                    self._text,
                    warning=self._warning,
                    two_columns=self.two_columns,
                    phone=self._phone,
                )
            )
            bar.setValue(at)
        self._check_seen()

    def _check_seen(self, *_args: int) -> None:
        if self._shown_as is None or not self.isVisible() or self._seen_to_end:
            return
        bar = self.text_view.verticalScrollBar()
        if bar.value() >= bar.maximum():
            self._seen_to_end = True
            self._update_continue()

    def _update_continue(self, *_args: object) -> None:
        self.read_hint.setVisible(not self._seen_to_end)
        self.continue_button.setEnabled(self._seen_to_end and self.acknowledge.isChecked())

    def showEvent(self, event: QShowEvent) -> None:
        self._refresh()
        super().showEvent(event)
        self._check_seen()
        self._update_continue()
        # The text first: a screen reader reads it, and the keys scroll it; Tab reaches the tick.
        self.text_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.isVisible():
            self._refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        from massage_timer.ui.widgets import press_focused_button

        if press_focused_button(self, event):
            return
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.continue_button.isEnabled():
            self.accepted.emit()
            return
        # When the tick or a button has the focus, the page scrolls the text with Page Up and
        # Page Down (what a presenter clicker sends), Home and End.
        bar = self.text_view.verticalScrollBar()
        if key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = bar.pageStep() if key == Qt.Key.Key_PageDown else -bar.pageStep()
            bar.setValue(bar.value() + step)
            return
        if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            bar.setValue(bar.minimum() if key == Qt.Key.Key_Home else bar.maximum())
            return
        super().keyPressEvent(event)
