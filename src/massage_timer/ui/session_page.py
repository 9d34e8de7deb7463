"""The session screen: countdown, step title and instruction, and the controls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from massage_timer.core.durations import format_clock, format_duration
from massage_timer.core.engine import Command, Outcome, State
from massage_timer.ui.controller import SessionController
from massage_timer.ui.widgets import plain_label


class SessionPage(QWidget):
    """Shows one running session; every button and key goes through the controller.

    Signals:
        done(): the session is over and the person pressed Close.
    """

    done = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # its keys work once it is shown
        self.controller = controller
        routine = controller.routine

        self.routine_label = plain_label(routine.title, size=13)
        self.progress_label = plain_label(size=13)
        self.progress_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.countdown = plain_label()
        self.countdown.setObjectName("countdown")
        self.countdown.setWordWrap(False)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.countdown.font())
        font.setPointSize(96)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.countdown.setFont(font)
        self.step_title = plain_label(size=28, bold=True)
        self.step_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.instruction = plain_label(size=17)
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.play_button = QPushButton()
        self.next_button = QPushButton("Next")
        self.stop_button = QPushButton("Stop")
        for button in (self.play_button, self.next_button, self.stop_button):
            button.setMinimumHeight(48)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.play_button.clicked.connect(self._play_pressed)
        self.next_button.clicked.connect(controller.next)
        self.stop_button.clicked.connect(self._stop_pressed)

        header = QHBoxLayout()
        header.addWidget(self.routine_label, 1)
        header.addWidget(self.progress_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        buttons.addWidget(self.play_button)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 20)
        layout.addLayout(header)
        layout.addStretch(1)
        layout.addWidget(self.countdown)
        layout.addWidget(self.step_title)
        layout.addWidget(self.instruction)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._keys: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_Space: self._play_pressed,
            Qt.Key.Key_Right: controller.next,
            Qt.Key.Key_PageDown: controller.next,
        }

        controller.changed.connect(self.refresh)
        self.refresh()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys (and presenter clickers, which send keys) drive the session."""
        action = self._keys.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if not event.isAutoRepeat():
            action()
        event.accept()

    def _play_pressed(self) -> None:
        if self.controller.session.state in (State.FINISHED, State.STOPPED):
            self.done.emit()
        else:
            self.controller.toggle()

    def _stop_pressed(self) -> None:
        self.controller.stop()

    def refresh(self) -> None:
        """Re-read everything shown from the engine."""
        session = self.controller.session
        state = session.state
        step = session.step
        count = len(session.steps)
        self.progress_label.setText(f"Step {session.index + 1} of {count}")
        self.countdown.setText(format_clock(session.time_left()))
        self.step_title.setText(step.title)
        self.instruction.setText(step.instruction)
        self.next_button.setEnabled(session.available(Command.NEXT))
        self.stop_button.setEnabled(session.available(Command.STOP))
        self.play_button.setText(
            {
                State.READY: "Start",
                State.RUNNING: "Pause",
                State.PAUSED: "Resume",
                State.WAITING: "Continue when ready",
                State.FINISHED: "Close",
                State.STOPPED: "Close",
            }[state]
        )
        summary = session.summary
        if summary is not None:
            done = sum(1 for s in summary.steps if s.outcome is Outcome.COMPLETED)
            self.countdown.setText("Done" if not summary.stopped_early else "Stopped")
            self.step_title.setText(
                f"{done} of {count} steps completed, "
                f"{format_duration(summary.active_seconds)} in all"
            )
            self.instruction.setText(
                "Help her up slowly and offer water. "
                "If anything worries either of you, call your maternity unit."
            )
