"""Start either the app or a bare PySide6 window, and report when it first painted.

Run by bench_session.py as a child process: ``startup_probe.py app|bare|bare-enums``.
Prints one line, ``shown <peak RSS in KiB>``, then quits. ``bare-enums`` is the bare window
that also touches the ``Qt`` namespace (PySide6 makes all of its ~90 enums at the first
touch), which every real screen has to do: it shows how much of the ratio that one step is.
"""

from __future__ import annotations

import resource
import sys


def report_and_quit(_widget: object) -> None:
    from PySide6.QtWidgets import QApplication

    print(f"shown {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}", flush=True)
    QApplication.quit()


def bare(*, enums: bool = False) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    if enums:
        from PySide6.QtCore import Qt  # noqa: F401 (the first touch is what costs)
    window = QLabel("bare")
    window.resize(1280, 800)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, lambda: report_and_quit(window))
            return False

    watcher = FirstPaint()
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def app() -> int:
    """The app as ``massage-timer`` starts it (the command line, then the window)."""
    from pathlib import Path

    import massage_timer.ui.app
    from massage_timer.cli import main

    real_run_app = massage_timer.ui.app.run_app

    def run_app(routine_path: Path | None = None, **_: object) -> int:
        return real_run_app(routine_path, on_shown=report_and_quit)

    massage_timer.ui.app.run_app = run_app
    return main([])


if __name__ == "__main__":
    kind = sys.argv[1] if len(sys.argv) > 1 else "app"
    sys.exit(bare() if kind == "bare" else bare(enums=True) if kind == "bare-enums" else app())
