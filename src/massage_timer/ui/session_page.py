"""The session screen, read from across the room: a huge countdown, the step, and the controls.

The page only lays out and shows. Buttons and keys become controller commands; requests
that need a dialog or the window (stop, safety list, full screen, night look) go out as
signals for the main window to handle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from massage_timer.core.durations import format_clock
from massage_timer.core.engine import Command, Snapshot, State
from massage_timer.core.loader import resolve_image
from massage_timer.ui.controller import SessionController
from massage_timer.ui.session_widgets import (
    FitText,
    SessionBar,
    StepPicture,
    WrappedTitle,
    picture_description,
)
from massage_timer.ui.widgets import ElidedLabel, plain_label, set_font

log = logging.getLogger(__name__)

HEADER_HINTS_FROM = 1100  # px: narrower windows drop the key names from the header buttons

STATE_TEXT = {
    State.READY: "Press Space to start",
    State.PAUSED: "Paused  ·  Space to go on",
}
PLAY_TEXT = {
    State.READY: "Start",
    State.RUNNING: "Pause",
    State.PAUSED: "Resume",
    State.WAITING: "Continue",
    State.FINISHED: "Done",
    State.STOPPED: "Done",
}


class SessionPage(QWidget):
    """One session on screen.

    Signals:
        stop_requested(): Esc or Stop; the window asks before stopping.
        finish_early_requested(): Next on the last step with time left; the window asks.
        safety_requested(): H or the Safety button; the window shows the stop-and-call list.
        fullscreen_requested(): F11 or the Full screen button.
        theme_toggle_requested(): N or the Night button.
    """

    stop_requested = Signal()
    finish_early_requested = Signal()
    safety_requested = Signal()
    fullscreen_requested = Signal()
    theme_toggle_requested = Signal()
    timings_requested = Signal()

    def __init__(
        self,
        controller: SessionController,
        routine_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # its keys work once it is shown
        self.controller = controller
        self.routine_path = routine_path
        self.snapshot: Snapshot = controller.snapshot()
        self._shown_step: int | None = None
        self._paused_shown: bool | None = None

        # header: routine, then the window-level toggles
        self.routine_label = ElidedLabel(controller.routine.title)
        self.routine_label.setProperty("role", "muted")
        self.night_button = self._button("Night  N", self.theme_toggle_requested.emit)
        self.night_button.setCheckable(True)
        self.fullscreen_button = self._button("Full screen  F11", self.fullscreen_requested.emit)
        self.safety_button = self._button("When to stop  H", self.safety_requested.emit)
        self.timings_button = self._button("Adjust timings  T", self._timings_if_paused)
        self._header_texts = {
            self.timings_button: ("Timings", "T"),
            self.night_button: ("Night", "N"),
            self.fullscreen_button: ("Full screen", "F11"),
            self.safety_button: ("When to stop", "H"),
        }
        self.safety_button.setProperty("role", "warning")
        header = QHBoxLayout()
        header.addWidget(self.routine_label, 1)
        for button in (
            self.timings_button,
            self.night_button,
            self.fullscreen_button,
            self.safety_button,
        ):
            header.addWidget(button)

        # where we are in the whole session
        self.progress_label = plain_label(role="muted")
        self.progress_label.setWordWrap(False)
        self.up_next = plain_label(role="muted")
        self.up_next.setWordWrap(False)
        self.up_next.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.up_next.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        where = QHBoxLayout()
        where.addWidget(self.progress_label)
        where.addWidget(self.up_next, 1)
        self.bar = SessionBar()

        # the step: picture beside countdown, title and instruction
        self.picture = StepPicture()
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setTextFormat(Qt.TextFormat.PlainText)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setAccessibleName("Time left in this step")
        self.continue_button = QPushButton("Continue when ready")
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.continue_button.clicked.connect(self._next)
        self.state_label = plain_label()
        self.state_label.setObjectName("stateLabel")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_stack = QStackedWidget()
        self.timer_stack.addWidget(self.countdown)
        self.timer_stack.addWidget(self.continue_button)
        self.step_title = WrappedTitle()  # a title may be 80 characters long
        set_font(self.step_title, bold=True)
        self.instruction = FitText()
        self.instruction.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        text_column = QVBoxLayout()
        text_column.addWidget(self.state_label)
        text_column.addWidget(self.timer_stack, 5)
        text_column.addWidget(self.step_title)
        text_column.addWidget(self.instruction, 4)
        body = QHBoxLayout()
        body.addWidget(self.picture, 4)
        body.addLayout(text_column, 6)

        # controls, left to right in the order a clicker thinks
        self.stop_button = self._button("Stop  Esc", self.stop_requested.emit)
        self.previous_button = self._button("←  Back", controller.previous)
        self.restart_button = self._button("Restart  R", controller.restart_step)
        self.play_button = self._button("Start", self._play_pressed)
        self.play_button.setProperty("role", "primary")
        self.more_button = self._button("+30 s", lambda: controller.add_time(30))
        self.next_button = self._button("Next  →", self._next)
        controls = QHBoxLayout()
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        for button in (self.previous_button, self.restart_button):
            controls.addWidget(button)
        controls.addWidget(self.play_button, 2)
        for button in (self.more_button, self.next_button):
            controls.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 16, 28, 18)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(where)
        layout.addWidget(self.bar)
        layout.addLayout(body, 1)
        layout.addLayout(controls)

        self._keys: dict[Qt.Key, Callable[[], None]] = {
            Qt.Key.Key_Space: self._play_pressed,
            Qt.Key.Key_B: self._play_pressed,  # clickers' "blank screen" button
            Qt.Key.Key_Period: self._play_pressed,
            Qt.Key.Key_F5: self._play_pressed,  # clickers' "start slideshow" button
            Qt.Key.Key_Return: self._continue_if_waiting,
            Qt.Key.Key_Enter: self._continue_if_waiting,
            Qt.Key.Key_Right: self._next,
            Qt.Key.Key_PageDown: self._next,
            Qt.Key.Key_Left: controller.previous,
            Qt.Key.Key_PageUp: controller.previous,
            Qt.Key.Key_Plus: lambda: controller.add_time(30),
            Qt.Key.Key_Equal: lambda: controller.add_time(30),  # '+' without Shift
            Qt.Key.Key_R: controller.restart_step,
            Qt.Key.Key_Escape: self.stop_requested.emit,
            Qt.Key.Key_H: self.safety_requested.emit,
            Qt.Key.Key_F11: self.fullscreen_requested.emit,
            Qt.Key.Key_N: self.theme_toggle_requested.emit,
            Qt.Key.Key_T: self._timings_if_paused,
            Qt.Key.Key_Up: self._scroll_instruction_up,
            Qt.Key.Key_Down: self._scroll_instruction_down,
        }
        controller.changed.connect(self.refresh)
        self.refresh(self.snapshot)

    def _button(self, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys always reach the page
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- input ----------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys (and presenter clickers, which send keys) drive the session."""
        allowed = Qt.KeyboardModifier.KeypadModifier | Qt.KeyboardModifier.ShiftModifier
        action = self._keys.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & ~allowed:
            super().keyPressEvent(event)
            return
        if not event.isAutoRepeat():
            action()
        event.accept()

    def _play_pressed(self) -> None:
        self.controller.toggle()

    def _next(self) -> None:
        """Next; on the last step, finishing early is asked about first (by the window)."""
        snapshot = self.snapshot
        if snapshot.is_last_step and snapshot.state in (State.RUNNING, State.PAUSED):
            self.finish_early_requested.emit()
        else:
            self.controller.next()

    def _timings_if_paused(self) -> None:
        """The editor opens from a paused (or not yet started) session only."""
        if self.snapshot.state in (State.PAUSED, State.READY):
            self.timings_requested.emit()

    def _continue_if_waiting(self) -> None:
        if self.snapshot.state is State.WAITING:
            self.controller.next()

    def _scroll_instruction_up(self) -> None:
        bar = self.instruction.verticalScrollBar()
        bar.setValue(bar.value() - bar.singleStep() * 3)

    def _scroll_instruction_down(self) -> None:
        bar = self.instruction.verticalScrollBar()
        bar.setValue(bar.value() + bar.singleStep() * 3)

    # --- output ---------------------------------------------------------------------------

    def set_night(self, night: bool) -> None:
        self.night_button.setChecked(night)

    def refresh(self, snapshot: Snapshot) -> None:
        """Show ``snapshot`` (on every change of state or step, and every second)."""
        self.snapshot = snapshot
        state = snapshot.state
        if self._shown_step != snapshot.index:
            self._show_step(snapshot)
        self.progress_label.setText(f"Step {snapshot.index + 1} of {snapshot.count}")
        waiting = state is State.WAITING
        self.timer_stack.setCurrentWidget(self.continue_button if waiting else self.countdown)
        self.countdown.setText(format_clock(snapshot.time_left))
        paused = state is State.PAUSED
        if self._paused_shown != paused:
            # Re-polish only on a change: it restyles the label and resets its font.
            self._paused_shown = paused
            self.countdown.setProperty("paused", paused)
            self.countdown.style().unpolish(self.countdown)
            self.countdown.style().polish(self.countdown)
            self._fit_fonts()  # polishing resets the font the window size chose
        self.state_label.setText(STATE_TEXT.get(state, ""))
        self.bar.set_progress(list(snapshot.durations), snapshot.index, snapshot.fraction)
        self.play_button.setText(PLAY_TEXT[state])
        for button, command in (
            (self.next_button, Command.NEXT),
            (self.previous_button, Command.PREVIOUS),
            (self.restart_button, Command.RESTART_STEP),
            (self.more_button, Command.ADD_TIME),
            (self.stop_button, Command.STOP),
        ):
            button.setEnabled(snapshot.can(command))
        self.play_button.setEnabled(not snapshot.over)
        self.timings_button.setVisible(state in (State.PAUSED, State.READY))

    def _show_step(self, snapshot: Snapshot) -> None:
        step = snapshot.step
        index = snapshot.index
        self._shown_step = index
        self.step_title.setText(step.title)
        self.instruction.setText(step.instruction)
        self.up_next.setText(
            f"Up next: {snapshot.next_title}" if snapshot.next_title is not None else "Last step"
        )
        if step.image:
            found = resolve_image(self.routine_path, step.image) if self.routine_path else None
            if found is None:
                log.warning(
                    "picture %r for step %d not found; showing a placeholder", step.image, index + 1
                )
            self.picture.show_file(found, picture_description(found) or step.title)
            self.picture.show()
        else:
            self.picture.hide()
        self._fit_fonts()

    # --- scaling --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Size text from the window: the countdown is always the largest thing on screen."""
        width, height = max(self.width(), 1), max(self.height(), 1)
        roomy = width >= HEADER_HINTS_FROM
        for button, (short, hint) in self._header_texts.items():
            button.setText(f"{short}  {hint}" if roomy else short)
        text_width = width * (0.55 if self.picture.isVisibleTo(self) else 0.9)
        small = max(13, min(int(height * 0.026), 22))
        for widget in (
            self.routine_label,
            self.progress_label,
            self.up_next,
            self.state_label,
            self.night_button,
            self.fullscreen_button,
            self.safety_button,
            self.timings_button,
            self.stop_button,
            self.previous_button,
            self.restart_button,
            self.more_button,
            self.next_button,
        ):
            set_font(widget, pixels=small)
        set_font(self.state_label, pixels=int(small * 1.3), bold=True)
        set_font(self.play_button, pixels=int(small * 1.25), bold=True)
        button_height = max(44, int(height * 0.075))
        for button in self.findChildren(QPushButton):
            button.setMinimumHeight(button_height if button is not self.continue_button else 0)
        self.bar.setFixedHeight(max(12, int(height * 0.022)))
        countdown = int(min(height * 0.30, text_width / 3.2))
        set_font(self.countdown, pixels=countdown, bold=True)
        set_font(self.continue_button, pixels=max(20, int(countdown * 0.28)), bold=True)
        title = max(20, min(int(height * 0.06), int(text_width / 14)))
        if len(self.step_title.text()) > 40:  # a long title takes two lines, not the screen
            title = max(20, int(title * 0.75))
        set_font(self.step_title, pixels=title)
        self.instruction.set_max_pixels(max(14, min(int(height * 0.04), 34)))
