"""Application start-up: logging, Qt's own messages, the routine, the window."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from massage_timer import __version__, paths
from massage_timer.core.settings import SettingsStore

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


def run_app(routine_path: Path | None = None) -> int:
    """Start the GUI; return its exit status."""
    paths.set_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName("massage-timer")
    app.setApplicationVersion(__version__)
    setup_logging()
    from massage_timer.ui.files import atomic_write
    from massage_timer.ui.main_window import MainWindow

    window = MainWindow(
        settings=SettingsStore(paths.settings_path(), atomic_write),
        user_routines=paths.user_routines_dir(),
        start_path=routine_path,
    )
    window.show()
    return app.exec()
