"""Random commands and clock moves against the engine; the invariants are its specification."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from massage_timer.core.engine import (
    TERMINAL,
    CueDue,
    Event,
    Session,
    SessionFinished,
    State,
    StepEnded,
    StepEndingSoon,
    StepStarted,
    WaitingForPartner,
)
from massage_timer.core.routine import Routine
from tests.conftest import FakeClock

durations = st.integers(min_value=1, max_value=120)
cue_at = st.one_of(
    st.integers(min_value=1, max_value=99).map(lambda p: f"{p}%"),
    st.integers(min_value=1, max_value=119).map(lambda s: f"{s}s"),
    st.integers(min_value=1, max_value=119).map(lambda s: f"-{s}s"),
)


@st.composite
def routines(draw: st.DrawFn) -> Routine:
    steps = []
    for i in range(draw(st.integers(min_value=1, max_value=5))):
        duration = draw(durations)
        cues = [
            {"at": at, "say": "cue"}
            for at in draw(st.lists(cue_at, max_size=3))
            if _fits(at, duration)
        ]
        steps.append(
            {
                "title": f"S{i}",
                "duration": duration,
                "instruction": "x",
                "wait": draw(st.booleans()),
                "cues": cues,
            }
        )
    return Routine.model_validate({"format": 1, "id": "r", "title": "R", "steps": steps})


def _fits(at: str, duration: int) -> bool:
    if at.endswith("%"):
        return True
    seconds = int(at.strip("-s"))
    return 0 < seconds < duration


class SessionMachine(RuleBasedStateMachine):
    @initialize(routine=routines(), ending_soon=st.sampled_from([0.0, 3.0, 10.0]))
    def setup(self, routine: Routine, ending_soon: float) -> None:
        self.clock = FakeClock()
        self.session = Session(routine.steps, self.clock, ending_soon=ending_soon)
        self.last_active = 0.0
        self.finished = 0
        self.visit_events: list[Event] = []
        self.visit_index: int | None = None

    # --- clock --------------------------------------------------------------------------

    @rule(seconds=st.floats(min_value=0, max_value=200, allow_nan=False))
    def advance(self, seconds: float) -> None:
        before = (self.session.state, self.session.elapsed(), self.session.active_seconds())
        self.clock.advance(seconds)
        state, elapsed, active = before
        if state is State.PAUSED:
            assert self.session.elapsed() == elapsed, "elapsed moved while paused"
            assert self.session.active_seconds() == active
        self.record(self.session.poll())

    @precondition(lambda self: self.session.next_due() is not None)
    @rule()
    def jump_to_next_event(self) -> None:
        due = self.session.next_due()
        assert due is not None
        assert due >= self.clock.now - 1e-9, "next_due is in the past"
        self.clock.now = max(self.clock.now, due)
        events = self.session.poll()
        assert events, "nothing happened at the moment next_due promised"
        self.record(events)

    # --- commands -----------------------------------------------------------------------

    @rule()
    def start(self) -> None:
        self.record(self.session.start())

    @rule()
    def pause(self) -> None:
        self.record(self.session.pause())

    @rule()
    def resume(self) -> None:
        self.record(self.session.resume())

    @rule()
    def next(self) -> None:
        self.record(self.session.next())

    @rule()
    def previous(self) -> None:
        self.record(self.session.previous())

    @rule()
    def restart_step(self) -> None:
        self.record(self.session.restart_step())

    @rule(seconds=st.sampled_from([1.0, 30.0, 900.0]))
    def add_time(self, seconds: float) -> None:
        if self.session.state is State.WAITING:  # runs on, and may wait once more
            self.visit_events = [
                e for e in self.visit_events if not isinstance(e, WaitingForPartner)
            ]
        self.record(self.session.add_time(seconds))

    @rule()
    def stop(self) -> None:
        self.record(self.session.stop())

    # --- bookkeeping --------------------------------------------------------------------

    def record(self, events: list[Event]) -> None:
        for event in events:
            assert self.finished == 0, f"{event} after the session finished"
            if isinstance(event, SessionFinished):
                self.finished += 1
            elif isinstance(event, StepStarted):
                self.visit_index = event.index
                self.visit_events = [event]
            else:
                self.check_in_visit(event)

    def check_in_visit(self, event: Event) -> None:
        assert isinstance(event, CueDue | StepEndingSoon | StepEnded | WaitingForPartner)
        assert event.index == self.visit_index, "event for a step that is not current"
        assert event not in self.visit_events, f"{event} fired twice in one visit"
        assert not any(isinstance(e, StepEnded) for e in self.visit_events), "event after end"
        self.visit_events.append(event)

    # --- invariants ---------------------------------------------------------------------

    @invariant()
    def time_left_within_bounds(self) -> None:
        left = self.session.time_left()
        assert 0 <= left <= self.session.step_duration() + 1e-9
        planned = self.session.durations[self.session.index]
        assert self.session.step_duration() >= planned

    @invariant()
    def active_time_never_goes_back(self) -> None:
        active = self.session.active_seconds()
        assert active >= self.last_active - 1e-9
        self.last_active = active

    @invariant()
    def finished_once_exactly_when_over(self) -> None:
        over = self.session.state in TERMINAL
        assert self.finished == (1 if over else 0)
        assert (self.session.summary is not None) == over

    @invariant()
    def only_running_sessions_have_deadlines(self) -> None:
        due = self.session.next_due()
        assert (due is not None) == (self.session.state is State.RUNNING), "a stuck session"

    def teardown(self) -> None:
        if hasattr(self, "session"):
            self.record(self.session.stop())
            assert self.finished == 1


SessionMachine.TestCase.settings = settings(max_examples=200, stateful_step_count=40, deadline=None)
test_session_state_machine = SessionMachine.TestCase
