"""The session engine: runs one pass of a routine against an injected monotonic clock.

The engine never waits and never counts ticks. Time left is always ``deadline - now()``,
and pausing only moves the deadline, so a session cannot drift however long it runs or
however often it is paused. Each command and `poll` return the events that became due, in
order; `next_due` says when the next one will be, so a GUI arms one single-shot timer for
exactly that moment instead of polling.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from massage_timer.core.durations import MAX_STEP_SECONDS

if TYPE_CHECKING:  # the engine only passes steps through; importing pydantic is slow
    from massage_timer.core.routine import Cue, Step

Clock = Callable[[], float]


class State(enum.Enum):
    """Where a session is."""

    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    WAITING = "waiting"  # a ``wait: true`` step ran out; holding until the partner goes on
    FINISHED = "finished"
    STOPPED = "stopped"  # ended early by the user


TERMINAL = frozenset({State.FINISHED, State.STOPPED})


class Outcome(enum.Enum):
    """How a step's last visit ended."""

    NOT_REACHED = "not reached"
    COMPLETED = "completed"
    SKIPPED = "skipped"


class Command(enum.Enum):
    """What a user can ask of a session."""

    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    PREVIOUS = "previous"
    RESTART_STEP = "restart step"
    ADD_TIME = "add time"
    STOP = "stop"


# --- events -------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepStarted:
    index: int
    step: Step
    duration: float


@dataclass(frozen=True)
class CueDue:
    index: int
    cue_index: int
    cue: Cue


@dataclass(frozen=True)
class StepEndingSoon:
    index: int
    seconds_left: float


@dataclass(frozen=True)
class StepEnded:
    index: int
    outcome: Outcome


@dataclass(frozen=True)
class WaitingForPartner:
    index: int


@dataclass(frozen=True)
class SessionFinished:
    summary: Summary


Event = StepStarted | CueDue | StepEndingSoon | StepEnded | WaitingForPartner | SessionFinished


@dataclass(frozen=True)
class StepRecord:
    """What happened to one step, for the finish screen."""

    index: int
    title: str
    outcome: Outcome
    planned: float
    added: float


@dataclass(frozen=True)
class Summary:
    """The whole session once it is over."""

    stopped_early: bool
    active_seconds: float
    steps: tuple[StepRecord, ...]

    @property
    def completed(self) -> int:
        return sum(1 for s in self.steps if s.outcome is Outcome.COMPLETED)

    @property
    def skipped(self) -> int:
        return sum(1 for s in self.steps if s.outcome is Outcome.SKIPPED)


@dataclass(frozen=True)
class Snapshot:
    """Everything a view shows of a session at one moment: a frozen value, read without Qt.

    ``durations`` are the planned lengths of all steps, the current one with any time added.
    ``available`` holds the commands that would do something now.
    """

    state: State
    index: int
    step: Step
    next_title: str | None
    time_left: float
    step_duration: float
    fraction: float  # of the current step done, 0 to 1
    durations: tuple[float, ...]
    available: frozenset[Command]

    @property
    def count(self) -> int:
        return len(self.durations)

    @property
    def is_last_step(self) -> bool:
        return self.index == len(self.durations) - 1

    @property
    def started(self) -> bool:
        """Under way: running, paused or waiting (not ready, not over)."""
        return self.state in (State.RUNNING, State.PAUSED, State.WAITING)

    @property
    def over(self) -> bool:
        return self.state in TERMINAL

    def can(self, command: Command) -> bool:
        return command in self.available


# --- the engine ----------------------------------------------------------------------------

_CUE, _SOON, _END = 0, 1, 2  # order of events due at the same moment


@dataclass
class _Visit:
    """The current step's timing. Elapsed time is banked on pause, never counted by ticks."""

    index: int
    duration: float
    banked: float = 0.0  # running time before the current run began
    run_since: float | None = None  # clock time the current run began, None while not running
    added: float = 0.0
    fired: set[tuple[int, int]] = field(default_factory=set)

    def elapsed(self, now: float) -> float:
        running = now - self.run_since if self.run_since is not None else 0.0
        return min(self.banked + running, self.total)

    @property
    def total(self) -> float:
        return self.duration + self.added


