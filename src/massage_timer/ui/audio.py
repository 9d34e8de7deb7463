"""Chimes and spoken prompts: the queue of `massage_timer.core.announcements`, played for real.

Sounds are preloaded QSoundEffects (they start without delay); speech goes through
QTextToSpeech (speech-dispatcher on Linux, the system's engine elsewhere). One item plays at a
time: the next starts when the last has finished, or when a watchdog decides it never will.
Nothing here can block or delay the session's timer: a missing device or engine is noted
(`sound_problem`, `voice_problem`), logged once, and the rest goes on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
from PySide6.QtTextToSpeech import QTextToSpeech

from massage_timer.core.announcements import SOUNDS, Queue, Sound, Speech, plan, tick
from massage_timer.core.engine import Event, StepStarted
from massage_timer.core.i18n import Translate, fill, speech_locale
from massage_timer.core.resources import resource_path
from massage_timer.ui.i18n import translate

if TYPE_CHECKING:
    from massage_timer.core.routine import Step
    from massage_timer.core.settings import Settings

log = logging.getLogger(__name__)

SOUND_WATCHDOG_MS = 4000
SPEECH_MS_PER_CHARACTER = 150


def speech_engine_name() -> str | None:
    """The engine to ask for: speech-dispatcher on Linux, the platform's default elsewhere."""
    engines = QTextToSpeech.availableEngines()
    if sys.platform.startswith("linux"):
        return "speechd" if "speechd" in engines else None
    return None if not engines else ""


