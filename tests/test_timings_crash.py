"""A save cut short by SIGKILL leaves the old timings or the new ones, never half a file."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from massage_timer.core.library import default_routine_path
from massage_timer.core.loader import load_routine
from massage_timer.core.timings import TimingsStore
from massage_timer.ui.files import atomic_write, remove_save_leftovers
from tests.timings_writer import NEW, OLD

HERE = Path(__file__).resolve().parent
KILLS = 50


@pytest.mark.slow
def test_killing_a_save_at_random_moments_never_leaves_half_a_file(tmp_path: Path) -> None:
    rng = random.Random()
    routine = load_routine(default_routine_path())
    folder = tmp_path / "timings"
    store = TimingsStore(folder, atomic_write)
    env = {**os.environ, "PYTHONPATH": str(HERE.parent), "QT_QPA_PLATFORM": "offscreen"}
    seen = {"old": 0, "new": 0}
    for _ in range(KILLS):
        with subprocess.Popen(
            [sys.executable, str(HERE / "timings_writer.py"), str(folder)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        ) as writer:
            assert writer.stdout is not None
            assert writer.stdout.readline().strip() == "ready"
            time.sleep(rng.uniform(0, 0.02))  # a random moment in the saving loop
            writer.send_signal(signal.SIGKILL)
            writer.wait(timeout=30)
        assert writer.returncode == -signal.SIGKILL
        loaded = store.load(routine)
        assert loaded.notices == [], loaded.notices
        assert loaded.durations in (OLD, NEW)
        seen["old" if loaded.durations == OLD else "new"] += 1
        # Nothing set aside as corrupt; a kill mid-save may leave QSaveFile's temporary file.
        leftovers = [p.name for p in folder.iterdir() if p.name != "gentle-lower-back.yaml"]
        assert all(name.startswith("gentle-lower-back.yaml.") for name in leftovers), leftovers
    assert seen["old"] + seen["new"] == KILLS
    # The app tidies those up (here as if they were old enough); the timings stay.
    remove_save_leftovers(folder, older_than=0)
    assert [p.name for p in folder.iterdir()] == ["gentle-lower-back.yaml"]
    assert store.load(routine).durations in (OLD, NEW)
