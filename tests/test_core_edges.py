"""Edges of the core that the other tests do not reach: odd values, odd files, faults of
the libraries underneath. With them, `make test` holds the core's engine, durations,
loader, safe YAML reader and timings store at 100 % branch coverage."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from massage_timer.core import safeyaml
from massage_timer.core.durations import (
    DurationError,
    format_length,
    parse_duration,
    type_name,
)
from massage_timer.core.engine import Session
from massage_timer.core.library import default_routine_path
from massage_timer.core.loader import check_file, check_text, load_routine
from massage_timer.core.timings import TimingsError, TimingsStore, parse_percent
from tests.conftest import FakeClock, make_routine


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "got true"),
        (1.5, "1.5 is not a whole number of seconds"),
        (float("nan"), "nan is not a whole number of seconds"),
        ([1], "got a list"),
    ],
)
def test_durations_that_are_not_numbers_of_seconds(value: object, message: str) -> None:
    with pytest.raises(DurationError, match=message):
        parse_duration(value)


def test_whole_floats_are_seconds() -> None:
    assert parse_duration(90.0) == 90


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "0 s"),
        (45, "45 s"),
        (240, "4 min"),
        (615, "10 min 15 s"),
        (3600, "1 h"),
        (3930, "1 h 5 min"),
    ],
)
def test_lengths_read_at_a_glance(seconds: int, text: str) -> None:
    assert format_length(seconds) == text


def test_type_names_for_anything() -> None:
    assert type_name({1, 2}) == "set"
    assert type_name({"a": 1}) == "a mapping of keys"


def test_the_current_step_is_the_one_shown(clock: FakeClock) -> None:
    session = Session(make_routine(5, 5).steps, clock)
    assert session.step.title == "Step 1"
    session.start()
    session.next()
    assert session.step.title == "Step 2"


def test_a_step_that_is_not_a_mapping(tmp_path: Path) -> None:
    text = "format: 1\nid: a\ntitle: T\nsteps: [1]\n"
    routine, problems = check_text(text, "f.yaml")
    assert routine is None
    assert [str(p) for p in problems] == [
        "f.yaml:4:9: error: steps[0]: expected a mapping of keys, got a number (1)"
    ]


def test_a_file_that_cannot_be_opened(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    report = check_file(loop)
    assert report.routine is None
    (problem,) = report.errors
    assert problem.field == "(file)"
    assert problem.message.startswith("cannot be read: ")


def test_a_yaml_fault_without_a_position_is_still_a_clean_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Broken(safeyaml._Builder):
        def build(self) -> safeyaml.Document:
            raise yaml.YAMLError("the parser gave up")

    monkeypatch.setattr(safeyaml, "_Builder", Broken)
    with pytest.raises(safeyaml.YamlError, match="not valid YAML: the parser gave up"):
        safeyaml.parse("a: 1\n")


def test_yes_and_no_in_yaml_12() -> None:
    data = safeyaml.parse("a: false\nb: true\nc: null\nd: no\n").data
    assert data == {"a": False, "b": True, "c": None, "d": "no"}


@pytest.mark.parametrize("text", ["inf", "-inf%", "nan"])
def test_percentages_must_be_finite(text: str) -> None:
    with pytest.raises(TimingsError, match="is not a percentage"):
        parse_percent(text)


@pytest.fixture
def store(tmp_path: Path) -> TimingsStore:
    def write(path: Path, data: bytes) -> None:
        path.write_bytes(data)

    return TimingsStore(tmp_path / "timings", write)


def test_a_timings_file_that_cannot_be_read_is_never_overwritten(
    store: TimingsStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Permission denied (as root, chmod cannot show it: the read is made to fail)."""
    from massage_timer.core import timings

    routine = load_routine(default_routine_path())
    path = store.path_for(routine.id)
    path.parent.mkdir(parents=True)
    path.write_bytes(b"her timings, unreadable to us")

    def denied(where: Path, limit: int) -> bytes:
        raise PermissionError(13, "Permission denied", str(where))

    monkeypatch.setattr(timings, "read_regular", denied)
    loaded = store.load(routine)
    assert loaded.durations == [step.duration for step in routine.steps]
    assert loaded.notices == [
        "Your timings could not be read (Permission denied); they are left as they are."
    ]
    with pytest.raises(TimingsError, match=r"cannot be read \(Permission denied\), so it was left"):
        store.save(routine, [61] * len(routine.steps))
    assert path.read_bytes() == b"her timings, unreadable to us"


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_timings_path_that_is_not_a_file_is_set_aside(store: TimingsStore, kind: str) -> None:
    import os

    routine = load_routine(default_routine_path())
    path = store.path_for(routine.id)
    path.parent.mkdir(parents=True)
    if kind == "folder":
        path.mkdir()
    else:
        os.mkfifo(path)  # reading it the plain way would wait for ever
    loaded = store.load(routine)
    assert loaded.durations == [step.duration for step in routine.steps]
    assert "kept as" in loaded.notices[0]
    store.save(routine, [61] * len(routine.steps))
    assert store.load(routine).durations == [61] * len(routine.steps)


@pytest.mark.parametrize(
    "content",
    [
        b"x" * (300 * 1024),  # too large
        b"routine: a\nsteps:\n  - {title: Settle in safely, occurrence: 0, duration: 1m}\n",
    ],
)
def test_unreadable_timings_are_set_aside(store: TimingsStore, content: bytes) -> None:
    routine = load_routine(default_routine_path())
    path = store.path_for(routine.id)
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    loaded = store.load(routine)
    assert loaded.durations == [step.duration for step in routine.steps]
    assert "kept" in loaded.notices[0]
    assert not path.exists()
    (aside,) = path.parent.glob(f"{path.name}.corrupt-*")
    assert aside.read_bytes() == content  # kept whole, never overwritten


def test_timings_that_no_longer_fit_the_routine_are_not_used(store: TimingsStore) -> None:
    routine = load_routine(default_routine_path())
    path = store.path_for(routine.id)
    path.parent.mkdir(parents=True)
    steps = "".join(f"  - {{title: {s.title!r}, duration: 60m}}\n" for s in routine.steps)
    path.write_text(f"routine: {routine.id}\nsteps:\n{steps}", encoding="utf-8")
    loaded = store.load(routine)
    assert loaded.durations == [step.duration for step in routine.steps]
    assert loaded.notices == ["Your timings no longer fit this routine, so its own are used."]


def test_saving_needs_one_time_per_step(store: TimingsStore) -> None:
    routine = load_routine(default_routine_path())
    with pytest.raises(TimingsError, match="one duration per step"):
        store.save(routine, [60])


def test_the_scale_in_force_is_found_from_her_times() -> None:
    from massage_timer.core.timings import scale_in_force, scaled

    own = [60, 45, 90, 90, 30]
    assert scale_in_force(own, own) == 100
    for percent in (50, 73, 120, 150, 200):
        assert scale_in_force(own, scaled(own, percent)) in {
            p for p in range(50, 201) if scaled(own, p) == scaled(own, percent)
        }
    assert scale_in_force(own, [61, 45, 90, 90, 30]) is None


def test_extra_time_is_kept_within_the_step_limit() -> None:
    from massage_timer.core.timings import with_extra_time

    assert with_extra_time([60, 3590, 30], [30.4, 60, 0]) == [90, 3600, 30]


def test_a_problem_in_brief() -> None:
    _, problems = check_text("format: 1\nid: a\ntitle: T\nsteps: [1]\n", "f.yaml")
    assert problems[0].brief() == "f.yaml:4: steps[0]: expected a mapping of keys, got a number (1)"
