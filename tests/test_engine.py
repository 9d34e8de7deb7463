"""The session engine: every command in every state, events, timing and drift."""

from __future__ import annotations

import random
from collections.abc import Sequence

import pytest

from massage_timer.core.engine import (
    Command,
    CueDue,
    Outcome,
    Session,
    SessionFinished,
    State,
    StepEnded,
    StepEndingSoon,
    StepStarted,
    WaitingForPartner,
)
from massage_timer.core.routine import Routine
from tests.conftest import FakeClock, make_routine

COMMANDS = {
    Command.START: Session.start,
    Command.PAUSE: Session.pause,
    Command.RESUME: Session.resume,
    Command.NEXT: Session.next,
    Command.PREVIOUS: Session.previous,
    Command.RESTART_STEP: Session.restart_step,
    Command.ADD_TIME: Session.add_time,
    Command.STOP: Session.stop,
}


def kinds(events: Sequence[object]) -> list[str]:
    return [type(e).__name__ for e in events]


def session_in(state: State, clock: FakeClock) -> Session:
    """A 3-step session (60 s each, the middle one a wait step) put into ``state`` on step 2."""
    session = Session(make_routine(60, 60, 60, waits=(1,)).steps, clock)
    if state is State.READY:
        return session
    session.start()
    clock.advance(61)
    session.poll()
    assert session.index == 1
    if state is State.PAUSED:
        session.pause()
    elif state is State.WAITING:
        clock.advance(60)
        session.poll()
    elif state is State.FINISHED:
        session.next()
        session.next()
    elif state is State.STOPPED:
        session.stop()
    assert session.state is state
    return session


S, E, F, W = "StepStarted", "StepEnded", "SessionFinished", "WaitingForPartner"
R, P, WT = State.RUNNING, State.PAUSED, State.WAITING

# state -> command -> (state after, event kinds, index after)
EXPECTED: dict[State, dict[Command, tuple[State, list[str], int]]] = {
    State.READY: {
        Command.START: (R, [S], 0),
        Command.PAUSE: (State.READY, [], 0),
        Command.RESUME: (State.READY, [], 0),
        Command.NEXT: (State.READY, [], 0),
        Command.PREVIOUS: (State.READY, [], 0),
        Command.RESTART_STEP: (State.READY, [], 0),
        Command.ADD_TIME: (State.READY, [], 0),
        Command.STOP: (State.STOPPED, [F], 0),
    },
    State.RUNNING: {
        Command.START: (R, [], 1),
        Command.PAUSE: (P, [], 1),
        Command.RESUME: (R, [], 1),
        Command.NEXT: (R, [E, S], 2),
        Command.PREVIOUS: (R, [S], 0),
        Command.RESTART_STEP: (R, [S], 1),
        Command.ADD_TIME: (R, [], 1),
        Command.STOP: (State.STOPPED, [F], 1),
    },
    State.PAUSED: {
        Command.START: (P, [], 1),
        Command.PAUSE: (P, [], 1),
        Command.RESUME: (R, [], 1),
        Command.NEXT: (P, [E, S], 2),
        Command.PREVIOUS: (P, [S], 0),
        Command.RESTART_STEP: (P, [S], 1),
        Command.ADD_TIME: (P, [], 1),
        Command.STOP: (State.STOPPED, [F], 1),
    },
    State.WAITING: {
        Command.START: (WT, [], 1),
        Command.PAUSE: (WT, [], 1),
        Command.RESUME: (WT, [], 1),
        Command.NEXT: (R, [E, S], 2),
        Command.PREVIOUS: (R, [S], 0),
        Command.RESTART_STEP: (R, [S], 1),
        Command.ADD_TIME: (R, [], 1),
        Command.STOP: (State.STOPPED, [F], 1),
    },
    State.FINISHED: {c: (State.FINISHED, [], 2) for c in Command},
    State.STOPPED: {c: (State.STOPPED, [], 1) for c in Command},
}


@pytest.mark.parametrize("state", list(EXPECTED))
@pytest.mark.parametrize("command", list(Command))
def test_every_command_in_every_state(state: State, command: Command, clock: FakeClock) -> None:
    session = session_in(state, clock)
    expected_state, expected_events, expected_index = EXPECTED[state][command]
    available = session.available(command)

    events = COMMANDS[command](session)

    assert (session.state, kinds(events), session.index) == (
        expected_state,
        expected_events,
        expected_index,
    )
    changed = bool(events) or session.state is not state or command is Command.ADD_TIME
    if command is not Command.ADD_TIME:
        assert available == changed, "available() must predict whether a command does anything"


