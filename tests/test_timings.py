"""Her timings: the store, matching steps, bad files kept aside, and the timings command."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from massage_timer.cli import main
from massage_timer.core.library import default_routine_path
from massage_timer.core.loader import check_text, load_routine
from massage_timer.core.routine import Routine
from massage_timer.core.timings import (
    TimingsError,
    TimingsStore,
    check_durations,
    routine_with_timings,
    scaled,
)
from tests.conftest import routine_yaml


def plain_write(path: Path, data: bytes) -> None:
    path.write_bytes(data)


@pytest.fixture
def store(tmp_path: Path) -> TimingsStore:
    return TimingsStore(tmp_path / "timings", plain_write)


def routine_of(*steps: tuple[str, int]) -> Routine:
    return Routine.model_validate(
        {
            "format": 1,
            "id": "r",
            "title": "R",
            "steps": [{"title": t, "duration": d, "instruction": "x"} for t, d in steps],
        }
    )


def test_saved_timings_come_back(store: TimingsStore) -> None:
    routine = load_routine(default_routine_path())
    before = default_routine_path().read_bytes()
    durations = [s.duration for s in routine.steps]
    durations[2] = 150
    store.save(routine, durations)
    loaded = store.load(routine)
    assert loaded.durations == durations
    assert loaded.notices == []
    text = store.path_for("gentle-lower-back").read_text()
    assert "title: Long, slow strokes\n  duration: 2m30s" in text
    assert "Settle in safely" not in text  # only what she changed
    assert default_routine_path().read_bytes() == before


def test_timings_follow_a_moved_step_and_drop_a_renamed_one(store: TimingsStore) -> None:
    old = routine_of(("Warm up", 60), ("Circles", 90), ("Hold", 60))
    store.save(old, [30, 120, 90])
    new = routine_of(("Circles", 90), ("Warm up", 60), ("Still hold", 60), ("Extra", 45))
    loaded = store.load(new)
    assert loaded.durations == [120, 30, 60, 45]
    assert loaded.notices == [
        "R has changed: your timings for “Hold” no longer match a step and were left out. "
        "The rest still apply."
    ]


def test_repeated_titles_are_told_apart(store: TimingsStore) -> None:
    routine = routine_of(("Circles", 60), ("Hold", 60), ("Circles", 60))
    store.save(routine, [60, 60, 200])
    assert store.load(routine).durations == [60, 60, 200]
    assert "occurrence: 2" in store.path_for("r").read_text()


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"steps: [",
        b"\x00\x01\x02 binary",
        b"- just\n- a list\n",
        b"routine: r\nsteps:\n  - {title: Circles, duration: forever}\n",
        b"routine: r\nsteps:\n  - {title: Circles, duration: 2h}\n",
        b"routine: r\nsteps: [1, 2]\n",
        "title: caf\xe9".encode("latin-1"),
    ],
)
def test_a_bad_timings_file_is_kept_aside_and_defaults_apply(
    store: TimingsStore, content: bytes
) -> None:
    routine = routine_of(("Circles", 60))
    store.folder.mkdir(parents=True)
    store.path_for("r").write_bytes(content)
    loaded = store.load(routine)
    assert loaded.durations == [60]
    assert len(loaded.notices) == 1
    assert "could not be read" in loaded.notices[0]
    (kept,) = store.folder.glob("r.yaml.corrupt-*")
    assert kept.read_bytes() == content
    assert not store.path_for("r").exists()


def test_limits_are_checked() -> None:
    assert check_durations([60, 3600]) == []
    assert check_durations([0]) == ["step 1: 0s is outside 1s to 60m"]
    assert check_durations([3600] * 5) == ["the steps add up to 5h; at most 4h in all"]
    assert scaled([60, 3500, 1], 120) == [72, 3600, 1]
    with pytest.raises(TimingsError, match="outside 50% to 200%"):
        scaled([60], 250)


def test_saving_refuses_what_the_format_does_not_allow(store: TimingsStore) -> None:
    routine = routine_of(("A", 60), ("B", 60))
    with pytest.raises(TimingsError, match="at most 4h"):
        store.save(routine, [3600, 3600 * 4])
    assert not store.path_for("r").exists()


def test_a_new_routine_with_her_timings_validates() -> None:
    routine = load_routine(default_routine_path())
    text, dropped = routine_with_timings(routine, [20] * 9, "mine", "Mine")
    made, problems = check_text(text)
    assert problems == []
    assert made is not None
    assert [s.duration for s in made.steps] == [20] * 9
    assert [s.instruction for s in made.steps] == [s.instruction for s in routine.steps]
    assert dropped == [
        "step 4: the cue at -20s (“Keep the circles slow and soft.”)",
        "step 6: the cue at 45s (“Check in. Lighter, or just the same?”)",
    ]


# --- the command ---------------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["timings", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def timings_file(isolated_dirs: Path) -> Path:
    return isolated_dirs / "data" / "massage-timer" / "timings" / "gentle-lower-back.yaml"


def test_the_command_shows_and_changes_timings(
    capsys: pytest.CaptureFixture[str], timings_file: Path
) -> None:
    before = default_routine_path().read_bytes()
    code, out, _ = run(capsys, "gentle-lower-back")
    assert code == 0
    assert "3  Long, slow strokes               1m30s    1m30s" in out
    assert "   Total                            10m15s   10m15s" in out
    assert not timings_file.exists()

    code, out, _ = run(capsys, "gentle-lower-back", "--set", "3=2m", "--set", "6=1:45")
    assert code == 0
    assert "3  Long, slow strokes               1m30s    2m  (changed)" in out
    assert "Total                            10m15s   11m" in out

    for _ in range(2):  # scaling sets her times from the routine's own: it never compounds
        code, out, _ = run(capsys, str(default_routine_path()), "--scale", "200%")
        assert code == 0
        assert "1  Settle in safely                 1m       2m  (changed)" in out
        assert "3  Long, slow strokes               1m30s    3m  (changed)" in out

    code, out, _ = run(capsys, "gentle-lower-back", "--reset", "3")
    assert "3  Long, slow strokes               1m30s    1m30s\n" in out
    code, out, _ = run(capsys, "gentle-lower-back", "--reset")
    assert "Total                            10m15s   10m15s" in out
    assert default_routine_path().read_bytes() == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "3=2h"], "'2h' is too long (2h); a step lasts from 1s to 60m"),
        (["--set", "3=soon"], "'soon' is not a duration"),
        (["--set", "10=1m"], "'10' is not a step number; steps are numbered 1 to 9"),
        (["--set", "3"], "write it as N=DURATION"),
        (["--scale", "300%"], "300% is outside 50% to 200%"),
        (["--scale", "lots"], "'lots' is not a percentage"),
        (["--set", "1=60m", "--set", "2=60m", "--set", "3=60m", "--set", "4=60m"], "at most 4h"),
    ],
)
def test_a_bad_value_changes_nothing(
    capsys: pytest.CaptureFixture[str], timings_file: Path, args: list[str], message: str
) -> None:
    assert run(capsys, "gentle-lower-back", "--set", "2=1m")[0] == 0
    saved = timings_file.read_bytes()
    code, out, err = run(capsys, "gentle-lower-back", *args)
    assert code == 1
    assert message in err
    assert "nothing was changed" in err
    assert out == ""
    assert timings_file.read_bytes() == saved


def test_the_command_survives_a_corrupt_timings_file(
    capsys: pytest.CaptureFixture[str], timings_file: Path
) -> None:
    timings_file.parent.mkdir(parents=True)
    timings_file.write_bytes(b"\x00garbage")
    code, out, err = run(capsys, "gentle-lower-back")
    assert code == 0
    assert "could not be read" in err
    assert "Total                            10m15s   10m15s" in out
    assert list(timings_file.parent.glob("gentle-lower-back.yaml.corrupt-*"))


def test_unknown_routines_and_usage(
    capsys: pytest.CaptureFixture[str], write_routine: Callable[..., Path]
) -> None:
    assert run(capsys, "no-such-routine")[0] == 1
    bad = write_routine("format: 1\n", "bad.yaml")
    code, _, err = run(capsys, str(bad))
    assert code == 1
    assert "'id' is required" in err
    assert run(capsys)[0] == 2
    good = write_routine(routine_yaml("title: A\nduration: 1m\ninstruction: x"), "good.yaml")
    assert run(capsys, str(good), "--set", "1=2m")[0] == 0


def test_her_timings_are_shared_by_every_language_of_a_routine(store: TimingsStore) -> None:
    """Set in Spanish, they apply in English and US English, and the other way round; a
    timings file from before translations (titles only) still applies to them all."""
    folder = default_routine_path().parent
    english = load_routine(default_routine_path())
    spanish = load_routine(folder / "gentle-lower-back.es.yaml")
    american = load_routine(folder / "gentle-lower-back.en-US.yaml")
    assert spanish.id == english.id == american.id
    mine = [d + 15 for d in (s.duration for s in spanish.steps)]
    store.save(spanish, mine)
    for routine in (english, american, spanish):
        assert store.load(routine) == (mine, [])
    saved = store.path_for(english.id).read_text("utf-8")
    assert "key: Settle in safely" in saved
    assert "Acomódense con seguridad" in saved

    longer = [d * 2 for d in (s.duration for s in english.steps)]
    store.save(english, longer)
    assert "key:" not in store.path_for(english.id).read_text("utf-8")
    assert store.load(spanish) == (longer, [])


def test_a_step_key_must_be_text(store: TimingsStore) -> None:
    store.folder.mkdir(parents=True)
    store.path_for("r").write_text("routine: r\nsteps:\n- title: A\n  key: [1]\n  duration: 5s\n")
    loaded = store.load(routine_of(("A", 10)))
    assert loaded.durations == [10]
    assert "could not be read" in loaded.notices[0]
