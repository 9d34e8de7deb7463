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

from massage_timer.core.announcements import where_we_are
from massage_timer.core.durations import format_clock
from massage_timer.core.engine import Command, Snapshot, State
from massage_timer.core.i18n import fill
from massage_timer.core.keys import ACTIONS, Action, Learned
from massage_timer.core.loader import resolve_image
from massage_timer.core.safety import call_lines, says_call
from massage_timer.ui.controller import SessionController
from massage_timer.ui.i18n import plurals, translate, voice_language
from massage_timer.ui.session_keys import learned_keys, session_keys, shown_name
from massage_timer.ui.session_sizes import session_sizes
from massage_timer.ui.session_widgets import (
    FitText,
    SessionBar,
    StepPicture,
    WrappedTitle,
    picture_description,
)
from massage_timer.ui.widgets import ElidedLabel, plain_label, set_font, text_scale

log = logging.getLogger(__name__)
CONTROL_MARGINS = 56  # the page's left and right margins together


def state_text(state: State) -> str:
    """The line under the countdown: what to press, when something is to be pressed."""
    if state is State.READY:
        return translate("Session", "Press Space to start")
    if state is State.PAUSED:
        return translate("Session", "Paused  ·  Space to go on")
    return ""


def play_text(state: State) -> str:
    """The play button's word for what it does now."""
    texts = {
        State.READY: translate("Session", "Start"),
        State.RUNNING: translate("Session", "Pause"),
        State.PAUSED: translate("Session", "Resume"),
        State.WAITING: translate("Session", "Continue"),
    }
    return texts.get(state) or translate("Session", "Done")


