"""The safety screen: shown first at every launch; Continue only after the tick."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from massage_timer.core.safety import SafetyText
from massage_timer.ui.widgets import bullet_list, plain_label


class SafetyPage(QWidget):
    """Signals: accepted() when Continue is pressed; quit_requested() for Quit."""

    accepted = Signal()
    quit_requested = Signal()

    def __init__(self, text: SafetyText, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyPage")
        body = QWidget()
        column = QVBoxLayout(body)
        column.setSpacing(10)
        column.addWidget(plain_label(text.heading, size=24, bold=True))
        column.addWidget(plain_label(text.purpose, size=14))
        column.addWidget(plain_label(text.talk_first, size=14, bold=True))
        for heading, items in (
            (text.not_if_heading, text.not_if),
            (text.gentle_heading, text.gentle),
            (text.stop_heading, text.stop_and_call),
        ):
            column.addSpacing(6)
            column.addWidget(plain_label(heading, size=15, bold=True))
            column.addWidget(plain_label(bullet_list(items), size=13))
        column.addWidget(plain_label(text.emergency, size=13, bold=True))
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.acknowledge = QCheckBox(text.acknowledge)
        font = self.acknowledge.font()
        font.setPointSizeF(13)
        self.acknowledge.setFont(font)
        self.continue_button = QPushButton("Continue")
        self.continue_button.setEnabled(False)
        self.continue_button.setDefault(True)
        self.quit_button = QPushButton("Quit")
        self.acknowledge.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accepted)
        self.quit_button.clicked.connect(self.quit_requested)

        buttons = QHBoxLayout()
        buttons.addWidget(self.quit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.acknowledge)
        layout.addLayout(buttons)

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.acknowledge.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.acknowledge.isChecked():
            self.accepted.emit()
            return
        super().keyPressEvent(event)
