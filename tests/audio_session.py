"""Runs a short routine through the real Announcer, printing when each step starts.

Run by tests/test_real_audio.py (and benchmarks/bench_audio.py) as its own process, with a
private PulseAudio server in the environment. Prints ``step N <monotonic seconds>`` lines,
then ``done``. Arguments: number of steps, seconds each, and ``novoice`` for chimes only.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from massage_timer.core.routine import Routine
from massage_timer.core.settings import Settings
from massage_timer.ui.audio import Announcer
from massage_timer.ui.controller import SessionController


def main() -> int:
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 4.0
    app = QApplication(sys.argv[:1])
    routine = Routine.model_validate(
        {
            "format": 1,
            "id": "audio-check",
            "title": "Audio check",
            "steps": [
                {
                    "title": f"Step {n + 1}",
                    "duration": 5,
                    "instruction": "x",
                    "say": "Slow circles.",
                }
                for n in range(steps)
            ],
        }
    )
    voice = "novoice" not in sys.argv[3:]
    settings = Settings(volume=100, announce_next=False, voice_on=voice)
    announcer = Announcer(lambda: settings)
    controller = SessionController(routine, durations=[seconds] * steps)

    def started(event: object) -> None:
        print(f"step {event.index + 1} {time.monotonic():.4f}", flush=True)  # type: ignore[attr-defined]
        announcer.handle(event, routine.steps)  # type: ignore[arg-type]

    controller.step_started.connect(started)
    controller.finished.connect(lambda _e: QTimer.singleShot(2500, lambda: app.exit(0)))
    print(
        f"problems sound={announcer.sound_problem!r} voice={announcer.voice_problem!r}", flush=True
    )
    QTimer.singleShot(1500, controller.start)  # let the speech engine come up first
    app.exec()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
