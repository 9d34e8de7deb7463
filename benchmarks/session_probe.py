"""Enter in the routine list to the session page painted, in a fresh app (the first session
of a run) and again for a second session. Run by bench_session.py, one process a run.

The app is made as `massage-timer` makes it (the real chimes and voice). The safety screen
is accepted once the voice has warmed up, as it does while a person reads that screen (it
takes about two seconds to start, after the first paint). Prints ``first MS`` and
``second MS``.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from massage_timer.ui.app import _real_announcer
from massage_timer.ui.main_window import MainWindow


class Painted(QObject):
    """Records when a widget is next painted."""

    def __init__(self) -> None:
        super().__init__()
        self.at: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = time.perf_counter()
        return False


def enter_to_painted(app: QApplication, window: MainWindow) -> float:
    """Press Enter on the list; seconds until the new session page is painted."""
    page_painted = Painted()
    shown: list[QWidget] = []
    window.session_shown.connect(lambda: shown.append(window.session_page))  # type: ignore[arg-type]
    window.picker_page.focus_list()
    start = time.perf_counter()
    app.sendEvent(
        window.picker_page.list,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
    )
    shown[-1].installEventFilter(page_painted)
    while page_painted.at is None:
        app.processEvents()
    return page_painted.at - start


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = MainWindow(announcer=_real_announcer)
    window.resize(1280, 800)
    window.show()
    deadline = time.monotonic() + 30
    while not window.hearing.ready and time.monotonic() < deadline:
        app.processEvents()
    window._safety_accepted()
    app.processEvents()
    first = enter_to_painted(app, window)
    window.show_picker()
    app.processEvents()
    second = enter_to_painted(app, window)
    print(f"first {first * 1000:.3f}", flush=True)
    print(f"second {second * 1000:.3f}", flush=True)
    QTimer.singleShot(0, lambda: app.exit(0))
    app.exec()
    return 0


if __name__ == "__main__":
    sys.exit(main())
