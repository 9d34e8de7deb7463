"""The massage-timer command line: validate, list, --version and usage errors."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from massage_timer import __version__
from massage_timer.cli import main
from massage_timer.core.library import default_routine_path
from tests.conftest import routine_yaml

GOOD_STEP = "title: Warm hands\nduration: 1m30s\ninstruction: Rub your hands together."


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_a_good_file(capsys: pytest.CaptureFixture[str]) -> None:
    path = default_routine_path()
    code, out, _ = run(capsys, "validate", str(path))
    assert code == 0
    assert out == f"{path}: ok: Gentle lower-back comfort (9 steps, 10m15s)\n"


def test_validate_reports_every_error_and_exits_1(
    capsys: pytest.CaptureFixture[str], write_routine: Callable[..., Path]
) -> None:
    good = write_routine(routine_yaml(GOOD_STEP), "good.yaml")
    bad = write_routine(
        "format: 1\nid: x\ntitle: T\nsteps:\n  - title: A\n    duration: 2h\n", "bad.yaml"
    )
    code, out, _ = run(capsys, "validate", str(good), str(bad))
    assert code == 1
    assert out.splitlines() == [
        f"{good}: ok: Test routine (1 step, 1m30s)",
        f"{bad}:5:5: error: steps[0].instruction: 'instruction' is required here but missing",
        f"{bad}:6:15: error: steps[0].duration: '2h' is too long (2h); a step lasts from 1s to 60m",
    ]


def test_validate_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "validate", str(tmp_path / "nope.yaml"), str(tmp_path))
    assert code == 1
    assert out.splitlines() == [
        f"{tmp_path / 'nope.yaml'}:1:1: error: (file): no such file",
        f"{tmp_path}:1:1: error: (file): this is a folder, not a routine file",
    ]


@pytest.mark.parametrize(
    "args", [["validate"], ["list", "extra"], ["--bogus"], ["a.yaml", "b.yaml"]]
)
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], args: list[str]) -> None:
    code, out, err = run(capsys, *args)
    assert code == 2
    assert "usage:" in err
    assert out == ""


def _started_with(monkeypatch: pytest.MonkeyPatch) -> list[Path | None]:
    import massage_timer.ui.app

    started: list[Path | None] = []

    def run_app(path: Path | None) -> int:
        started.append(path)
        return 0

    monkeypatch.setattr(massage_timer.ui.app, "run_app", run_app)
    return started


def test_the_app_starts_on_the_default_routine_or_one_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    started = _started_with(monkeypatch)
    mine = tmp_path / "my.yaml"
    mine.write_text("anything: the app explains it after the safety screen\n")
    assert main([]) == 0
    assert main([str(mine)]) == 0
    assert started == [None, mine]


def test_a_routine_id_starts_like_its_file(monkeypatch: pytest.MonkeyPatch) -> None:
    from massage_timer.core.library import default_routine_path

    started = _started_with(monkeypatch)
    assert main(["gentle-lower-back"]) == 0
    assert started == [default_routine_path()]


@pytest.mark.parametrize("typo", ["bogus", "gentle-lower-bak", "missing.yaml", "nowhere/x.yml"])
def test_an_unknown_routine_is_refused_before_any_window_opens(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], typo: str
) -> None:
    started = _started_with(monkeypatch)
    assert main([typo]) == 2
    assert started == []
    err = capsys.readouterr().err
    assert err.startswith("massage-timer: ")
    assert typo in err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--version")
    assert (code, out) == (0, f"massage-timer {__version__}\n")


def test_list_shows_bundled_and_the_users_own_routines(
    capsys: pytest.CaptureFixture[str], isolated_dirs: Path
) -> None:
    folder = isolated_dirs / "data" / "massage-timer" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.yaml").write_text(routine_yaml(GOOD_STEP, id="mine", title="Mine"))
    (folder / "broken.yml").write_text("format: 1\nid: [\n")
    (folder / "notes.txt").write_text("not a routine")
    code, out, _ = run(capsys, "list")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["ID", "LANGUAGE", "TITLE", "STEPS", "TIME", "FROM"]
    assert lines[1].split() == [
        "gentle-lower-back",
        "en-GB",
        "Gentle",
        "lower-back",
        "comfort",
        "9",
        "10m15s",
        "bundled",
    ]
    ids = [line.split()[0] for line in lines[1:5]]
    assert ids == ["gentle-lower-back", "counter-pressure-practice", "short-lower-back", "mine"]
    # then the bundled translations, each with its language
    languages = {tuple(line.split()[:2]) for line in lines[5:8]}
    assert ("gentle-lower-back", "es") in languages
    assert lines[4].split() == ["mine", "en", "Mine", "1", "1m30s", str(folder / "mine.yaml")]
    assert f"{folder / 'broken.yml'}: invalid (1 problem):" in out
    assert "this is not valid YAML" in out
    assert "notes.txt" not in out
    assert out.rstrip().endswith(f"Your own routines go in {folder}")


def test_python_dash_m_and_the_installed_script_agree(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("massage-timer")
    for command in ([sys.executable, "-m", "massage_timer"], [str(script)]):
        result = subprocess.run(
            [*command, "validate", str(default_routine_path())],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        assert result.returncode == 0, result.stderr
        assert "ok: Gentle lower-back comfort" in result.stdout


@pytest.mark.slow
def test_the_command_line_tools_load_no_qt(tmp_path: Path) -> None:
    """validate, list and timings run where Qt cannot (no display, no Qt libraries)."""
    import subprocess
    import sys

    from massage_timer.core.library import default_routine_path

    script = (
        "import sys\n"
        "from massage_timer.cli import main\n"
        f"codes = [main(['validate', {str(default_routine_path())!r}]), main(['list']),\n"
        "         main(['timings', 'gentle-lower-back', '--set', '1=2m'])]\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(codes, loaded)\n"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "HOME": str(tmp_path),
    }
    run = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[-1] == "[0, 0, 0] []"
    assert (tmp_path / "data/massage-timer/timings/gentle-lower-back.yaml").is_file()


def test_the_folders_are_the_ones_qt_gives(qapp: object) -> None:
    """core.places works the folders out without Qt; on Linux they are Qt's own."""
    from PySide6.QtCore import QStandardPaths

    from massage_timer import paths
    from massage_timer.core import places

    paths.set_identity()
    location = QStandardPaths.StandardLocation
    assert str(places.data_dir()) == QStandardPaths.writableLocation(location.AppDataLocation)
    assert str(places.config_dir()) == QStandardPaths.writableLocation(location.AppConfigLocation)
    assert str(places.state_dir()) == QStandardPaths.writableLocation(location.StateLocation)
