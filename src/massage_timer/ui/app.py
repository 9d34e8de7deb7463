"""Application start-up: logging, Qt's own messages, the routine, the window."""

from __future__ import annotations

import contextlib
import logging
import sys
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSize,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from massage_timer import __version__, paths
from massage_timer.core.i18n import fill
from massage_timer.core.identity import APP_ID, DISPLAY_NAME, ICON_SIZES
from massage_timer.ui.i18n import translate

if TYPE_CHECKING:
    from massage_timer.ui.audio import Announcer
    from massage_timer.ui.main_window import MainWindow
from massage_timer.core.settings import SettingsStore

log = logging.getLogger("massage_timer")
LOG_ROTATE_BYTES = 512 * 1024
_qt_log = logging.getLogger("massage_timer.qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Qt warnings that describe how the app is meant to run, not a fault: logged, not shown.
# The standalone bundle leaves Qt Multimedia's FFmpeg plugin out (it would bring QtQuick and
# QtQml); QSoundEffect and the device list, all the app uses, work without it.
_EXPECTED = ("No QtMultimedia backends found.",)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(kind, logging.WARNING)
    if level == logging.WARNING and message.startswith(_EXPECTED):
        level = logging.INFO
    _qt_log.log(level, "%s (%s)", message, context.category)


def _rotate(log_file: Path, keep: int = 2) -> None:
    """Start a new log when the last one has grown large; keep ``keep`` old ones.

    (logging.handlers.RotatingFileHandler would do this per write, but importing
    logging.handlers costs as much start-up time as building the first screen.)
    """
    try:
        if log_file.stat().st_size < LOG_ROTATE_BYTES:
            return
    except FileNotFoundError:
        return
    for number in range(keep, 0, -1):
        older = log_file.with_name(f"{log_file.name}.{number}")
        newer = log_file.with_name(f"{log_file.name}.{number - 1}") if number > 1 else log_file
        if newer.exists():
            newer.replace(older)


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
        _rotate(log_file)
        handler = logging.FileHandler(log_file, encoding="utf-8")
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    except OSError as exc:
        log.warning("cannot write a log file: %s", exc)
        log_file = None
    qInstallMessageHandler(_qt_message)
    return log_file


def run_app(
    routine_path: Path | None = None, *, on_shown: Callable[[QWidget], None] | None = None
) -> int:
    """Start the GUI; return its exit status.

    ``on_shown`` is called once the window has first been painted (the start-up benchmark
    uses it to stop the clock).
    """
    paths.set_identity()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationDisplayName(DISPLAY_NAME)
    app.setDesktopFileName(APP_ID)  # matches the window to its menu entry and icon
    app.setWindowIcon(app_icon())
    app.setApplicationVersion(__version__)
    setup_logging()
    from massage_timer.ui.single_instance import Instance

    instance = Instance()
    if not instance.claim():
        print(translate("App", "Massage Timer is already open; its window was brought forward."))
        return 0
    from massage_timer.ui.files import atomic_write
    from massage_timer.ui.first_paint import call_when_painted
    from massage_timer.ui.i18n import apply_language
    from massage_timer.ui.main_window import MainWindow

    store = SettingsStore(paths.settings_path(), atomic_write)
    apply_language(store.load().language)  # before any text is made
    window = MainWindow(
        settings=store,
        user_routines=paths.user_routines_dir(),
        start_path=routine_path,
        timings_folder=paths.timings_dir(),
        announcer=_real_announcer,
    )
    instance.serve(partial(bring_forward, window))
    install_excepthook(window)
    call_when_painted(window, install_interrupt)  # Ctrl+C before that ends Python as usual
    if on_shown is not None:
        call_when_painted(window, on_shown)
    window.show()
    return app.exec()


def bring_forward(window: QWidget) -> None:
    """Show the window in front (started again from the menu while it is open)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def app_icon() -> QIcon:
    """The app's icon from its bundled PNG sizes (read only when a size is drawn)."""
    from massage_timer.core.resources import resource_path

    icon = QIcon()
    folder = resource_path("desktop/icons/hicolor")
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"{size}x{size}/apps/{APP_ID}.png"), QSize(size, size))
    return icon


def calm_message(log_file: str) -> str:
    return fill(
        translate(
            "App",
            "Something went wrong inside Massage Timer. The session goes on; the details are "
            "in the log (%1).",
        ),
        log_file,
    )


def install_excepthook(window: MainWindow) -> None:
    """An exception nobody caught (in a slot, a timer, an event handler) is logged with its
    traceback, and the room is told calmly; the app, and any session, carry on."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("uncaught exception", exc_info=(kind, error, trace))
        try:
            where = next(
                (h.baseFilename for h in log.handlers if isinstance(h, logging.FileHandler)),
                "massage-timer.log",
            )
            window.tell(calm_message(where))
        except RuntimeError:  # the window is already gone
            pass

    sys.excepthook = hook


class _Wakeup(QObject):
    """Wakes Qt's event loop for a Unix signal: Python runs signal handlers only between its
    own bytecodes, and the loop is C++. signal.set_wakeup_fd writes a byte to a socket pair;
    a notifier reads it, and Python gets to run the handler."""

    def __init__(self, parent: QObject) -> None:
        import signal
        import socket

        from PySide6.QtCore import QSocketNotifier

        super().__init__(parent)
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        signal.set_wakeup_fd(self._writer.fileno())
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        with contextlib.suppress(OSError):
            self._reader.recv(64)


def install_interrupt(window: QWidget) -> None:
    """Ctrl+C (or a polite kill) closes the app cleanly: no question, settings saved."""
    import signal

    from massage_timer.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    _Wakeup(window)

    def interrupted(_number: int, _frame: object) -> None:
        log.info("interrupted (Ctrl+C): closing")
        window.quit_now()

    signal.signal(signal.SIGINT, interrupted)
    signal.signal(signal.SIGTERM, interrupted)


def _real_announcer(window: MainWindow) -> Announcer:
    """Chimes and voice through the real devices, made after the first paint."""
    from massage_timer.ui.audio import Announcer

    return Announcer(lambda: window.settings, window)
