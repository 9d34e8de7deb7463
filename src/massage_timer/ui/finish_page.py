"""The finish screen: what was done, a gentle closing check, and back to the list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from massage_timer.core.durations import format_clock
from massage_timer.core.engine import Outcome, Summary
from massage_timer.core.i18n import fill
from massage_timer.core.safety import call_lines
from massage_timer.ui.i18n import plurals, translate
from massage_timer.ui.widgets import plain_label, press_focused_button


def aftercare() -> str:
    """What to do once the massage is over (health text: ../shared/content-brief.md)."""
    return translate(
        "Finish",
        "Help her up slowly and offer a drink of water. Ask how she feels.\n"
        "Tightenings after a massage are usually practice ones. From 37 weeks, labour may be "
        "starting when they come regularly and get stronger and closer together.\n"
        "Call her maternity unit if they become regular and painful, or if there is bleeding, "
        "leaking fluid, severe pain, or the baby moves less. H shows the full list.",
    )


def describe_summary(summary: Summary) -> str:
    """ "7 of 9 steps done · 2 skipped · 10:12 in all"."""
    counted = plurals()
    parts = [counted.steps_done(summary.completed, len(summary.steps))]
    if summary.skipped:
        parts.append(counted.skipped(summary.skipped))
    not_reached = sum(1 for s in summary.steps if s.outcome is Outcome.NOT_REACHED)
    if not_reached:
        parts.append(counted.not_reached(not_reached))
    parts.append(fill(translate("Finish", "%1 in all"), format_clock(summary.active_seconds)))
    return "  ·  ".join(parts)


class FinishPage(QWidget):
    """Signals: back_requested() for Back to routines (Enter); keep_extra_requested();
    safety_requested() for When to call (H)."""

    back_requested = Signal()
    keep_extra_requested = Signal()
    safety_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.heading = plain_label(size=30, bold=True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.facts = plain_label(size=18)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.steps = plain_label(size=13, role="muted")
        self.steps.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.aftercare = plain_label(aftercare(), size=16)
        self.aftercare.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.call_line = plain_label(call_lines("", translate), size=16, bold=True)
        self.call_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.back_button = QPushButton(translate("Finish", "Back to routines"))
        self.back_button.setProperty("role", "primary")
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.back_requested)
        self.keep_extra_button = QPushButton(translate("Finish", "Keep the extra time"))
        self.keep_extra_button.clicked.connect(self.keep_extra_requested)
        self.keep_extra_label = plain_label(size=14, role="muted")
        self.keep_extra_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.safety_button = QPushButton(translate("Finish", "When to call  H"))
        self.safety_button.setAccessibleName(translate("Finish", "When to call"))
        self.safety_button.setAccessibleDescription(
            translate("Finish", "When to stop and when to call: H")
        )
        self.safety_button.clicked.connect(self.safety_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.safety_button)
        buttons.addWidget(self.keep_extra_button)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        # What was done scrolls when the window is too small for it; the buttons stay in view.
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(2)
        column.addWidget(self.heading)
        column.addSpacing(8)
        column.addWidget(self.facts)
        column.addSpacing(20)
        # What to do now, and the number to call, before the list of what was done.
        column.addWidget(self.aftercare)
        column.addSpacing(6)
        column.addWidget(self.call_line)
        column.addSpacing(12)
        column.addWidget(self.keep_extra_label)
        column.addSpacing(20)
        column.addWidget(self.steps)
        column.addStretch(3)
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidget(body)
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.addWidget(self.body_scroll, 1)
        layout.addLayout(buttons)

    def show_summary(self, summary: Summary, *, phone: str = "") -> None:
        self.call_line.setText(call_lines(phone, translate))
        extended = [s for s in summary.steps if s.added > 0]
        self.keep_extra_button.setVisible(bool(extended))
        self.keep_extra_button.setEnabled(True)
        self.keep_extra_label.setVisible(bool(extended))
        added = translate("Finish", "“%1” (+%2)")
        self.keep_extra_label.setText(
            fill(
                translate("Finish", "You added time to %1. Keep it for next time?"),
                translate("Finish", ", ").join(
                    fill(added, s.title, format_clock(s.added)) for s in extended
                ),
            )
        )
        if summary.stopped_early:
            heading = translate("Finish", "Session stopped")
        elif summary.completed:
            heading = translate("Finish", "Well done")
        else:  # every step skipped is not something done well
            heading = translate("Finish", "Session over")
        self.heading.setText(heading)
        self.facts.setText(describe_summary(summary))
        self.setAccessibleName(f"{self.heading.text()}. {self.facts.text().replace('  ·  ', ', ')}")
        marks = {Outcome.COMPLETED: "✓", Outcome.SKIPPED: "\u2013", Outcome.NOT_REACHED: "·"}
        self.steps.setText(
            "\n".join(f"{marks[s.outcome]}  {s.title}" for s in summary.steps[:12])
            + ("\n…" if len(summary.steps) > 12 else "")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if press_focused_button(self, event):
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.back_requested.emit()
            return
        if event.key() == Qt.Key.Key_H:
            self.safety_requested.emit()
            return
        super().keyPressEvent(event)
