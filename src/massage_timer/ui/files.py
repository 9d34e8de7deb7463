"""Writing the user's files atomically, through QSaveFile."""

from __future__ import annotations

from pathlib import Path


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
