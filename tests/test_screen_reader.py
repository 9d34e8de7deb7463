"""End to end through the real accessibility bus: what a screen reader (Orca) can read.

The app runs under Xvfb on a private D-Bus session with the AT-SPI bus, as on a desktop, and
is driven by real key presses (xdotool). At each screen the accessibility tree is read with
pyatspi (tests/atspi_walk.py, run by the system's Python): every control that can take the
focus has a name, and the focused object's name says what a blind partner needs to hear:
the safety text, the routines, where the session is (step, time left, paused), the finish.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.realdisplay import (
    SYSTEM_PYTHON,
    accessibility_bus,
    app_window,
    press,
    require,
    wait_for_log,
    xvfb,
)

pytestmark = pytest.mark.slow

WALKER = Path(__file__).with_name("atspi_walk.py")
Node = dict[str, object]
CONTAINERS = ("application", "frame", "filler", "layered pane", "panel")


class ScreenReaderView:
    """What the accessibility bus shows of the app."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def tree(self) -> list[Node]:
        out = subprocess.run(
            [SYSTEM_PYTHON, str(WALKER), "massage-timer"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout
        return json.loads(out) or []

    def wait_for(
        self, what: str, test: Callable[[list[Node]], bool], timeout: float = 20
    ) -> list[Node]:
        """Poll the tree until ``test`` holds (the app is another process: no signal here)."""
        deadline = time.monotonic() + timeout
        nodes: list[Node] = []
        while time.monotonic() < deadline:
            nodes = self.tree()
            if nodes and test(nodes):
                return nodes
            time.sleep(0.1)
        shown = "\n".join(
            f"{n['role']}: {n['name']!r} {'(focused)' if n['focused'] else ''}" for n in nodes
        )
        pytest.fail(f"the screen reader never saw {what}; it saw:\n{shown}")

    def focused_name(self, nodes: list[Node]) -> str:
        """The name of the focused control (its viewport, a filler, says focused too)."""
        names = [
            str(n["name"])
            for n in nodes
            if n["focused"] and (n["name"] or n["role"] not in CONTAINERS)
        ]
        return names[0] if names else ""


def unnamed_focusable(nodes: list[Node]) -> list[str]:
    return [str(n["role"]) for n in nodes if n["focusable"] and not str(n["name"]).strip()]


def test_a_screen_reader_hears_every_screen_and_the_session(isolated_dirs: Path) -> None:
    require("xdotool")
    with xvfb() as display, accessibility_bus(isolated_dirs) as bus:
        env = {**os.environ, **bus, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        reader = ScreenReaderView(env)
        app = subprocess.Popen(
            [sys.executable, "-m", "massage_timer"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        log = isolated_dirs / "state" / "massage-timer" / "massage-timer.log"

        def keys(*names: str) -> None:
            press(env, *names, delay_ms=250)

        try:
            app_window(env)

            # The safety screen: the text itself has the focus, so it is what is read first.
            nodes = reader.wait_for(
                "the safety text focused",
                lambda n: reader.focused_name(n) == "Before you start",
            )
            assert unnamed_focusable(nodes) == []
            roles = {(n["role"], n["name"]) for n in nodes}
            assert (
                "check box",
                "We have checked with her midwife or doctor, and none of this applies today.",
            ) in roles
            assert ("push button", "Continue") in roles

            keys("ctrl+End", "Tab", "space", "Return")  # read to the end, tick, continue
            wait_for_log(log, "safety screen accepted", app)

            # The routine list: named, and each routine named with its title and length.
            nodes = reader.wait_for(
                "the routines",
                lambda n: any(x["role"] == "list" and x["name"] == "Routines" for x in n),
            )
            assert unnamed_focusable(nodes) == []
            items = [str(n["name"]) for n in nodes if n["role"] == "list item"]
            assert any(
                i.startswith("Gentle lower-back comfort. ") and "10 min 15 s" in i for i in items
            ), items
            assert any(i.startswith("Counter-pressure practice. ") for i in items), items

            # A session: the focused page's name says where it is, and changes with it.
            keys("Return")
            wait_for_log(log, "routine 'gentle-lower-back' ready", app)
            nodes = reader.wait_for(
                "the ready session",
                lambda n: (
                    reader.focused_name(n)
                    == "Step 1 of 9, Settle in safely, ready, press Space to start"
                ),
            )
            assert unnamed_focusable(nodes) == []
            keys("space")
            reader.wait_for(
                "the running session",
                lambda n: (
                    reader.focused_name(n).startswith("Step 1 of 9, Settle in safely, ")
                    and reader.focused_name(n).endswith(" left")
                ),
            )
            # The countdown itself can be read too: its name is the time left.
            nodes = reader.tree()
            assert any(
                x["description"] == "Time left in this step"
                and re.fullmatch(r"\d+:\d\d", str(x["name"]))
                for x in nodes
            ), [x for x in nodes if x["role"] == "label"]
            keys("space")
            reader.wait_for("the pause", lambda n: reader.focused_name(n).endswith(" left, paused"))
            keys("l")
            reader.wait_for(
                "L, where the session is",
                lambda n: (
                    reader.focused_name(n).startswith("Paused. ")
                    and "left of step 1 of 9, Settle in safely" in reader.focused_name(n)
                ),
            )
            keys("Right")
            wait_for_log(log, "step 2 started", app)
            reader.wait_for(
                "the next step",
                lambda n: reader.focused_name(n).startswith("Step 2 of 9, Warm, still hands, "),
            )
            keys("Escape", "Tab", "space")  # asks to stop; the other button stops
            nodes = reader.wait_for(
                "the finish screen",
                lambda n: reader.focused_name(n).startswith("Session stopped. 0 of 9 steps done"),
            )
            assert unnamed_focusable(nodes) == []
            keys("ctrl+q")
            _, stderr = app.communicate(timeout=30)
            assert app.returncode == 0, stderr.decode()
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
            if app.stderr is not None:
                app.stderr.close()


def test_a_screen_reader_hears_spanish_and_the_language_is_changed_by_keyboard(
    isolated_dirs: Path,
) -> None:
    """A computer set to Spanish: the safety screen, its buttons and the routines in
    Spanish. Then, by keyboard only, Idioma… and English (UK): the same screen in English,
    and still English at the next start (remembered)."""
    require("xdotool")
    with xvfb() as display, accessibility_bus(isolated_dirs) as bus:
        env = {
            **os.environ,
            **bus,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "LANGUAGE": "es",
            "LANG": "C.UTF-8",
        }
        reader = ScreenReaderView(env)
        log = isolated_dirs / "state" / "massage-timer" / "massage-timer.log"

        def keys(*names: str) -> None:
            press(env, *names, delay_ms=250)

        def start() -> subprocess.Popen[bytes]:
            app = subprocess.Popen(
                [sys.executable, "-m", "massage_timer"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            app_window(env)
            return app

        app = start()
        try:
            nodes = reader.wait_for(
                "the Spanish safety text focused",
                lambda n: reader.focused_name(n) == "Antes de empezar",
            )
            assert unnamed_focusable(nodes) == []
            roles = {(n["role"], n["name"]) for n in nodes}
            assert ("push button", "Continuar") in roles
            assert ("push button", "Idioma…") in roles
            # Tab to Idioma… as a person would, then open it.
            for _ in range(12):
                if reader.focused_name(reader.tree()) == "Idioma…":
                    break
                keys("Tab")
            assert reader.focused_name(reader.tree()) == "Idioma…"
            keys("space")
            nodes = reader.wait_for(
                "the language list",
                lambda n: any(x["role"] == "list" and x["name"] == "Idiomas" for x in n),
            )
            assert unnamed_focusable(nodes) == []
            items = [str(n["name"]) for n in nodes if n["role"] == "list item"]
            assert items[1:] == ["English (UK)", "English (US)", "Español"], items
            assert items[0].startswith("El idioma del equipo (Español)")
            keys("Down", "Return")
            reader.wait_for(
                "the safety screen in English",
                lambda n: reader.focused_name(n) == "Before you start",
            )
            wait_for_log(log, "language en_GB", app)
            keys("ctrl+q")
            app.communicate(timeout=30)
            assert app.returncode == 0

            app = start()  # the next evening: English, as chosen
            reader.wait_for(
                "the English safety text at the next start",
                lambda n: reader.focused_name(n) == "Before you start",
            )
            keys("ctrl+q")
            app.communicate(timeout=30)
            assert app.returncode == 0
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
            if app.stderr is not None:
                app.stderr.close()
