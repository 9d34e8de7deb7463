"""Session figures on the real event loop: start-up, CPU while running, step-change lateness.

Printed one per line as ``name: value unit``; run by ``make bench``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench import report  # noqa: E402

PROBE = Path(__file__).with_name("startup_probe.py")


def startup(env: dict[str, str], runs: int = 11) -> None:
    """Process start to first paint, the app's safety screen against a bare window.

    Our modules are compiled to bytecode first, as an installed app's are (pip compiles on
    install); this machine sets PYTHONDONTWRITEBYTECODE, which would otherwise make every
    run compile them from source while PySide6's own are already compiled.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    kinds = ("bare", "bare-enums", "app")
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    memory: dict[str, list[int]] = {kind: [] for kind in kinds}
    for _ in range(runs):
        for kind in kinds:
            start = time.perf_counter()
            with subprocess.Popen(
                [sys.executable, str(PROBE), kind], stdout=subprocess.PIPE, text=True, env=env
            ) as child:
                assert child.stdout is not None
                line = child.stdout.readline()
                elapsed = time.perf_counter() - start
                child.wait(timeout=60)
            assert line.startswith("shown "), line
            times[kind].append(elapsed)
            memory[kind].append(int(line.split()[1]))
    app, bare = statistics.median(times["app"]), statistics.median(times["bare"])
    report("startup_app_median", app * 1000, "ms")
    report("startup_bare_window_median", bare * 1000, "ms")
    report("startup_ratio", app / bare, "x")
    enums = statistics.median(times["bare-enums"])
    report("startup_bare_window_with_qt_enums_ratio", enums / bare, "x")
    report("peak_rss_app", statistics.median(memory["app"]) / 1024, "MiB")
    report("peak_rss_bare_window", statistics.median(memory["bare"]) / 1024, "MiB")


def enter_to_session(env: dict[str, str], runs: int = 7) -> None:
    """Enter in the list to the session page painted: the first session of a fresh run of
    the app (a new process each time), and a second one in the same run."""
    probe = Path(__file__).with_name("session_probe.py")
    first: list[float] = []
    second: list[float] = []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, str(probe)], env=env, capture_output=True, text=True, check=True
        )
        values = dict(line.split() for line in done.stdout.splitlines())
        first.append(float(values["first"]))
        second.append(float(values["second"]))
    report("enter_to_session_first_median", statistics.median(first), "ms")
    report("enter_to_session_first_worst", max(first), "ms")
    report("enter_to_session_second_median", statistics.median(second), "ms")


def running_cpu(seconds: float) -> None:
    """CPU time the whole app uses while a session runs for ``seconds`` of real time."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from massage_timer.core.library import default_routine_path
    from massage_timer.core.loader import load_routine
    from massage_timer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])

    class NoInhibitor:
        active = False

        def inhibit(self) -> None: ...

        def release(self) -> None: ...

    window = MainWindow(inhibitor=NoInhibitor())
    window.resize(1280, 800)
    window.show()
    path = default_routine_path()
    window.start_session(load_routine(path), path)
    assert window.controller is not None
    window.controller.start()
    app.processEvents()
    cpu, wall = time.process_time(), time.perf_counter()
    QTimer.singleShot(int(seconds * 1000), lambda: app.exit(0))  # quit() would ask to close
    app.exec()
    used, wall = time.process_time() - cpu, time.perf_counter() - wall
    report("running_session_cpu", used / wall * 100, "% of one core")
    window.controller.stop()
    window.close()


def lateness(changes: int = 100, step: float = 0.25) -> None:
    """How late each step change lands on the real event loop, with the page on screen."""
    from PySide6.QtWidgets import QApplication
    from tests.conftest import make_routine

    from massage_timer.core.engine import StepStarted
    from massage_timer.ui.controller import SessionController
    from massage_timer.ui.session_page import SessionPage

    app = QApplication.instance() or QApplication(sys.argv[:1])
    routine = make_routine(*([1] * (changes + 1)))
    controller = SessionController(routine, durations=[step] * (changes + 1))
    page = SessionPage(controller)
    page.resize(1280, 800)
    page.show()
    late: list[float] = []
    begun: list[float] = []

    def started(event: StepStarted) -> None:
        now = time.monotonic()
        if event.index == 0:
            begun.append(now)
        else:
            late.append(now - (begun[0] + event.index * step))

    controller.step_started.connect(started)
    controller.finished.connect(lambda _e: app.exit(0))
    controller.start()
    app.exec()
    late.sort()
    p99 = late[min(len(late) - 1, round(0.99 * (len(late) - 1)))]
    report("step_change_lateness_median", statistics.median(late) * 1000, "ms")
    report("step_change_lateness_p99", p99 * 1000, "ms")
    report("step_change_lateness_max", late[-1] * 1000, "ms")
    page.close()


def main() -> int:
    seconds = float(os.environ.get("BENCH_CPU_SECONDS", "60"))
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "XDG_CONFIG_HOME": f"{home}/config",
            "XDG_STATE_HOME": f"{home}/state",
            "XDG_DATA_HOME": f"{home}/data",
        }
        os.environ.update({k: v for k, v in env.items() if k.startswith("XDG_")})
        print(f"# platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}", flush=True)
        startup(env)
        enter_to_session({**env, "PYTHONPATH": str(ROOT / "src")})
        lateness()
        running_cpu(seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
