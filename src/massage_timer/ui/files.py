"""Writing the user's files atomically, through QSaveFile."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

log = logging.getLogger(__name__)

# QSaveFile writes NAME to a temporary NAME.XXXXXX beside it and renames that on commit (the
# command line's writer, core.savefile, uses NAME.xxxxxxxx); a
# save cut short (a crash, a kill) leaves the temporary file behind.
_SAVE_LEFTOVER = re.compile(r".+\.(?:yaml|json)\.(?:[A-Za-z0-9]{6}|[a-z0-9_]{8})")
LEFTOVER_AGE_SECONDS = 10 * 60  # far longer than any save takes


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all; raise OSError on failure."""
    # Imported here: the stores are made before the first screen is painted, and the QFile
    # family's start-up cost is only worth paying when something is saved.
    from PySide6.QtCore import QIODevice, QSaveFile

    file = QSaveFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {path}: {file.errorString()}")
    written = file.write(data)
    if written != len(data):
        error = file.errorString()
        file.cancelWriting()
        file.commit()
        raise OSError(f"cannot write {path}: {error}")
    if not file.commit():
        raise OSError(f"cannot save {path}: {file.errorString()}")


def remove_save_leftovers(
    *folders: Path | None, older_than: float = LEFTOVER_AGE_SECONDS
) -> list[Path]:
    """Delete the temporary files that saves cut short left in ``folders``; return them.

    Only for the app's own folders (settings, timings): the pattern would also match a
    user's ``notes.yaml.backup``. A file younger than ``older_than`` seconds may belong to a
    save that is still running (a second copy of the app), so it stays.
    """
    removed: list[Path] = []
    for folder in folders:
        if folder is not None:
            removed += _remove_leftovers(folder, older_than)
    return removed


def _remove_leftovers(folder: Path, older_than: float) -> list[Path]:
    removed: list[Path] = []
    try:
        candidates = [p for p in folder.iterdir() if _SAVE_LEFTOVER.fullmatch(p.name)]
    except OSError:
        return removed  # no folder yet, or not readable: nothing to tidy
    now = time.time()
    for path in candidates:
        try:
            if path.is_file() and now - path.stat().st_mtime >= older_than:
                path.unlink()
                removed.append(path)
        except OSError as exc:
            log.warning("cannot remove %s, left by an interrupted save: %s", path, exc)
    if removed:
        log.info("removed %d file(s) left by interrupted saves in %s", len(removed), folder)
    return removed
