"""Property fuzzing of what a routine file can carry into her files.

`make test` runs a bounded number of examples; `make fuzz` runs them for as long as asked
(FUZZ_EXAMPLES, see the Makefile), with the loader fuzz of test_hostile_input.py.
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from massage_timer.core.loader import check_text
from massage_timer.core.routine import Routine
from massage_timer.core.timings import TimingsStore, routine_with_timings

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)

# Characters that have broken files before, and ones that might: every kind of line break
# YAML or Python knows, quotes, comment and flow markers, controls, BOMs, far planes.
tricky = st.sampled_from(
    [
        *"\n\r\t #:'\"|>-[]{},&*!%@`\\",
        *("\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\x7f", "\x9b", "\ufeff"),
        *("\u200b", "\U0001f60a", "\u00e9", "\u00df", "\u00b2", "\u0661", "\u202e"),
    ]
)
# Mostly characters a routine may hold (so most examples are routines to round-trip), with
# the tricky ones, controls included, mixed in.
plain = st.characters(exclude_categories=("Cc", "Cs"))
text = st.lists(st.one_of(tricky, plain, plain), min_size=1, max_size=40).map("".join)


def _routine(title: str, instruction: str, say: str, seconds: list[int]) -> Routine | None:
    data = {
        "format": 1,
        "id": "fuzzed",
        "title": title,
        "steps": [
            {"title": f"{title[:70]} {n}", "duration": s, "instruction": instruction, "say": say}
            for n, s in enumerate(seconds)
        ],
    }
    try:
        return Routine.model_validate(data)
    except ValueError:
        return None  # not a routine the format allows: nothing to round-trip


texts = st.tuples(text, text, text)


@FUZZ
@given(texts, st.lists(st.integers(1, 3600), min_size=1, max_size=4), st.data())
def test_her_timings_and_a_new_routine_round_trip(
    tmp_path_factory: object, words: tuple[str, str, str], seconds: list[int], data: st.DataObject
) -> None:
    routine = _routine(*words, seconds)
    if routine is None:
        event("not a routine the format allows (refused with a problem)")
        return
    event("a routine: round-tripped")
    mine = [data.draw(st.integers(1, 3600)) for _ in routine.steps]
    folder = Path(tmp_path_factory.mktemp("timings"))  # type: ignore[attr-defined]

    def write(path: Path, content: bytes) -> None:
        path.write_bytes(content)

    store = TimingsStore(folder, write)
    if sum(mine) <= 4 * 3600:
        store.save(routine, mine)
        loaded = store.load(routine)
        assert loaded.notices == []
        assert loaded.durations == mine
    made_text, _dropped = routine_with_timings(routine, mine, "fuzzed-mine", routine.title)
    made, problems = check_text(made_text, "made.yaml")
    if sum(mine) > 4 * 3600:
        assert made is None  # the format's own limit, said as a problem
        return
    assert made is not None, problems
    assert made.title == routine.title
    assert [s.title for s in made.steps] == [s.title for s in routine.steps]
    assert [s.instruction for s in made.steps] == [s.instruction for s in routine.steps]
    assert [s.say for s in made.steps] == [s.say for s in routine.steps]
    assert [s.duration for s in made.steps] == mine