class SessionPage(QWidget):
    """One session on screen.

    Signals:
        stop_requested(): Esc or Stop; the window asks before stopping.
        finish_early_requested(): Next on the last step with time left; the window asks.
        safety_requested(): H or the Safety button; the window shows the stop-and-call list.
        fullscreen_requested(): F11 or the Full screen button.
        theme_toggle_requested(): N or the Night button.
        time_left_requested(str): L; the sentence to say (where the session is, time left).
    """

    stop_requested = Signal()
    finish_early_requested = Signal()
    safety_requested = Signal()
    fullscreen_requested = Signal()
    theme_toggle_requested = Signal()
    timings_requested = Signal()
    time_left_requested = Signal(str)

    def __init__(
        self,
        controller: SessionController,
        routine_path: Path | None = None,
        parent: QWidget | None = None,
        *,
        phone: str = "",
        keys: Learned = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        # Keys learned for a pedal or clicker, as they are shown on the buttons ("F13").
        self._with_keys = True
        self._learned = {
            action: "  ".join(
                shown_name(key) for key, a in learned_keys(keys).items() if a == action
            )
            for action in ACTIONS
        }
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # its keys work once it is shown
        self.controller = controller
        self.routine_path = routine_path
        self.snapshot: Snapshot = controller.snapshot()
        self._shown_step: int | None = None
        self._paused_shown: bool | None = None
        self._named_for: tuple[int, State] | None = None

        # header: routine, then the window-level toggles
        self.routine_label = ElidedLabel(controller.routine.title)
        self.routine_label.setProperty("role", "muted")
        night, full_screen = translate("Session", "Night"), translate("Session", "Full screen")
        when_to_stop = translate("Session", "When to stop")
        self.night_button = self._button(f"{night}  N", self.theme_toggle_requested.emit)
        self.night_button.setCheckable(True)
        self.fullscreen_button = self._button(f"{full_screen}  F11", self.fullscreen_requested.emit)
        self.safety_button = self._button(f"{when_to_stop}  H", self.safety_requested.emit)
        self.timings_button = self._button(
            translate("Session", "Adjust timings  T"), self.timings_pressed
        )
        self._header_texts = {
            self.timings_button: (translate("Session", "Timings"), "T"),
            self.night_button: (night, "N"),
            self.fullscreen_button: (full_screen, "F11"),
            self.safety_button: (when_to_stop, "H"),
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
        self.countdown.setAccessibleDescription(
            translate("Session", "Time left in this step")
        )  # its name: the time
        self.continue_button = QPushButton(translate("Session", "Continue when ready"))
        self.continue_button.setProperty("role", "primary")
        self.continue_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.continue_button.clicked.connect(self.next_pressed)
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
        # Where a step says to call, her maternity unit's number is right there with it.
        self.call_line = plain_label(call_lines(phone, translate), size=16, bold=True)
        self.call_line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.call_line.hide()
        text_column.addWidget(self.call_line)
        body = QHBoxLayout()
        body.addWidget(self.picture, 4)
        body.addLayout(text_column, 6)

        # controls, left to right in the order a clicker thinks
        self.stop_button = self._button(translate("Session", "Stop  Esc"), self.stop_requested.emit)
        back, more, next_ = (
            translate("Session", "←  Back"),
            "+30 s",
            translate("Session", "Next  →"),
        )
        self.previous_button = self._button(self._taught(back, "back"), controller.previous)
        self.restart_button = self._button(
            translate("Session", "Restart  R"), controller.restart_step
        )
        self.play_button = self._button(translate("Session", "Start"), self.controller.toggle)
        self.play_button.setProperty("role", "primary")
        self.more_button = self._button(
            self._taught(more, "more_time"), lambda: controller.add_time(30)
        )
        self.next_button = self._button(self._taught(next_, "next"), self.next_pressed)
        # With their key names when the row has room for them; without, when a longer
        # language would not fit (the keys are in the README and said by L).
        self._control_texts = {
            self.previous_button: (self._taught(back, "back"), back),
            self.more_button: (self._taught(more, "more_time"), more),
            self.next_button: (self._taught(next_, "next"), next_),
            self.stop_button: (translate("Session", "Stop  Esc"), translate("Session", "Stop")),
            self.restart_button: (
                translate("Session", "Restart  R"),
                translate("Session", "Restart"),
            ),
        }
        controls = QHBoxLayout()
        self._controls = controls
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        for button in (self.previous_button, self.restart_button):
            controls.addWidget(button)
        controls.addWidget(self.play_button, 2)
        for button in (self.more_button, self.next_button):
            controls.addWidget(button)

        self._buttons = (  # every button in small type (the play button is larger)
            self.night_button,
            self.fullscreen_button,
            self.safety_button,
            self.timings_button,
            self.stop_button,
            self.previous_button,
            self.restart_button,
            self.more_button,
            self.next_button,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(CONTROL_MARGINS // 2, 16, CONTROL_MARGINS // 2, 18)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(where)
        layout.addWidget(self.bar)
        layout.addLayout(body, 1)
        layout.addLayout(controls)

        self._keys = session_keys(self, keys)
        controller.changed.connect(self.refresh)
        self.refresh(self.snapshot)

    def _fit_controls(self, small: int, play_pixels: int) -> None:
        """The bottom row with its key names if it fits the width; else without them; else
        in slightly smaller type (down to 70 %), for a language with longer words."""
        row = (
            self.stop_button,
            self.previous_button,
            self.restart_button,
            self.play_button,
            self.more_button,
            self.next_button,
        )
        play = self.play_button
        attempts = [(True, 1.0), *((False, 1.0 - 0.06 * step) for step in range(6))]
        for full, scale in attempts:
            for button, (with_key, without) in self._control_texts.items():
                button.setText(with_key if full else without)
            self._with_keys = full
            play.setText(self._play_text(self.snapshot.state))
            for button in row:
                set_font(button, pixels=int(small * scale))
            set_font(play, pixels=int(play_pixels * scale), bold=True)
            metrics = play.fontMetrics()
            widest_play = max(metrics.horizontalAdvance(self._play_text(state)) for state in State)
            needed = sum(button.sizeHint().width() for button in row)
            needed += widest_play - metrics.horizontalAdvance(play.text())
            needed += self._controls.spacing() * (len(row) - 1)
            if needed <= self.width() - CONTROL_MARGINS:
                return

    def _taught(self, text: str, action: Action) -> str:
        """A button's text with the key learned for its action, if any ("Next  →  F13")."""
        return f"{text}  {self._learned[action]}" if self._learned[action] else text

    def _play_text(self, state: State) -> str:
        return self._taught(play_text(state), "toggle") if self._with_keys else play_text(state)

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

    def next_pressed(self) -> None:
        """Next; on the last step, finishing early is asked about first (by the window)."""
        snapshot = self.snapshot
        if snapshot.is_last_step and snapshot.state in (State.RUNNING, State.PAUSED):
            self.finish_early_requested.emit()
        else:
            self.controller.next()

    def timings_pressed(self) -> None:
        """The editor opens from a paused (or not yet started) session only."""
        if self.snapshot.state in (State.PAUSED, State.READY):
            self.timings_requested.emit()

    def enter_pressed(self) -> None:
        if self.snapshot.state is State.WAITING:
            self.controller.next()

    # --- output ---------------------------------------------------------------------------

    def set_night(self, night: bool) -> None:
        self.night_button.setChecked(night)

    def refresh(self, snapshot: Snapshot) -> None:
        """Show ``snapshot`` (on every change of state or step, and every second)."""
        self.snapshot = snapshot
        state = snapshot.state
        if self._shown_step != snapshot.index:
            self._show_step(snapshot)
        self.progress_label.setText(
            fill(translate("Session", "Step %1 of %2"), snapshot.index + 1, snapshot.count)
        )
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
        self.state_label.setText(state_text(state))
        self._name_for_screen_readers(snapshot)
        self.bar.set_progress(list(snapshot.durations), snapshot.index, snapshot.fraction)
        self.play_button.setText(self._play_text(state))
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

    def time_left_pressed(self) -> None:
        """L: the app's voice says where the session is and how long is left (in the
        routine's language, as its voice speaks); the page's name, which a screen reader
        reads, says it too (up to the second, in the interface's language)."""
        self.say_where_we_are()
        said, length = voice_language(self.controller.routine.language)
        self.time_left_requested.emit(where_we_are(self.controller.snapshot(), said, length))

    def say_where_we_are(self) -> str:
        """Name the page with where the session is, to the second: a screen reader speaks
        the change (after L, or when a dialog over the session closes)."""
        sentence = where_we_are(self.controller.snapshot(), translate, plurals().spoken_length)
        self.setAccessibleName(sentence)
        return sentence

    def _name_for_screen_readers(self, snapshot: Snapshot) -> None:
        """The focused page's name says where the session is; screen readers speak a change
        of it. Changed on a new step or state only, not every second."""
        shown = (snapshot.index, snapshot.state)
        if shown == self._named_for:
            return
        self._named_for = shown
        where = fill(
            translate("Session", "Step %1 of %2, %3"),
            snapshot.index + 1,
            snapshot.count,
            snapshot.step.title,
        )
        left = format_clock(snapshot.time_left)
        state = {
            State.READY: translate("Session", "ready, press Space to start"),
            State.PAUSED: fill(translate("Session", "%1 left, paused"), left),
            State.WAITING: translate("Session", "time is up, press Space to go on when ready"),
            State.RUNNING: fill(translate("Session", "%1 left"), left),
        }.get(snapshot.state) or translate("Session", "over")
        self.setAccessibleName(fill(translate("Session", "%1, %2"), where, state))

    def _show_step(self, snapshot: Snapshot) -> None:
        step = snapshot.step
        index = snapshot.index
        self._shown_step = index
        self.step_title.setText(step.title)
        self.instruction.setText(step.instruction)
        self.call_line.setVisible(says_call(f"{step.title} {step.instruction}"))
        self.up_next.setText(
            fill(translate("Session", "Up next: %1"), snapshot.next_title)
            if snapshot.next_title is not None
            else translate("Session", "Last step")
        )
        if step.image:
            found = resolve_image(self.routine_path, step.image) if self.routine_path else None
            if found is None:
                log.warning(
                    "picture %r for step %d not found; showing a placeholder", step.image, index + 1
                )
            language = self.controller.routine.language
            self.picture.show_file(found, picture_description(found, language) or step.title)
            self.picture.show()
        else:
            self.picture.hide()
        self._fit_fonts()

    # --- scaling --------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Size text and controls from the window (see `session_sizes`)."""
        sizes = session_sizes(
            self.width(),
            self.height(),
            picture=self.picture.isVisibleTo(self),
            long_title=len(self.step_title.text()) > 40,
            call_line=self.call_line.isVisibleTo(self),
            text_scale=text_scale(),
        )
        for button, (short, hint) in self._header_texts.items():
            button.setText(f"{short}  {hint}" if sizes.key_hints else short)
        header = tuple(self._header_texts)  # the bottom row's type is `_fit_controls`'s
        for widget in (self.routine_label, self.progress_label, self.up_next, *header):
            set_font(widget, pixels=sizes.small)
        set_font(self.state_label, pixels=sizes.state, bold=True)
        for button in (*self._buttons, self.play_button):
            button.setMinimumHeight(sizes.button_height)
        self._fit_controls(sizes.small, sizes.play)
        self.bar.setFixedHeight(sizes.bar_height)
        set_font(self.countdown, pixels=sizes.countdown, bold=True)
        set_font(self.continue_button, pixels=sizes.continue_text, bold=True)
        set_font(self.step_title, pixels=sizes.title)
        set_font(self.call_line, pixels=int(sizes.small * 1.15), bold=True)
        self.instruction.set_max_pixels(sizes.instruction_max)
