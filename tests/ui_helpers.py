"""Helpers for driving the main window in tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from massage_timer.core.settings import SettingsStore
from massage_timer.ui.files import atomic_write
from massage_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock


class FakeInhibitor:
    """Records what the window asked of the screensaver."""

    def __init__(self) -> None:
        self.active = False
        self.calls: list[str] = []

    def inhibit(self) -> None:
        if not self.active:
            self.calls.append("inhibit")
            self.active = True

    def release(self) -> None:
        if self.active:
            self.calls.append("release")
            self.active = False


class RecordingAnnouncer:
    """Stands in for the real Announcer: records what the window asks it to play."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.seconds: list[int] = []
        self.stopped = 0
        self.sound_problem: str | None = "no sound device was found"
        self.voice_problem: str | None = None

    def handle(self, event: object, steps: object) -> None:
        self.events.append(type(event).__name__)

    def countdown(self, seconds_left: int) -> None:
        self.seconds.append(seconds_left)

    def say(self, text: str) -> None:
        self.events.append(f"say: {text}")

    def stop(self) -> None:
        self.stopped += 1

    def voices(self) -> list[str]:
        return ["English (Great Britain)", "English (America)"]

    def speak_in(self, language: str) -> None:
        self.events.append(f"speak in {language}")


def make_window(
    qtbot: QtBot,
    home: Path,
    clock: FakeClock,
    *,
    start_path: Path | None = None,
    inhibitor: FakeInhibitor | None = None,
    announcer: RecordingAnnouncer | None = None,
) -> MainWindow:
    window = MainWindow(
        settings=SettingsStore(home / "config" / "settings.json", atomic_write),
        user_routines=home / "routines",
        start_path=start_path,
        clock=clock,
        inhibitor=inhibitor or FakeInhibitor(),
        timings_folder=home / "timings",
        announcer=(lambda _window: announcer) if announcer is not None else None,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def accept_safety(qtbot: QtBot, window: MainWindow) -> None:
    """Read to the end (End), tick with Space and continue with Enter, as a person would
    (the tick has the focus)."""
    window.safety_page.acknowledge.setFocus()
    qtbot.keyClick(window.safety_page.acknowledge, Qt.Key.Key_End)
    qtbot.keyClick(window.safety_page.acknowledge, Qt.Key.Key_Space)
    qtbot.keyClick(window.safety_page, Qt.Key.Key_Return)
