"""Started again from the menu while it is open, the app brings its window forward instead
of opening a second one (two sessions would talk over each other); on a real X server with
a private D-Bus session bus, as a desktop has."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from massage_timer.core.identity import APP_ID
from tests.realdisplay import app_window, require, session_bus, wait_for_log, xvfb

pytestmark = pytest.mark.slow

HOLDER = f"""
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtDBus import QDBusConnection
app = QCoreApplication(sys.argv)
print("held" if QDBusConnection.sessionBus().registerService({APP_ID!r}) else "no", flush=True)
app.exec()
"""


def windows(env: dict[str, str]) -> list[str]:
    found = subprocess.run(
        [require("xdotool"), "search", "--onlyvisible", "--name", "^Massage Timer$"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=30,
    )
    return found.stdout.split()


def test_a_second_start_brings_the_first_window_forward(isolated_dirs: Path) -> None:
    with session_bus(isolated_dirs) as bus, xvfb() as display:
        env = {**os.environ, **bus, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        first = subprocess.Popen(
            [sys.executable, "-m", "massage_timer"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            app_window(env)
            for _ in range(2):  # from the menu twice in an evening
                again = subprocess.run(
                    [sys.executable, "-m", "massage_timer"],
                    env=env,
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
                assert again.returncode == 0, again.stderr
                assert "already open" in again.stdout
            log = isolated_dirs / "state" / "massage-timer" / "massage-timer.log"
            wait_for_log(log, "started again: bringing the window to the front")
            assert log.read_text().count("started again") == 2
            assert len(windows(env)) == 1
            assert first.poll() is None
        finally:
            first.terminate()
            first.wait(timeout=30)


def test_a_copy_that_does_not_answer_does_not_keep_the_app_from_starting(
    isolated_dirs: Path,
) -> None:
    with session_bus(isolated_dirs) as bus, xvfb() as display:
        env = {**os.environ, **bus, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLDER],
            env={**env, "QT_QPA_PLATFORM": "offscreen"},
            stdout=subprocess.PIPE,
            text=True,
        )
        app = None
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "held"
            app = subprocess.Popen(
                [sys.executable, "-m", "massage_timer"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            app_window(env)
            log = isolated_dirs / "state" / "massage-timer" / "massage-timer.log"
            wait_for_log(log, "did not answer")
        finally:
            for process in (app, holder):
                if process is not None:
                    process.terminate()
                    process.wait(timeout=30)
            if holder.stdout is not None:
                holder.stdout.close()
