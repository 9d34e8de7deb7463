"""Reading a user's file safely: only regular files, and never more than a limit.

A FIFO, a device or a socket where a file should be would block a plain read for ever (the
app before its window appears, a command for good). The file is opened without waiting and
checked through the open handle, so nothing can swap it between the check and the read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class NotRegularFileError(OSError):
    """The path is a FIFO, a device, a socket or a folder, not a file."""


def read_regular(path: Path, limit: int) -> bytes:
    """Up to ``limit`` + 1 bytes of ``path`` (so a caller can tell it is too large).

    Raises FileNotFoundError, NotRegularFileError, or another OSError.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    handle = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            kind = "a folder" if path.is_dir() else "not a regular file"
            raise NotRegularFileError(f"{path} is {kind}")
        chunks = []
        left = limit + 1
        while left > 0 and (chunk := os.read(handle, min(left, 1 << 16))):
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(handle)
