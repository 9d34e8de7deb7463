"""What is heard, and in what order: session events become chimes and spoken prompts.

Pure logic with no Qt, so it can be tested without sound. `plan` says what an event
should sound like under the current settings; `Queue` keeps the order: one item at a time,
a chime never over speech, nothing cut off. When a new step starts, prompts still waiting
from the step before are dropped (they would be stale), but what is playing finishes.
"""

from __future__ import annotations

import math
from collections import deque
from typing import TYPE_CHECKING, Literal, NamedTuple

from massage_timer.core.engine import (
    CueDue,
    Event,
    SessionFinished,
    Snapshot,
    State,
    StepEndingSoon,
    StepStarted,
    WaitingForPartner,
)

if TYPE_CHECKING:
    from collections.abc import Sequence

    from massage_timer.core.routine import Step
    from massage_timer.core.settings import Settings

SoundName = Literal["step", "cue", "tick", "finish"]
SOUNDS: tuple[SoundName, ...] = ("step", "cue", "tick", "finish")


class Sound(NamedTuple):
    name: SoundName


class Speech(NamedTuple):
    text: str


Item = Sound | Speech


def plan(event: Event, steps: Sequence[Step], settings: Settings) -> list[Item]:
    """What ``event`` should sound like; empty when it should be silent."""
    sound, voice = settings.sound_on, settings.voice_on
    items: list[Item] = []
    match event:
        case StepStarted(index=index, step=step):
            if sound:
                items.append(Sound("step"))
            if voice:
                text = step.say or step.title
                if settings.read_instructions:
                    joint = " " if text.endswith((".", "!", "?")) else ". "
                    text = f"{text}{joint}{step.instruction}"
                items.append(Speech(text))
        case CueDue(cue=cue):
            if sound:
                items.append(Sound("cue"))
            if voice:
                items.append(Speech(cue.say))
        case StepEndingSoon(index=index):
            if voice and settings.announce_next and index + 1 < len(steps):
                items.append(Speech(f"Next: {steps[index + 1].title}"))
        case WaitingForPartner():
            if sound:
                items.append(Sound("cue"))
            if voice:
                items.append(Speech("Go on when you are both ready."))
        case SessionFinished(summary=summary):
            if sound and not summary.stopped_early:
                items.append(Sound("finish"))
    return items


def spoken_length(seconds: float) -> str:
    """A length as it is said: "1 minute 30 seconds", "45 seconds", "1 hour 5 minutes"."""
    total = max(0, math.ceil(seconds))  # as the countdown shows it: 0:01 in the last second
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        f"{n} {unit}{'' if n == 1 else 's'}"
        for n, unit in ((hours, "hour"), (minutes, "minute"), (secs, "second"))
        if n
    ]
    return " ".join(parts) or "0 seconds"


def where_we_are(snapshot: Snapshot) -> str:
    """What L says (and what a screen reader can read): the step, the time left, the state."""
    step = f"step {snapshot.index + 1} of {snapshot.count}, {snapshot.step.title}"
    left = spoken_length(snapshot.time_left)
    match snapshot.state:
        case State.READY:
            return f"Ready: {step}, {left}. Press Space to start."
        case State.RUNNING:
            return f"{left} left of {step}."
        case State.PAUSED:
            return f"Paused. {left} left of {step}. Press Space to go on."
        case State.WAITING:
            return f"Time is up for {step}. Press Space to go on when you are both ready."
    return "The session is over."


def tick(seconds_left: int, settings: Settings) -> Item | None:
    """The soft tick for the last three seconds of a step, when ticks are on."""
    if settings.sound_on and settings.ticks and 1 <= seconds_left <= 3:
        return Sound("tick")
    return None


class Queue:
    """Items waiting to be heard, one at a time, in order."""

    def __init__(self) -> None:
        self._waiting: deque[Item] = deque()
        self.playing: Item | None = None

    def add(self, items: Sequence[Item], *, new_step: bool = False) -> None:
        if new_step:
            self._waiting.clear()  # what the last step still had to say is stale now
        self._waiting.extend(items)

    def offer(self, item: Item) -> bool:
        """Add ``item`` only if nothing is playing or waiting (ticks: late is worse than none)."""
        if self.playing is not None or self._waiting:
            return False
        self._waiting.append(item)
        return True

    def next(self) -> Item | None:
        """Start the next item if nothing is playing; the caller plays what this returns."""
        if self.playing is not None or not self._waiting:
            return None
        self.playing = self._waiting.popleft()
        return self.playing

    def done(self) -> None:
        """The playing item has finished (or failed); the next may start."""
        self.playing = None

    def clear(self) -> None:
        self._waiting.clear()

    def __len__(self) -> int:
        return len(self._waiting)
