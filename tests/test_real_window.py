"""End to end on a real X server: the app as `make run` starts it, driven by real key presses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.realdisplay import app_window, press, require, wait_for_log, xvfb

pytestmark = pytest.mark.slow


def start_app(env: dict[str, str]) -> subprocess.Popen[bytes]:
    """The app as `make run` starts it, on the display in ``env``."""
    return subprocess.Popen(
        [sys.executable, "-m", "massage_timer"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def test_the_app_opens_on_x11_and_runs_from_the_keyboard(isolated_dirs: Path) -> None:
    xdotool = require("xdotool")
    with xvfb() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_STATE_HOME": str(isolated_dirs / "state"),
        }
        app = start_app(env)
        try:
            window = app_window(env)
            geometry = subprocess.run(
                [xdotool, "getwindowgeometry", window],
                env=env,
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            ).stdout
            assert "Geometry:" in geometry

            def keys(*names: str) -> None:
                press(env, *names)

            log = isolated_dirs / "state" / "massage-timer" / "massage-timer.log"
            keys("ctrl+End", "Tab", "space", "Return")  # read to the end, tick, continue
            wait_for_log(log, "safety screen accepted", app)
            keys("Return")  # the list has the default routine selected
            wait_for_log(log, "routine 'gentle-lower-back' ready", app)
            keys("space")
            wait_for_log(log, "step 1 started: Settle in safely", app)
            keys("Right")
            wait_for_log(log, "step 2 started: Warm, still hands", app)
            keys("Escape", "Return")  # asks to stop; Enter is the safe default, "Keep going"
            keys("Next")  # Page Down, as a presenter clicker sends it
            wait_for_log(log, "step 3 started", app)  # so the session was still going
            keys("ctrl+q", "Tab", "space")  # asks to quit; the other button stops and quits
            _, stderr = app.communicate(timeout=30)
            assert app.returncode == 0, stderr.decode()
            assert b"Traceback" not in stderr
            text = log.read_text()
            assert text.count("session stopped") == 1
            assert text.index("step 3 started") < text.index("session stopped")
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()


def test_a_learned_pedal_key_and_the_media_keys_drive_a_session_on_x11(
    isolated_dirs: Path,
) -> None:
    """Real key presses through the X server: F13 taught for Next (as a USB foot pedal
    might send), and a keyboard's or headset's Next track and Play/Pause keys."""
    require("xdotool")
    settings = isolated_dirs / "config" / "massage-timer" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"keys": [["next", "F13"]]}')
    with xvfb() as display:
        env = {
            **os.environ,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "XDG_STATE_HOME": str(isolated_dirs / "state"),
            "XDG_CONFIG_HOME": str(isolated_dirs / "config"),
        }
        app = start_app(env)
        try:
            app_window(env)
            log = isolated_dirs / "state" / "massage-timer" / "massage-timer.log"
            press(env, "ctrl+End", "Tab", "space", "Return")
            wait_for_log(log, "safety screen accepted", app)
            press(env, "Return")
            wait_for_log(log, "routine 'gentle-lower-back' ready", app)
            press(env, "XF86AudioPlay")
            wait_for_log(log, "step 1 started: Settle in safely", app)
            press(env, "F13")
            wait_for_log(log, "step 2 started: Warm, still hands", app)
            press(env, "XF86AudioNext")
            wait_for_log(log, "step 3 started: Long, slow strokes", app)
            press(env, "XF86AudioPrev")
            wait_for_log(log, "step 2 started: Warm, still hands", app, times=2)
            press(env, "ctrl+q", "Tab", "space")
            _, stderr = app.communicate(timeout=30)
            assert app.returncode == 0, stderr.decode()
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
