"""Where windows go: the main window fits the screen it opens on and comes back where it was
(only where that still fits a screen present); dialogs never outgrow a small screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
SMALLEST = QSize(800, 560)
FRAME = QSize(0, 40)  # room for a title bar and borders the window manager adds


def first_geometry(available: QRect, saved: QRect | None, screens: Sequence[QRect]) -> QRect:
    """The window's place at start-up: where it was, if that still fits a screen (with its
    frame); otherwise the preferred size, shrunk to ``available`` and centred on it."""
    if saved is not None and saved.isValid():
        with_frame = saved.adjusted(0, -FRAME.height(), FRAME.width(), 0)
        if any(screen.contains(with_frame) for screen in screens):
            return QRect(saved)
    size = PREFERRED.boundedTo(available.size() - FRAME)
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    rect.moveTop(max(available.top() + FRAME.height(), rect.top()))
    return rect


def smallest_size(available: QRect) -> QSize:
    """The window's minimum: the layouts are made for 800x560, or the whole screen if less."""
    return SMALLEST.boundedTo(available.size() - FRAME)


def fit_to_screen(widget: QWidget, width: int, height: int) -> None:
    """Resize a dialog to ``width`` x ``height``, or less where the screen is smaller."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - FRAME if screen is not None else QSize(width, height)
    widget.resize(QSize(width, height).boundedTo(room))


def place_main_window(window: QWidget, saved: Sequence[int], full_screen: bool) -> None:
    """Fit the screen the window opens on; come back where it was, where that still fits."""
    from PySide6.QtCore import Qt

    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    rect = first_geometry(
        available,
        QRect(*saved) if len(saved) == 4 else None,
        [s.availableGeometry() for s in QGuiApplication.screens()],
    )
    window.setMinimumSize(smallest_size(available))
    window.setGeometry(rect)
    if full_screen:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
