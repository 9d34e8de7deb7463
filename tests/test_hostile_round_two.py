"""Hostile files and faults around the routine reader: odd characters, numbers written with
other digits, and the timings command when the disk or the data folder is not as expected.
Every case is one clear line and a status, her data unchanged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from massage_timer.cli import main
from massage_timer.core.aside import set_aside
from massage_timer.core.library import default_routine_path
from massage_timer.core.loader import check_text
from massage_timer.core.settings import Settings, SettingsStore
from tests.conftest import routine_yaml

STEP = "title: One\nduration: 60\ninstruction: Rest."


def write(path: Path, content: bytes) -> None:
    path.write_bytes(content)


def timings(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["timings", *args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def data(isolated_dirs: Path) -> Path:
    return isolated_dirs / "data" / "massage-timer"


# --- numbers --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["--set", "1=\u00b2"],
        ["--set", "\u00b2=1m"],
        ["--reset", "\u00b2"],
        ["--set", "1=\u0661\u0662"],  # Arabic-Indic 12
        ["--set", "\u0661=1m"],
        ["--scale", "\u0661\u0662\u0660%"],
        ["--set", "9" * 5000 + "=1m"],  # more digits than int() reads by default
        ["--reset", "9" * 5000],
    ],
)
def test_numbers_are_written_with_the_digits_0_to_9(
    capsys: pytest.CaptureFixture[str], data: Path, args: list[str]
) -> None:
    code, out, err = timings(capsys, "gentle-lower-back", *args)
    assert code == 1
    assert out == ""
    assert err.startswith("massage-timer timings: error: ")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert len(err) < 300
    assert not (data / "timings").exists()


@pytest.mark.parametrize("duration", ['"\u00b2"', '"\u0661\u0662"', '"1m\u0663s"'])
def test_a_duration_in_other_digits_is_a_clear_problem(duration: str) -> None:
    routine, problems = check_text(
        routine_yaml(f"title: One\nduration: {duration}\ninstruction: x")
    )
    assert routine is None
    (problem,) = problems
    assert problem.field == "steps[0].duration"
    assert "is not a duration" in problem.message
    assert "invalid literal" not in problem.message


# --- characters -----------------------------------------------------------------------------


@pytest.mark.parametrize("title", ["Kind\u2028words", "Kind\u2029words", "Kind\x85words"])
def test_a_title_may_not_hold_a_line_break_of_any_kind(title: str) -> None:
    text = routine_yaml(STEP, title=f'"{title}"'.encode("unicode_escape").decode())
    routine, problems = check_text(text)
    assert routine is None
    assert any("keep it on one line" in p.message or "control" in p.message for p in problems)


def test_what_a_file_says_cannot_forge_a_line_of_output(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        routine_yaml(STEP) + '"\\e[2J\\rgentle.yaml: ok: forged\\ninjected": 1\n', encoding="utf-8"
    )
    code = main(["validate", str(bad)])
    out = capsys.readouterr().out
    assert code == 1
    assert "\x1b" not in out
    assert "\r" not in out
    lines = out.splitlines()
    assert len(lines) == 1  # one problem, one line
    assert lines[0].startswith(f"{bad}:")
    assert "\\x1b[2J\\rgentle.yaml: ok: forged\\ninjected" in lines[0]


# --- the timings command and the data folder ----------------------------------------------------


def test_a_data_folder_that_is_a_file(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    data.parent.mkdir(parents=True, exist_ok=True)
    data.write_text("not a folder")
    code, _out, err = timings(capsys, "gentle-lower-back", "--set", "1=2m")
    assert code == 1
    assert err.startswith("massage-timer timings: error: ")
    assert err.strip().endswith("nothing was changed")
    assert data.read_text() == "not a folder"


def test_a_timings_folder_that_is_a_file(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    data.mkdir(parents=True)
    (data / "timings").write_text("not a folder")
    code, _out, err = timings(capsys, "gentle-lower-back", "--set", "1=2m")
    assert code == 1
    assert "nothing was changed" in err
    assert (data / "timings").read_text() == "not a folder"


def test_a_dangling_link_as_her_timings(capsys: pytest.CaptureFixture[str], data: Path) -> None:
    (data / "timings").mkdir(parents=True)
    (data / "timings" / "gentle-lower-back.yaml").symlink_to(data / "nowhere.yaml")
    code, out, _err = timings(capsys, "gentle-lower-back")
    assert code == 0
    assert "Gentle lower-back comfort" in out


def test_a_full_disk(
    capsys: pytest.CaptureFixture[str], data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from massage_timer.core import savefile

    def full(path: Path, content: bytes) -> None:
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(savefile, "atomic_write", full)
    code, _out, err = timings(capsys, "gentle-lower-back", "--set", "1=2m")
    assert code == 1
    assert "No space left on device" in err
    assert not (data / "timings" / "gentle-lower-back.yaml").exists()


def test_a_very_long_routine_name(capsys: pytest.CaptureFixture[str]) -> None:
    code, _out, err = timings(capsys, "x" * 300)
    assert code == 1
    assert err.count("\n") == 1
    code = main(["x" * 300])  # the app refuses it before any window, the same way
    assert code == 2


def test_every_copy_set_aside_is_kept(tmp_path: Path) -> None:
    kept = []
    for number in range(3):  # well within one second
        path = tmp_path / "settings.json"
        path.write_text(f"broken {number}")
        kept.append(set_aside(path, "test"))
    assert len(set(kept)) == 3
    assert sorted(p.read_text() for p in kept) == ["broken 0", "broken 1", "broken 2"]


def test_settings_that_are_not_a_regular_file_do_not_hang_the_app(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    store = SettingsStore(path, write)
    assert store.load() == Settings()
    assert store.notice() is not None
    assert not path.exists()  # set aside; the next save writes a real file


def test_settings_with_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(b'\xef\xbb\xbf{"theme": "night", "volume": 40}')
    store = SettingsStore(path, write)
    assert store.load() == Settings(theme="night", volume=40)
    assert store.notice() is None


def test_validate_refuses_a_pipe_without_waiting(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    pipe = tmp_path / "routine.yaml"
    os.mkfifo(pipe)
    assert main(["validate", str(pipe), str(default_routine_path())]) == 1
    out = capsys.readouterr().out
    assert "not a regular file" in out
    assert ": ok: Gentle lower-back comfort" in out  # the other file is still checked


def test_a_cue_in_other_digits_is_a_clear_problem() -> None:
    step = 'title: One\nduration: 60\ninstruction: x\ncues:\n  - {at: "\u0665\u0660%", say: Half}'
    routine, problems = check_text(routine_yaml(step))
    assert routine is None
    (problem,) = problems
    assert problem.field == "steps[0].cues[0].at"
