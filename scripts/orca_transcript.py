"""Hear a short session as a blind partner does: the real Orca screen reader, headless.

Starts Xvfb, a private D-Bus session with the AT-SPI bus, Orca (speech on, its debug log
kept) and the app; drives the app with xdotool through the safety screen, the routine list,
the whole short routine (start, pause, L, every step, H, finish early) and the finish
screen; prints every utterance
Orca sent to speech, in order. docs/accessibility.md holds a run of it.

    .venv/bin/python scripts/orca_transcript.py

Needs Debian's orca, at-spi2-core, python3-pyatspi, xvfb, xdotool, dbus and
speech-dispatcher (installed for `make test`, orca by hand).
"""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.realaudio import pulse_server  # noqa: E402
from tests.realdisplay import accessibility_bus, app_window, press, xvfb  # noqa: E402

STEPS: list[tuple[str, list[str]]] = [
    ("the safety screen has the focus", []),
    ("Down: the next line", ["Down"]),
    ("ctrl+End: to the end of the safety text", ["ctrl+End"]),
    ("Tab: to the tick", ["Tab"]),
    ("Space: tick", ["space"]),
    ("Enter: continue", ["Return"]),
    ("Down, Down: the short routine", ["Down", "Down"]),
    ("Enter: its session screen", ["Return"]),
    ("Space: start", ["space"]),
    ("Space: pause", ["space"]),
    ("L: where are we", ["l"]),
    ("Space: go on", ["space"]),
    ("Right: next step", ["Right"]),
    ("Right: next step", ["Right"]),
    ("Right: next step", ["Right"]),
    ("Right: the last step", ["Right"]),
    ("H: when to stop and call", ["h"]),
    ("Down, Down: read on", ["Down", "Down"]),
    ("Escape: close it", ["Escape"]),
    ("Right on the last step: finish early? Tab, Space: finish now", ["Right", "Tab", "space"]),
    ("Enter: back to the routines", ["Return"]),
]


def main() -> int:
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        for name in ("config", "data", "state", "cache"):
            (folder / name).mkdir()
        debug = folder / "orca.log"
        with (
            pulse_server(folder / "runtime") as audio,
            xvfb() as display,
            accessibility_bus(folder) as bus,
        ):
            env = {
                **audio,
                **bus,
                "DISPLAY": display,
                "QT_QPA_PLATFORM": "xcb",
                **{
                    f"XDG_{n.upper()}_HOME": str(folder / n)
                    for n in ("config", "data", "state", "cache")
                },
            }
            orca = subprocess.Popen(
                ["orca", "--replace", "-e", "speech", "-d", "braille", "--debug-file", str(debug)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(4)  # Orca has no signal for "ready"; it registers on the bus meanwhile
            app = subprocess.Popen(
                [sys.executable, "-m", "massage_timer"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            try:
                marks: list[tuple[str, str]] = [("the app starts", "00")]  # and when keys went
                app_window(env)
                for label, keys in STEPS:
                    marks.append((label, datetime.now().strftime("%H:%M:%S.%f")))
                    if keys:
                        press(env, *keys, delay_ms=400)
                    time.sleep(3)  # let Orca finish speaking
            finally:
                app.terminate()
                orca.send_signal(signal.SIGINT)  # Orca writes its log out as it quits
                for process in (app, orca):
                    try:
                        process.wait(timeout=10)
                    except subprocess.TimeoutExpired:
                        process.kill()
        said = spoken(debug)
        for n, (label, start) in enumerate(marks):
            end = marks[n + 1][1] if n + 1 < len(marks) else "99"
            print(f"\n### {label}")
            for at, line in said:
                if start <= at < end:
                    print(f"- {line}")
    return 0


def spoken(debug: Path) -> list[tuple[str, str]]:
    """Every utterance in Orca's debug log, in order, with the time of the entry before it."""
    if not debug.exists():
        return []
    said: list[tuple[str, str]] = []
    at = "00"
    for line in debug.read_text(encoding="utf-8", errors="replace").splitlines():
        stamp = re.match(r"(\d\d:\d\d:\d\d\.\d+) - ", line)
        if stamp:
            at = stamp.group(1)
        found = re.search(r"SPEECH OUTPUT: '(.*)'(\{.*\})?$", line)
        if found:
            said.append((at, found.group(1)))
    return said


if __name__ == "__main__":
    sys.exit(main())
