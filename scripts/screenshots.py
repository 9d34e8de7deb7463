"""Render the app's screens offscreen to docs/screenshots/*.png (for eyes and the README).

Time is faked, so the pictures show the same moment on every run.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from massage_timer import paths
from massage_timer.core.library import default_routine_path
from massage_timer.core.loader import load_routine
from massage_timer.ui.controller import SessionController
from massage_timer.ui.main_window import MainWindow

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
SIZE = (1280, 800)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def main() -> int:
    paths.set_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    window = MainWindow(load_routine(default_routine_path()))
    window.resize(*SIZE)
    window.show()

    def shot(name: str) -> None:
        app.processEvents()
        window.grab().save(str(OUT / f"{name}.png"))
        print(f"wrote {OUT / name}.png")

    shot("safety")
    clock = FakeClock()
    window.controller = SessionController(window.routine, clock=clock, parent=window)
    window.safety_page.acknowledge.setChecked(True)
    _show_session_with(window)
    controller = window.controller
    controller.start()
    controller.next()
    controller.next()
    clock.now += 37.4
    controller.changed.emit()
    shot("session-running")
    controller.pause()
    shot("session-paused")
    return 0


def _show_session_with(window: MainWindow) -> None:
    from massage_timer.ui.session_page import SessionPage

    assert window.controller is not None
    window.session_page = SessionPage(window.controller)
    window.pages.addWidget(window.session_page)
    window.pages.setCurrentWidget(window.session_page)


if __name__ == "__main__":
    sys.exit(main())
