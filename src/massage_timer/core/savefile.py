"""Writing a file whole or not at all, without Qt (for the command line).

The app writes through QSaveFile (`massage_timer.ui.files.atomic_write`); the command line
must not load Qt, so it writes the same way by hand: a temporary file beside the target,
flushed to disk, then renamed over it. A crash leaves the old file or the new one.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` whole or not at all; raise OSError on failure."""
    handle, temporary = tempfile.mkstemp(prefix=f"{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        Path(temporary).replace(path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
