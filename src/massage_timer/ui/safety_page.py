"""The safety screen: shown first at every launch; Continue only after the tick."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from massage_timer.core.safety import SafetyText
from massage_timer.ui.widgets import ClickLabel, bullets, plain_label, set_font

TWO_COLUMNS_FROM = 1000  # px of window width


class SafetyPage(QWidget):
    """Signals: accepted() when Continue is pressed; quit_requested() for Quit;
    about_requested() for About and sources."""

    accepted = Signal()
    quit_requested = Signal()
    about_requested = Signal()

    def __init__(self, text: SafetyText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(10)
        column.addWidget(plain_label(text.heading, size=24, bold=True))
        column.addWidget(plain_label(text.purpose, size=14))
        column.addWidget(plain_label(text.talk_first, size=14, bold=True))
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(36)
        # Each column is a widget of its own so wrapped text gets its height for the width.
        left_box, right_box = QWidget(), QWidget()
        left, right = QVBoxLayout(left_box), QVBoxLayout(right_box)
        for box_layout in (left, right):
            box_layout.setContentsMargins(0, 0, 0, 0)
        for target, heading, items in (
            (left, text.not_if_heading, text.not_if),
            (left, text.gentle_heading, text.gentle),
            (right, text.stop_heading, text.stop_and_call),
        ):
            title = plain_label(heading, size=16, bold=True)
            title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            target.addWidget(title)
            target.addWidget(bullets(items, size=14))
            target.addSpacing(10)
        right.addWidget(plain_label(text.emergency, size=14, bold=True, role="warning"))
        left.addStretch(1)
        right.addStretch(1)
        self.columns.addWidget(left_box, 1, Qt.AlignmentFlag.AlignTop)
        self.columns.addWidget(right_box, 1, Qt.AlignmentFlag.AlignTop)
        column.addSpacing(6)
        column.addLayout(self.columns)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        # A QCheckBox cannot wrap its text, so the text is a label beside it that ticks it too.
        self.acknowledge = QCheckBox()
        self.acknowledge.setAccessibleName(text.acknowledge)
        self.acknowledge_label = ClickLabel(text.acknowledge, self.acknowledge.toggle)
        set_font(self.acknowledge_label, 14)
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
        layout.addWidget(scroll, 1)
        layout.addSpacing(6)
        layout.addLayout(tick_row)
        layout.addSpacing(6)
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.acknowledge.setFocus(Qt.FocusReason.OtherFocusReason)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        wide = self.width() >= TWO_COLUMNS_FROM
        self.columns.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.acknowledge.isChecked():
            self.accepted.emit()
            return
        super().keyPressEvent(event)
