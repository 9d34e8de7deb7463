"""Where the user's files live, worked out without Qt so the command line can use it too.

The same folders QStandardPaths gives an application named "massage-timer" with no
organisation (a test checks that on Linux): the XDG base directories there, the usual
per-user folders on macOS and Windows. Tests point them at a temporary folder through
XDG_DATA_HOME, XDG_CONFIG_HOME and XDG_STATE_HOME, so no test touches a real home.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "massage-timer"


def _xdg(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    base = Path(value) if value and Path(value).is_absolute() else Path.home() / fallback
    return base / APP_NAME


def _windows(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "")
    return (Path(value) if value else Path.home() / fallback) / APP_NAME


def data_dir() -> Path:
    if sys.platform == "win32":
        return _windows("APPDATA", "AppData/Roaming")
    if sys.platform == "darwin":
        return Path.home() / "Library/Application Support" / APP_NAME
    return _xdg("XDG_DATA_HOME", ".local/share")


def config_dir() -> Path:
    if sys.platform == "win32":
        return _windows("LOCALAPPDATA", "AppData/Local")
    if sys.platform == "darwin":
        return Path.home() / "Library/Preferences" / APP_NAME
    return _xdg("XDG_CONFIG_HOME", ".config")


def state_dir() -> Path:
    if sys.platform == "win32":
        return _windows("LOCALAPPDATA", "AppData/Local") / "State"
    if sys.platform == "darwin":
        return Path.home() / "Library/Preferences" / APP_NAME / "State"
    return _xdg("XDG_STATE_HOME", ".local/state")


def user_routines_dir() -> Path:
    """The folder for the user's own routine files (made by the app when it first lists)."""
    return data_dir() / "routines"


def timings_dir() -> Path:
    """Her timings, one YAML file per routine id."""
    return data_dir() / "timings"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def log_dir() -> Path:
    return state_dir()
