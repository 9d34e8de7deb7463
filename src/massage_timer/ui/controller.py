"""Turns user actions into engine commands, and engine events into Qt signals.

One single-shot timer is armed for the engine's next deadline; a second one fires on each
whole-second boundary of the countdown so the display changes exactly when the number
does. Neither counts anything: every refresh asks the engine, which asks the clock.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from massage_timer.core.engine import (
    CueDue,
    Event,
    Session,
    SessionFinished,
    Snapshot,
    State,
    StepEnded,
    StepEndingSoon,
    StepStarted,
    WaitingForPartner,
)
from massage_timer.core.routine import Routine

log = logging.getLogger(__name__)


class SessionController(QObject):
    """Drives one `Session` on the Qt event loop.

    Signals:
        step_started(StepStarted): a step became the current one.
        cue_due(CueDue): a cue inside the step is due now.
        ending_soon(StepEndingSoon): the step ends in a few seconds.
        step_ended(StepEnded): a step was completed or skipped.
        waiting(WaitingForPartner): a ``wait: true`` step is holding for the partner.
        finished(SessionFinished): the session is over (done or stopped early).
        changed(Snapshot): state, step or countdown changed; what to show now.
        second(int): the countdown now shows this many whole seconds (once a second).
    """

    step_started = Signal(object)
    cue_due = Signal(object)
    ending_soon = Signal(object)
    step_ended = Signal(object)
    waiting = Signal(object)
    finished = Signal(object)
    changed = Signal(object)
    second = Signal(int)

    def __init__(
        self,
        routine: Routine,
        *,
        clock: Callable[[], float] = time.monotonic,
        durations: Sequence[float] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.routine = routine
        self.session = Session(routine.steps, clock, durations=durations)
        self.deadline_timer = self._single_shot(self._on_deadline)
        self.second_timer = self._single_shot(self._on_second)

    def _single_shot(self, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(slot)
        return timer

    # --- commands from the view -----------------------------------------------------------

    def start(self) -> None:
        self._apply(self.session.start())

    def pause(self) -> None:
        self._apply(self.session.pause())

    def resume(self) -> None:
        self._apply(self.session.resume())

    def toggle(self) -> None:
        """Space: start, pause or resume, whichever fits; on a waiting step, go on."""
        state = self.session.state
        if state is State.READY:
            self.start()
        elif state is State.RUNNING:
            self.pause()
        elif state is State.PAUSED:
            self.resume()
        elif state is State.WAITING:
            self.next()

    def next(self) -> None:
        self._apply(self.session.next())

    def previous(self) -> None:
        self._apply(self.session.previous())

    def restart_step(self) -> None:
        self._apply(self.session.restart_step())

    def add_time(self, seconds: float = 30.0) -> None:
        self._apply(self.session.add_time(seconds))

    def stop(self) -> None:
        self._apply(self.session.stop())

    def snapshot(self) -> Snapshot:
        """The session now (the same value `changed` carries)."""
        return self.session.snapshot()

    # --- engine to signals ----------------------------------------------------------------

    def _on_deadline(self) -> None:
        due = self.session.next_due()
        if due is not None and due > self.session.now():
            log.debug("deadline timer fired %.1f ms early", (due - self.session.now()) * 1000)
        self._apply(self.session.poll())

    def _on_second(self) -> None:
        self.changed.emit(self.session.snapshot())
        self.second.emit(math.ceil(self.session.time_left() - 1e-9))
        self._arm()

    def _apply(self, events: list[Event]) -> None:
        for event in events:
            match event:
                case StepStarted():
                    log.info("step %d started: %s", event.index + 1, event.step.title)
                    self.step_started.emit(event)
                case CueDue():
                    self.cue_due.emit(event)
                case StepEndingSoon():
                    self.ending_soon.emit(event)
                case StepEnded():
                    self.step_ended.emit(event)
                case WaitingForPartner():
                    self.waiting.emit(event)
                case SessionFinished():
                    log.info(
                        "session %s: %d steps completed",
                        "stopped" if event.summary.stopped_early else "finished",
                        event.summary.completed,
                    )
                    self.finished.emit(event)
        self._arm()
        self.changed.emit(self.session.snapshot())

    def _arm(self) -> None:
        """Arm the deadline timer for the engine's next event and the display's next second."""
        session = self.session
        due = session.next_due()
        if due is None:
            self.deadline_timer.stop()
            self.second_timer.stop()
            return
        now = session.now()
        self.deadline_timer.start(_ms(due - now))
        left = session.time_left()
        to_boundary = left - math.floor(left)  # the shown number changes when left crosses n
        self.second_timer.start(max(1, _ms(to_boundary or 1.0)))

    def shutdown(self) -> None:
        """Stop both timers (the window is closing)."""
        self.deadline_timer.stop()
        self.second_timer.stop()


def _ms(seconds: float) -> int:
    """Whole milliseconds, rounded up so a timer never fires before its moment."""
    return max(0, math.ceil(seconds * 1000 - 1e-6))
