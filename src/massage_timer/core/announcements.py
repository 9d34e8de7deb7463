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
from massage_timer.core.i18n import Translate, fill, untranslated

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from massage_timer.core.routine import Step
    from massage_timer.core.settings import Settings

SoundName = Literal["step", "cue", "tick", "finish"]
SOUNDS: tuple[SoundName, ...] = ("step", "cue", "tick", "finish")


class Sound(NamedTuple):
    name: SoundName


class Speech(NamedTuple):
    text: str


Item = Sound | Speech


def plan(
    event: Event, steps: Sequence[Step], settings: Settings, translate: Translate = untranslated
) -> list[Item]:
    """What ``event`` should sound like; empty when it should be silent. What the app itself
    says (not the routine's own prompts) goes through ``translate``."""
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
                coming = translate("Announcements", "Next: %1")
                items.append(Speech(fill(coming, steps[index + 1].title)))
        case WaitingForPartner():
            if sound:
                items.append(Sound("cue"))
            if voice:
                items.append(Speech(translate("Announcements", "Go on when you are both ready.")))
        case SessionFinished(summary=summary):
            if sound and not summary.stopped_early:
                items.append(Sound("finish"))
    return items


TimeUnit = Literal["hour", "minute", "second"]


def english_count(unit: TimeUnit, count: int) -> str:
    """ "1 minute", "2 minutes"."""
    return f"{count} {unit}{'' if count == 1 else 's'}"


def spoken_length(seconds: float, say_count: Callable[[TimeUnit, int], str] = english_count) -> str:
    """A length as it is said: "1 minute 30 seconds", "45 seconds", "1 hour 5 minutes".
    ``say_count`` says one count of a unit in the language wanted."""
    total = max(0, math.ceil(seconds))  # as the countdown shows it: 0:01 in the last second
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    units: tuple[tuple[TimeUnit, int], ...] = (
        ("hour", hours),
        ("minute", minutes),
        ("second", secs),
    )
    return " ".join(say_count(unit, n) for unit, n in units if n) or say_count("second", 0)


def where_we_are(
    snapshot: Snapshot,
    translate: Translate = untranslated,
    say_length: Callable[[float], str] = spoken_length,
) -> str:
    """What L says (and what a screen reader can read): the step, the time left, the state.
    ``say_length`` says a length in the same language as ``translate``."""
    step = fill(
        translate("Announcements", "step %1 of %2, %3"),
        snapshot.index + 1,
        snapshot.count,
        snapshot.step.title,
    )
    left = say_length(snapshot.time_left)
    match snapshot.state:
        case State.READY:
            return fill(
                translate("Announcements", "Ready: %1, %2. Press Space to start."), step, left
            )
        case State.RUNNING:
            return fill(translate("Announcements", "%1 left of %2."), left, step)
        case State.PAUSED:
            paused = translate("Announcements", "Paused. %1 left of %2. Press Space to go on.")
            return fill(paused, left, step)
        case State.WAITING:
            waiting = translate(
                "Announcements",
                "Time is up for %1. Press Space to go on when you are both ready.",
            )
            return fill(waiting, step)
    return translate("Announcements", "The session is over.")


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