class Announcer(QObject):
    """Plays what session events should sound like, in order, never two at once.

    Signals:
        problems_changed(): `sound_problem` or `voice_problem` changed.
        started(object): an item (Sound or Speech) began to play; for tests and benchmarks.
    """

    problems_changed = Signal()
    started = Signal(object)

    def __init__(self, settings: Callable[[], Settings], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._translate: Translate = translate  # what the app says, in the routine's language
        self.queue = Queue()
        self.sound_problem: str | None = None
        self.voice_problem: str | None = None
        self._logged: set[str] = set()
        self.watchdog = QTimer(self)
        self.watchdog.setSingleShot(True)
        self.watchdog.timeout.connect(self._finished)
        self.effects: dict[str, QSoundEffect] = {}
        self._load_sounds()
        self.tts: QTextToSpeech | None = None
        self._speechless: str | None = None  # why this routine is not spoken, if it is not
        self._start_speech()

    # --- set-up ---------------------------------------------------------------------------

    def _problem(self, kind: str, text: str | None) -> None:
        if kind == "sound":
            self.sound_problem = text
        else:
            self.voice_problem = text
        if text and text not in self._logged:
            self._logged.add(text)
            log.warning("%s: %s; the session goes on without it", kind, text)
        self.problems_changed.emit()

    def _load_sounds(self) -> None:
        if not QMediaDevices.audioOutputs():
            self._problem("sound", translate("Audio", "no sound device was found"))
        for name in SOUNDS:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path(f"sounds/{name}.wav"))))
            effect.playingChanged.connect(self._sound_changed)
            self.effects[name] = effect

    def _start_speech(self) -> None:
        engine = speech_engine_name()
        if engine is None:
            self._problem(
                "voice",
                translate(
                    "Audio", "no speech engine (on Linux, install speech-dispatcher and espeak-ng)"
                ),
            )
            return
        self.tts = QTextToSpeech(engine, self) if engine else QTextToSpeech(self)
        self.tts.stateChanged.connect(self._speech_changed)
        log.info("speech engine: %s", self.tts.engine() or "the platform's default")

    def voices(self) -> list[str]:
        return [voice.name() for voice in self.tts.availableVoices()] if self.tts else []

    def speak_in(self, language: str) -> None:
        """Speak the coming session in ``language`` (its routine's tag, like "es" or
        "en-GB"), with a voice of that language; with none, play the chimes alone and say
        why, rather than read one language with another's voice."""
        from massage_timer.ui.i18n import voice_language

        self._translate = voice_language(language)[0]
        if self.tts is None:
            return
        available = [locale.name() for locale in self.tts.availableLocales()]
        chosen = speech_locale(language, available, QLocale().name())
        if chosen is None:
            self._speechless = fill(
                translate(
                    "Audio",
                    "no voice here speaks the routine's language (%1), so only the chimes play",
                ),
                language,
            )
            self._problem("voice", self._speechless)
            return
        if self.tts.locale().name() != chosen:
            self.tts.setLocale(QLocale(chosen))
        if self._speechless is not None and self.voice_problem == self._speechless:
            self._problem("voice", None)
        self._speechless = None
        log.info("speaking %s for a routine in %s", self.tts.locale().name(), language)

    # --- input ----------------------------------------------------------------------------

    def handle(self, event: Event, steps: Sequence[Step]) -> None:
        """A session event: queue what it should sound like."""
        items = plan(event, steps, self._settings(), self._translate)
        self.queue.add(items, new_step=isinstance(event, StepStarted))
        self._pump()

    def say(self, text: str) -> None:
        """Speak ``text`` now (asked for, as with L: where the session is), voice allowing."""
        settings = self._settings()
        if settings.sound_on and settings.voice_on:
            self.queue.add([Speech(text)])
            self._pump()

    def countdown(self, seconds_left: int) -> None:
        """A whole second of the countdown went by: a tick in the last three, if wanted."""
        item = tick(seconds_left, self._settings())
        if item is not None and self.queue.offer(item):
            self._pump()

    def stop(self) -> None:
        """Drop what is waiting and silence what plays (the session ended or was left)."""
        self.queue.clear()
        for effect in self.effects.values():
            effect.stop()
        if self.tts is not None:
            self.tts.stop()
        self._finished()

    # --- playing --------------------------------------------------------------------------

    def _pump(self) -> None:
        while (item := self.queue.next()) is not None:
            settings = self._settings()
            if isinstance(item, Sound):
                effect = self.effects[item.name]
                if effect.status() == QSoundEffect.Status.Error:
                    self._problem(
                        "sound",
                        fill(translate("Audio", "the %1 sound could not be played"), item.name),
                    )
                    self.queue.done()
                    continue
                effect.setVolume(settings.volume / 100)
                effect.play()
                self.watchdog.start(SOUND_WATCHDOG_MS)
            else:
                if self.tts is None or self._speechless is not None:
                    self.queue.done()
                    continue
                self._prepare_voice(settings)
                self.tts.say(item.text)
                self.watchdog.start(3000 + SPEECH_MS_PER_CHARACTER * len(item.text))
            self.started.emit(item)
            return

    def _prepare_voice(self, settings: Settings) -> None:
        assert self.tts is not None
        self.tts.setVolume(settings.volume / 100)
        self.tts.setRate(settings.rate / 10)
        if settings.voice:
            for voice in self.tts.availableVoices():
                if voice.name() == settings.voice:
                    self.tts.setVoice(voice)
                    break

    def _sound_changed(self) -> None:
        playing = self.queue.playing
        if isinstance(playing, Sound) and not self.effects[playing.name].isPlaying():
            self._finished()

    def _speech_changed(self, state: QTextToSpeech.State) -> None:
        if state == QTextToSpeech.State.Speaking and self.voice_problem:
            self._problem("voice", None)
        if state == QTextToSpeech.State.Error and self.tts is not None:
            self._problem(
                "voice", self.tts.errorString() or translate("Audio", "the speech engine failed")
            )
        if isinstance(self.queue.playing, Speech) and state in (
            QTextToSpeech.State.Ready,
            QTextToSpeech.State.Error,
        ):
            self._finished()

    def _finished(self) -> None:
        self.watchdog.stop()
        if self.queue.playing is not None:
            self.queue.done()
            self._pump()
