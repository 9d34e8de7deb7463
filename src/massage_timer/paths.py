"""Where the user's files live, from QStandardPaths (so each platform gets its usual place).

Tests point these at a temporary folder through XDG_DATA_HOME / XDG_STATE_HOME, or with
QStandardPaths.setTestModeEnabled, so no test ever touches a real home.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "massage-timer"


def set_identity() -> None:
    """Name the app before any path is asked for; QStandardPaths builds on these names."""
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName("")


def data_dir() -> Path:
    set_identity()
    location = QStandardPaths.StandardLocation.AppDataLocation
    return Path(QStandardPaths.writableLocation(location))


def user_routines_dir() -> Path:
    """The folder for the user's own routine files (it may not exist yet)."""
    return data_dir() / "routines"


def timings_dir() -> Path:
    """Per-routine timing files (her durations), one YAML file per routine id."""
    return data_dir() / "timings"


def settings_path() -> Path:
    """The settings file, in the user's configuration folder."""
    set_identity()
    location = QStandardPaths.StandardLocation.AppConfigLocation
    return Path(QStandardPaths.writableLocation(location)) / "settings.json"


def log_dir() -> Path:
    """Where the log file goes: the user's state folder, else the cache folder."""
    set_identity()
    location = QStandardPaths.StandardLocation.StateLocation
    found = QStandardPaths.writableLocation(location)
    if not found:
        found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(found)
