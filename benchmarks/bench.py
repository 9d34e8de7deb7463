"""Speed figures for massage-timer, printed one per line as ``name: value unit``.

Run with ``make bench``. Goals are in benchmarks/README.md, with the figures measured.
These are not tests: machines here are shared and noisy, so nothing fails on a number.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.conftest import FakeClock, make_routine  # noqa: E402
from tests.hostile import write_hostile_files  # noqa: E402

from massage_timer.core.engine import Session, State  # noqa: E402
from massage_timer.core.loader import check_file  # noqa: E402


def report(name: str, value: float, unit: str) -> None:
    print(f"{name}: {value:.3f} {unit}", flush=True)


def best_median(run: Callable[[], object], repeats: int) -> tuple[float, float]:
    """Median and best wall time of ``run`` in seconds."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def routine_500_steps() -> str:
    steps = []
    for i in range(500):
        steps.append(
            f"  - title: Step {i + 1}, slow palm circles\n"
            "    duration: 28s\n"
            "    say: Slow circles with the heel of your hand.\n"
            "    instruction: |\n"
            "      Rest the heel of your hand on the sacrum and make slow, wide circles.\n"
            "      Keep it gentle. Go lighter if she asks.\n"
            "    cues:\n"
            "      - at: 50%\n"
            "        say: Ask if the pressure feels right.\n"
            "      - at: -5s\n"
            "        say: Begin to slow down.\n"
        )
    head = (
        "# yaml-language-server: $schema=../schema/routine.schema.json\n"
        "format: 1\nid: five-hundred\ntitle: Five hundred steps\nsteps:\n"
    )
    return head + "".join(steps)


def bench_loading(folder: Path) -> None:
    path = folder / "five-hundred.yaml"
    path.write_text(routine_500_steps(), encoding="utf-8")
    assert check_file(path).ok
    median, best = best_median(lambda: check_file(path), 30)
    report("load_validate_500_steps_median", median * 1000, "ms")
    report("load_validate_500_steps_best", best * 1000, "ms")

    worst = 0.0
    worst_name = ""
    for hostile in write_hostile_files(folder):
        median, _ = best_median(lambda p=hostile: check_file(p), 5)  # type: ignore[misc]
        if median > worst:
            worst, worst_name = median, hostile.name
    report("hostile_file_worst_median", worst * 1000, "ms")
    print(f"# slowest hostile file: {worst_name}")


def bench_engine() -> None:
    clock = FakeClock()
    routine = make_routine(*([30] * 400))
    session = Session(routine.steps, clock)
    session.start()
    commands = 0
    start = time.perf_counter()
    for _ in range(20_000):
        clock.advance(0.01)
        session.pause()
        session.resume()
        session.add_time(1)
        commands += 3
    elapsed = time.perf_counter() - start
    report("engine_command_cost", elapsed / commands * 1e6, "us")

    session = Session(routine.steps, clock)
    session.start()
    events = 0
    start = time.perf_counter()
    while session.state is State.RUNNING:
        due = session.next_due()
        assert due is not None
        clock.now = due
        events += len(session.poll())
    elapsed = time.perf_counter() - start
    report("engine_event_cost", elapsed / events * 1e6, "us")


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        bench_loading(Path(folder))
    bench_engine()
    return 0


if __name__ == "__main__":
    sys.exit(main())
