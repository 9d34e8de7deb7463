"""Moving an unreadable user file aside, so it is kept and never silently overwritten."""

from __future__ import annotations

import logging
import time
from pathlib import Path

log = logging.getLogger(__name__)


def set_aside(path: Path, reason: str) -> Path:
    """Rename ``path`` to ``<name>.corrupt-<time>`` and return where it is now.

    When it cannot be moved it stays where it is (and that is returned); either way the
    reason is logged.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while kept.exists() or kept.is_symlink():  # two in the same second: keep both
        number += 1
        kept = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    try:
        path.replace(kept)
    except OSError as exc:
        log.warning("%s is unreadable (%s) and cannot be moved aside: %s", path, reason, exc)
        return path
    log.warning("%s is unreadable (%s); kept as %s", path, reason, kept)
    return kept
