"""Runs a short routine through the real app window and the real Announcer.

Run by tests/test_real_audio.py and benchmarks/bench_audio.py as its own process, with a
private PulseAudio server in the environment. Prints ``problems ...``, a ``step N
<monotonic seconds>`` line per step, ``after ...`` (the problems at the end), then ``done``.
Arguments: number of steps, seconds each (whole), and any of ``novoice`` (chimes only),
``noengine`` (as if no speech engine were installed), ``brokensound`` (a broken chime file),
``twice`` (a second session after the first, in the same window, as from the list),
``spanish`` (the routine is in Spanish), ``nolanguage`` (in a language no voice speaks).
Prints ``voice LOCALE`` (what the speech engine speaks) before ``done``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtTextToSpeech import QTextToSpeech
from PySide6.QtWidgets import QApplication

from massage_timer.core.engine import StepStarted
from massage_timer.core.routine import Routine
from massage_timer.core.settings import Settings
from massage_timer.ui import audio
from massage_timer.ui.main_window import MainWindow


def main() -> int:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    seconds = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    flags = set(sys.argv[3:])
    app = QApplication(sys.argv[:1])
    if "noengine" in flags:
        QTextToSpeech.availableEngines = staticmethod(lambda: [])  # type: ignore[method-assign]
    if "brokensound" in flags:
        broken = Path(tempfile.mkdtemp()) / "step.wav"
        broken.write_bytes(b"RIFF\x00\x00\x00\x00WAVEnot really")
        real = audio.resource_path  # type: ignore[attr-defined]
        audio.resource_path = (  # type: ignore[attr-defined]
            lambda name: broken if name == "sounds/step.wav" else real(name)
        )
    language, say = "en", "Slow circles."
    if "spanish" in flags:
        language, say = "es", "Círculos lentos."
    if "nolanguage" in flags:
        language = "tlh"  # Klingon: no espeak-ng voice
    routine = Routine.model_validate(
        {
            "format": 1,
            "id": "audio-check",
            "title": "Audio check",
            "language": language,
            "steps": [
                {"title": f"Step {n + 1}", "duration": seconds, "instruction": "x", "say": say}
                for n in range(steps)
            ],
        }
    )
    settings = Settings(volume=100, announce_next=False, voice_on="novoice" not in flags)
    window = MainWindow(announcer=lambda w: audio.Announcer(lambda: settings, w))
    window.settings = settings
    window.show()
    window.start_session(routine, None)
    controller = window.controller
    announcer = window.announcer
    assert controller is not None
    assert isinstance(announcer, audio.Announcer)
    sessions = 2 if "twice" in flags else 1
    ended: list[object] = []

    def started(event: StepStarted) -> None:
        print(f"step {event.index + 1} {time.monotonic():.4f}", flush=True)

    def finished(event: object) -> None:
        ended.append(event)
        if len(ended) < sessions:
            QTimer.singleShot(2500, again)
        else:
            QTimer.singleShot(2500, lambda: app.exit(0))

    def again() -> None:
        window.show_picker()
        window.start_session(routine, None)  # what Enter on the list does
        follow()
        QTimer.singleShot(300, window.controller.start)  # type: ignore[union-attr]

    def follow() -> None:
        current = window.controller
        assert current is not None
        current.step_started.connect(started)
        current.finished.connect(finished)

    def problems(prefix: str) -> None:
        print(
            f"{prefix} sound={announcer.sound_problem!r} voice={announcer.voice_problem!r}",
            flush=True,
        )

    follow()
    problems("problems")
    QTimer.singleShot(1500, controller.start)  # let the speech engine come up first
    app.exec()
    problems("after")
    print(f"voice {announcer.tts.locale().name() if announcer.tts else '-'}", flush=True)
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