class Session:
    """One pass through a list of steps. Not thread-safe; drive it from one thread.

    ``durations`` overrides each step's own duration (someone's adjusted timings).
    ``ending_soon`` is how many seconds before a step's end `StepEndingSoon` is due.
    """

    def __init__(
        self,
        steps: Sequence[Step],
        clock: Clock,
        *,
        durations: Sequence[float] | None = None,
        ending_soon: float = 10.0,
    ) -> None:
        if not steps:
            raise ValueError("a session needs at least one step")
        if durations is not None and len(durations) != len(steps):
            raise ValueError("durations must give one value per step")
        self.steps = tuple(steps)
        self.durations = tuple(float(d) for d in (durations or [s.duration for s in steps]))
        self.ending_soon = ending_soon
        self._clock = clock
        self._last_now = clock()
        self._state = State.READY
        self._visit = _Visit(0, self.durations[0])
        self._outcomes = [Outcome.NOT_REACHED] * len(self.steps)
        self._added = [0.0] * len(self.steps)
        self._active_banked = 0.0  # session time (pauses excluded) before _active_since
        self._active_since: float | None = None
        self._summary: Summary | None = None

    # --- reading ------------------------------------------------------------------------

    def now(self) -> float:
        """The clock, never allowed to step backwards."""
        self._last_now = max(self._last_now, self._clock())
        return self._last_now

    @property
    def state(self) -> State:
        return self._state

    @property
    def index(self) -> int:
        return self._visit.index

    @property
    def step(self) -> Step:
        return self.steps[self._visit.index]

    @property
    def summary(self) -> Summary | None:
        return self._summary

    def step_duration(self) -> float:
        """The current step's length including any time added to it."""
        return self._visit.total

    def elapsed(self) -> float:
        """Seconds the current step has run."""
        return self._visit.elapsed(self.now())

    def time_left(self) -> float:
        """Seconds left in the current step; never negative."""
        return max(0.0, self._visit.total - self.elapsed())

    def active_seconds(self) -> float:
        """Seconds the whole session has been running (pauses excluded); never goes back."""
        since = self._active_since
        return self._active_banked + (self.now() - since if since is not None else 0.0)

    def available(self, command: Command) -> bool:
        """Whether ``command`` would do anything now (for enabling buttons)."""
        state = self._state
        if state in TERMINAL:
            return False
        return {
            Command.START: state is State.READY,
            Command.PAUSE: state is State.RUNNING,
            Command.RESUME: state is State.PAUSED,
            Command.NEXT: state is not State.READY,
            Command.PREVIOUS: state is not State.READY and self._visit.index > 0,
            Command.RESTART_STEP: state is not State.READY,
            Command.ADD_TIME: state is not State.READY
            and self._visit.total < max(MAX_STEP_SECONDS, self._visit.duration),
            Command.STOP: True,
        }[command]

    def snapshot(self) -> Snapshot:
        """What the session looks like now, as one frozen value."""
        index = self._visit.index
        total = self._visit.total
        elapsed = self.elapsed()
        durations = list(self.durations)
        durations[index] = total
        following = index + 1
        return Snapshot(
            state=self._state,
            index=index,
            step=self.steps[index],
            next_title=self.steps[following].title if following < len(self.steps) else None,
            time_left=max(0.0, total - elapsed),
            step_duration=total,
            fraction=min(1.0, elapsed / total) if total else 0.0,
            durations=tuple(durations),
            available=frozenset(c for c in Command if self.available(c)),
        )

    def next_due(self) -> float | None:
        """Clock time of the next event, or None when nothing will happen by itself."""
        if self._state is not State.RUNNING:
            return None
        pending = self._pending()
        return pending[0][0] if pending else None

    # --- commands -----------------------------------------------------------------------

    def poll(self) -> list[Event]:
        """Emit every event due by now, in order (call when `next_due` has passed)."""
        events: list[Event] = []
        self._catch_up(events)
        return events

    def start(self) -> list[Event]:
        if self._state is not State.READY:
            return []
        events: list[Event] = []
        now = self.now()
        self._active_since = now
        self._enter(0, now, events, running=True)
        self._catch_up(events)
        return events

    def pause(self) -> list[Event]:
        events = self.poll()
        if self._state is State.RUNNING:
            now = self.now()
            self._halt(now)
            self._bank_active(now)
            self._state = State.PAUSED
        return events

    def resume(self) -> list[Event]:
        events = self.poll()
        if self._state is State.PAUSED:
            now = self.now()
            self._visit.run_since = now
            self._active_since = now
            self._state = State.RUNNING
            self._catch_up(events)
        return events

    def next(self) -> list[Event]:
        events = self.poll()
        if self._state in TERMINAL or self._state is State.READY:
            return events
        now = self.now()
        visit = self._visit
        done = self._state is State.WAITING or visit.elapsed(now) >= visit.total
        self._leave(now, Outcome.COMPLETED if done else Outcome.SKIPPED, events)
        if visit.index + 1 < len(self.steps):
            self._enter(visit.index + 1, now, events, running=self._state is not State.PAUSED)
            self._catch_up(events)
        else:
            self._finish(now, stopped=False, events=events)
        return events

    def previous(self) -> list[Event]:
        events = self.poll()
        if self._state in TERMINAL or self._state is State.READY or self.index == 0:
            return events
        now = self.now()
        self._leave(now, None, events)
        self._enter(self.index - 1, now, events, running=self._state is not State.PAUSED)
        self._catch_up(events)
        return events

    def restart_step(self) -> list[Event]:
        events = self.poll()
        if self._state in TERMINAL or self._state is State.READY:
            return events
        now = self.now()
        self._leave(now, None, events)
        self._enter(self.index, now, events, running=self._state is not State.PAUSED)
        self._catch_up(events)
        return events

    def add_time(self, seconds: float = 30.0) -> list[Event]:
        """Lengthen the current step (for this session only); a waiting step runs on."""
        events = self.poll()
        if seconds <= 0 or not self.available(Command.ADD_TIME):
            return events
        visit = self._visit
        limit = max(MAX_STEP_SECONDS, visit.duration)
        extra = min(seconds, limit - visit.total)
        visit.added += extra
        self._added[visit.index] += extra
        if self._state is State.WAITING:
            # "A little longer": run on for the added time, then hold again.
            self._state = State.RUNNING
            visit.run_since = self.now()
            visit.fired.discard((_END, 0))
        self._catch_up(events)
        return events

    def stop(self) -> list[Event]:
        events = self.poll()
        if self._state in TERMINAL:
            return events
        now = self.now()
        if self._state is not State.READY:
            self._leave(now, None, events)
        self._finish(now, stopped=True, events=events)
        return events

    # --- internals ----------------------------------------------------------------------

    def _pending(self) -> list[tuple[float, int, int, Event]]:
        """Events still to come in this visit, as (due time, order, key, event)."""
        visit = self._visit
        assert visit.run_since is not None, "only a running visit has events to come"
        start = visit.run_since - visit.banked  # when the visit would have begun unpaused
        items: list[tuple[float, int, int, Event]] = []
        step = self.steps[visit.index]
        for i, cue in enumerate(step.cues):
            if (_CUE, i) not in visit.fired:
                offset = cue.at.offset(visit.duration)
                if cue.at.kind == "before_end":
                    offset += visit.added
                if not 0 < offset < visit.total:
                    continue  # someone's shorter timing left no room for this cue
                items.append((start + offset, _CUE, i, CueDue(visit.index, i, cue)))
        lead = self.ending_soon
        if (_SOON, 0) not in visit.fired and 0 < lead < visit.total:
            items.append((start + visit.total - lead, _SOON, 0, StepEndingSoon(visit.index, lead)))
        # The end is always still to come: once it fires, the visit is left or held (waiting).
        items.append((start + visit.total, _END, 0, StepEnded(visit.index, Outcome.COMPLETED)))
        items.sort(key=lambda item: (item[0], item[1], item[2]))
        return items

    def _catch_up(self, events: list[Event]) -> None:
        while self._state is State.RUNNING:
            now = self.now()
            due = [item for item in self._pending() if item[0] <= now]
            if not due:
                return
            when, kind, key, event = due[0]
            self._visit.fired.add((kind, key))
            if kind != _END:
                events.append(event)
                continue
            self._time_up(when, events)

    def _time_up(self, when: float, events: list[Event]) -> None:
        """The current step's time ran out at clock time ``when``."""
        visit = self._visit
        if self.steps[visit.index].wait:
            self._halt(when)
            self._state = State.WAITING
            events.append(WaitingForPartner(visit.index))
            return
        self._leave(when, Outcome.COMPLETED, events)
        if visit.index + 1 < len(self.steps):
            self._enter(visit.index + 1, when, events, running=True)
        else:
            self._finish(when, stopped=False, events=events)

    def _halt(self, when: float) -> None:
        visit = self._visit
        if visit.run_since is not None:
            visit.banked = min(visit.banked + (when - visit.run_since), visit.total)
            visit.run_since = None

    def _bank_active(self, when: float) -> None:
        if self._active_since is not None:
            self._active_banked += when - self._active_since
            self._active_since = None

    def _enter(self, index: int, when: float, events: list[Event], *, running: bool) -> None:
        self._visit = _Visit(index, self.durations[index])
        self._added[index] = 0.0
        if running:
            self._visit.run_since = when
            self._state = State.RUNNING
        events.append(StepStarted(index, self.steps[index], self._visit.total))

    def _leave(self, when: float, outcome: Outcome | None, events: list[Event]) -> None:
        """End the current visit; ``outcome`` None means it is left without a verdict."""
        self._halt(when)
        index = self._visit.index
        if outcome is not None:
            self._outcomes[index] = outcome
            events.append(StepEnded(index, outcome))
        elif self._outcomes[index] is Outcome.NOT_REACHED:
            self._outcomes[index] = Outcome.SKIPPED

    def _finish(self, when: float, *, stopped: bool, events: list[Event]) -> None:
        self._bank_active(when)
        self._state = State.STOPPED if stopped else State.FINISHED
        records = tuple(
            StepRecord(i, s.title, self._outcomes[i], self.durations[i], self._added[i])
            for i, s in enumerate(self.steps)
        )
        self._summary = Summary(stopped, self._active_banked, records)
        events.append(SessionFinished(self._summary))