def test_a_plain_run_emits_each_event_once_in_order(clock: FakeClock) -> None:
    session = Session(make_routine(30, 20).steps, clock)
    events = session.start()
    assert events == [StepStarted(0, session.steps[0], 30.0)]
    assert session.next_due() == clock.now + 20  # ending soon, 10 s before the end
    clock.advance(20)
    assert session.poll() == [StepEndingSoon(0, 10.0)]
    assert session.poll() == []
    clock.advance(10)
    assert kinds(session.poll()) == [E, S]
    clock.advance(100)  # a late timer still gives every event, in order, exactly once
    events = session.poll()
    assert kinds(events) == ["StepEndingSoon", E, F]
    assert session.state is State.FINISHED
    finished = events[-1]
    assert isinstance(finished, SessionFinished)
    assert finished.summary.completed == 2
    assert finished.summary.active_seconds == pytest.approx(50.0)
    assert session.poll() == []


def test_time_left_is_derived_from_the_clock_and_frozen_while_paused(clock: FakeClock) -> None:
    session = Session(make_routine(90).steps, clock)
    session.start()
    clock.advance(30.25)
    assert session.time_left() == pytest.approx(59.75)
    session.pause()
    clock.advance(3600)
    assert session.time_left() == pytest.approx(59.75)
    assert session.elapsed() == pytest.approx(30.25)
    session.resume()
    clock.advance(59.75)
    assert kinds(session.poll()) == ["StepEndingSoon", E, F]
    assert session.summary is not None
    assert session.summary.active_seconds == pytest.approx(90.0)


def test_cues_fire_at_their_moments(clock: FakeClock) -> None:
    routine = Routine.model_validate(
        {
            "format": 1,
            "id": "c",
            "title": "C",
            "steps": [
                {
                    "title": "A",
                    "duration": 100,
                    "instruction": "x",
                    "cues": [
                        {"at": "-5s", "say": "end soon"},
                        {"at": "50%", "say": "half"},
                        {"at": "10s", "say": "ten"},
                    ],
                }
            ],
        }
    )
    session = Session(routine.steps, clock, ending_soon=10)
    session.start()
    moments = []
    while session.state is State.RUNNING:
        due = session.next_due()
        assert due is not None
        clock.now = due
        for event in session.poll():
            moments.append(
                (
                    round(clock.now - 1000, 3),
                    type(event).__name__,
                    getattr(event, "cue_index", None),
                )
            )
    assert moments == [
        (10.0, "CueDue", 2),
        (50.0, "CueDue", 1),
        (90.0, "StepEndingSoon", None),
        (95.0, "CueDue", 0),
        (100.0, E, None),
        (100.0, F, None),
    ]


def test_adding_time_moves_the_end_and_end_anchored_cues(clock: FakeClock) -> None:
    routine = Routine.model_validate(
        {
            "format": 1,
            "id": "c",
            "title": "C",
            "steps": [
                {
                    "title": "A",
                    "duration": 60,
                    "instruction": "x",
                    "cues": [{"at": "-5s", "say": "end soon"}],
                },
                {"title": "B", "duration": 60, "instruction": "x"},
            ],
        }
    )
    session = Session(routine.steps, clock)
    session.start()
    clock.advance(40)
    session.add_time(30)
    assert session.time_left() == pytest.approx(50)
    assert session.step_duration() == 90
    assert session.next_due() == pytest.approx(clock.now + 40)  # ending soon at 80 s
    clock.advance(45)
    assert kinds(session.poll()) == ["StepEndingSoon", "CueDue"]
    clock.advance(5)
    assert kinds(session.poll()) == [E, S]


def test_adding_time_is_capped_at_the_longest_step(clock: FakeClock) -> None:
    session = Session(make_routine(3590).steps, clock)
    session.start()
    session.add_time(30)
    assert session.step_duration() == 3600
    assert not session.available(Command.ADD_TIME)
    session.add_time(30)
    assert session.step_duration() == 3600


def test_a_wait_step_holds_until_the_partner_goes_on(clock: FakeClock) -> None:
    session = Session(make_routine(10, 10, waits=(0,)).steps, clock, ending_soon=3)
    session.start()
    clock.advance(500)
    assert kinds(session.poll()) == ["StepEndingSoon", W]
    assert session.state.value == "waiting"
    assert session.time_left() == 0
    assert session.next_due() is None
    events = session.next()
    assert events[0] == StepEnded(0, Outcome.COMPLETED)
    assert session.state is State.RUNNING
    assert session.time_left() == 10


def test_next_marks_skipped_and_summary_counts(clock: FakeClock) -> None:
    session = Session(make_routine(10, 10, 10).steps, clock)
    session.start()
    clock.advance(3)
    assert session.next()[0] == StepEnded(0, Outcome.SKIPPED)
    clock.advance(10)
    session.poll()
    session.stop()
    summary = session.summary
    assert summary is not None
    assert summary.stopped_early
    assert [s.outcome for s in summary.steps] == [
        Outcome.SKIPPED,
        Outcome.COMPLETED,
        Outcome.SKIPPED,
    ]
    assert (summary.completed, summary.skipped) == (1, 2)
    assert summary.active_seconds == pytest.approx(13)


