"""Saves two sets of timings in turn, forever, until it is killed (for the crash test)."""

from __future__ import annotations

import sys
from pathlib import Path

from massage_timer.core.library import default_routine_path
from massage_timer.core.loader import load_routine
from massage_timer.core.timings import TimingsStore
from massage_timer.ui.files import atomic_write

OLD = [61, 45, 90, 90, 30, 90, 60, 90, 60]
NEW = [120, 50, 300, 95, 35, 600, 75, 90, 45]


def main() -> None:
    store = TimingsStore(Path(sys.argv[1]), atomic_write)
    routine = load_routine(default_routine_path())
    store.save(routine, OLD)
    print("ready", flush=True)
    while True:
        store.save(routine, NEW)
        store.save(routine, OLD)


if __name__ == "__main__":
    main()
