"""Application start-up: logging, Qt's own messages, the routine, the window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from massage_timer import __version__, paths
from massage_timer.core.library import default_routine_path
from massage_timer.core.loader import RoutineError, load_routine
from massage_timer.core.routine import Routine

log = logging.getLogger("massage_timer")
_qt_log = logging.getLogger("massage_timer.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    _qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s (%s)", message, context.category)


def setup_logging() -> Path | None:
    """Log to a file in the user's state folder and warnings to stderr; route Qt's messages."""
    root = logging.getLogger("massage_timer")
    root.setLevel(logging.DEBUG)
    if not root.handlers:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("massage-timer: %(levelname)s: %(message)s"))
        root.addHandler(console)
    log_file: Path | None = None
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "massage-timer.log"
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=512 * 1024, backupCount=2, encoding="utf-8"
        )
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError as exc:
        log.warning("cannot write a log file: %s", exc)
        log_file = None
    qInstallMessageHandler(_qt_message)
    return log_file


def _load_or_explain(path: Path | None) -> Routine:
    """The routine to run; an invalid file is explained and the default is used instead."""
    default = default_routine_path()
    if path is None:
        return load_routine(default)
    try:
        return load_routine(path)
    except RoutineError as exc:
        log.warning("routine %s is invalid:\n%s", path, exc)
        box = QMessageBox(QMessageBox.Icon.Warning, "This routine cannot be used", "")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(f"{path.name} has problems, so the default routine will be used instead.")
        box.setDetailedText("\n".join(str(p) for p in exc.problems))
        box.exec()
        return load_routine(default)


def run_app(routine_path: Path | None = None) -> int:
    """Start the GUI; return its exit status."""
    paths.set_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("massage-timer")
    app.setApplicationVersion(__version__)
    setup_logging()
    from massage_timer.ui.main_window import MainWindow

    window = MainWindow(_load_or_explain(routine_path))
    window.show()
    return app.exec()