def test_restart_and_previous_start_the_step_afresh(clock: FakeClock) -> None:
    session = Session(make_routine(10, 20).steps, clock)
    session.start()
    clock.advance(12)
    session.poll()
    clock.advance(15)
    assert session.time_left() == pytest.approx(3)  # step 2 began at 10 s
    session.restart_step()
    assert session.time_left() == 20
    session.previous()
    assert (session.index, session.time_left()) == (0, 10)
    assert session.active_seconds() == pytest.approx(27)


def test_durations_override_the_routine(clock: FakeClock) -> None:
    session = Session(make_routine(10, 20).steps, clock, durations=[5, 7])
    session.start()
    assert session.time_left() == 5
    clock.advance(5)
    session.poll()
    assert session.time_left() == 7
    with pytest.raises(ValueError, match="one value per step"):
        Session(make_routine(10).steps, clock, durations=[1, 2])


def test_a_clock_that_steps_back_does_not_move_time_back(clock: FakeClock) -> None:
    session = Session(make_routine(60).steps, clock)
    session.start()
    clock.advance(10)
    assert session.time_left() == pytest.approx(50)
    clock.advance(-5)
    assert session.time_left() == pytest.approx(50)


def test_twelve_hours_with_thousands_of_pauses_ends_on_time() -> None:
    """A 12-hour session paused 5000 times ends within 1 ms of the expected moment."""
    rng = random.Random(20261125)
    clock = FakeClock(start=123_456.789)
    durations = [3600.0] * 12
    session = Session(make_routine(*([60] * 12)).steps, clock, durations=durations)
    session.start()
    paused_total = 0.0
    start = clock.now
    for _ in range(5000):
        clock.advance(rng.uniform(0.001, 8.0))
        session.poll()
        session.pause()
        pause = rng.uniform(0.0001, 3.0)
        paused_total += pause
        clock.advance(pause)
        session.resume()
    expected_end = start + sum(durations) + paused_total
    while session.state is State.RUNNING:
        due = session.next_due()
        assert due is not None
        clock.now = due
        session.poll()
    assert session.state is State.FINISHED
    assert abs(clock.now - expected_end) < 0.001
    assert session.summary is not None
    assert abs(session.summary.active_seconds - sum(durations)) < 0.001


def test_a_cue_that_no_longer_fits_a_shortened_step_is_left_out(clock: FakeClock) -> None:
    routine = Routine.model_validate(
        {
            "format": 1,
            "id": "c",
            "title": "C",
            "steps": [
                {
                    "title": "A",
                    "duration": 60,
                    "instruction": "x",
                    "cues": [{"at": "40s", "say": "late"}, {"at": "-30s", "say": "x"}],
                }
            ],
        }
    )
    session = Session(routine.steps, clock, durations=[20])
    session.start()
    clock.advance(25)
    events = session.poll()
    assert not any(isinstance(e, CueDue) for e in events)
    assert isinstance(events[-1], SessionFinished)


def test_a_session_needs_steps(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="at least one step"):
        Session([], clock)


def test_waiting_event_carries_the_step(clock: FakeClock) -> None:
    session = Session(make_routine(5, waits=(0,)).steps, clock)
    session.start()
    clock.advance(5)
    assert session.poll() == [WaitingForPartner(0)]
    assert kinds(session.next()) == [E, F]


def test_a_snapshot_says_all_a_view_shows(clock: FakeClock) -> None:
    session = Session(make_routine(60, 30, waits=(1,)).steps, clock)
    ready = session.snapshot()
    assert (ready.state, ready.index, ready.count, ready.next_title) == (
        State.READY,
        0,
        2,
        "Step 2",
    )
    assert not ready.started
    assert not ready.over
    assert ready.available == {Command.START, Command.STOP}
    session.start()
    clock.advance(15)
    session.add_time(30)
    running = session.snapshot()
    assert running.started
    assert running.time_left == 75
    assert running.fraction == pytest.approx(15 / 90)
    assert running.durations == (90, 30)
    assert running.can(Command.PAUSE)
    assert not running.can(Command.RESUME)
    assert not running.is_last_step
    session.next()
    clock.advance(31)
    session.poll()
    waiting = session.snapshot()
    assert waiting.state is State.WAITING
    assert waiting.is_last_step
    assert waiting.next_title is None
    assert waiting.fraction == 1.0
    assert waiting.time_left == 0
    session.next()
    assert session.snapshot().over
    assert session.snapshot().available == frozenset()
