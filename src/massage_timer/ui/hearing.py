"""Chimes and voice for whatever session is on screen.

The announcer (`massage_timer.ui.audio.Announcer`, or a recorder in tests) is made after the
first paint: starting the speech engine takes about two seconds. A session is heard from its
first event; its connections end with its controller.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from massage_timer.core.i18n import fill
from massage_timer.ui.i18n import translate

if TYPE_CHECKING:
    from massage_timer.core.engine import Event
    from massage_timer.core.routine import Step
    from massage_timer.ui.controller import SessionController


class AnnouncerLike(Protocol):
    """What is needed of `massage_timer.ui.audio.Announcer` (tests pass a recorder)."""

    sound_problem: str | None
    voice_problem: str | None

    def handle(self, event: Event, steps: Sequence[Step]) -> None: ...

    def countdown(self, seconds_left: int) -> None: ...

    def say(self, text: str) -> None: ...

    def stop(self) -> None: ...

    def voices(self) -> list[str]: ...

    def speak_in(self, language: str) -> None: ...


class Hearing(QObject):
    """Follows one session at a time with the announcer ``make()`` builds."""

    def __init__(
        self, make: Callable[[], AnnouncerLike] | None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._make = make
        self._announcer: AnnouncerLike | None = None
        self._steps: Sequence[Step] = ()

    @property
    def ready(self) -> bool:
        return self._announcer is not None or self._make is None

    @property
    def announcer(self) -> AnnouncerLike | None:
        """Made on first use (None: the app stays silent)."""
        if self._announcer is None and self._make is not None:
            self._announcer = self._make()
        return self._announcer

    def warm_up_soon(self) -> None:
        """Make the announcer once the event loop is free (after a paint)."""
        if not self.ready:
            QTimer.singleShot(0, self._warm_up)

    def _warm_up(self) -> None:
        _ = self.announcer

    def follow(self, controller: SessionController) -> None:
        """Hear ``controller``'s session from its first event."""
        self.stop()
        if self._make is None:
            return
        self._steps = controller.routine.steps
        announcer = self.announcer
        if announcer is not None:
            announcer.speak_in(controller.routine.language)
        for signal in (
            controller.step_started,
            controller.cue_due,
            controller.ending_soon,
            controller.waiting,
            controller.finished,
        ):
            signal.connect(self._announce)
        controller.second.connect(self._tick)

    def _announce(self, event: Event) -> None:
        announcer = self.announcer
        if announcer is not None:
            announcer.handle(event, self._steps)

    def _tick(self, seconds_left: int) -> None:
        announcer = self.announcer
        if announcer is not None:
            announcer.countdown(seconds_left)

    def say(self, text: str) -> None:
        """Speak ``text`` on request (L in a session), in the app's own voice."""
        announcer = self.announcer
        if announcer is not None:
            announcer.say(text)

    def stop(self) -> None:
        """Silence what plays and drop what waits (the session ended or was left)."""
        if self._announcer is not None:
            self._announcer.stop()

    def problems(self) -> list[str]:
        """What the sound dialog should say is missing."""
        announcer = self.announcer
        if announcer is None:
            return [translate("Hearing", "Sound is off in this window.")]
        problems = []
        if announcer.sound_problem:
            problems.append(fill(translate("Hearing", "Sound: %1."), announcer.sound_problem))
        if announcer.voice_problem:
            problems.append(fill(translate("Hearing", "Voice: %1."), announcer.voice_problem))
        return problems

    def voices(self) -> list[str]:
        announcer = self.announcer
        return announcer.voices() if announcer is not None else []
