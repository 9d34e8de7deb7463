"""The app's identity for Qt, and the user's folders (worked out in `core.places`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from massage_timer.core.places import (
    APP_NAME,
    data_dir,
    log_dir,
    settings_path,
    timings_dir,
    user_routines_dir,
)

__all__ = [
    "APP_NAME",
    "data_dir",
    "log_dir",
    "set_identity",
    "settings_path",
    "timings_dir",
    "user_routines_dir",
]


def set_identity() -> None:
    """Name the app before Qt asks for any of its folders or settings."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")
