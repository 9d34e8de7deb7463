"""Pictures people receive with a routine: odd paths, pictures that take for ever to draw,
that are huge, or that reach for files outside the routine's folder."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from massage_timer.cli import main
from massage_timer.core.loader import check_file
from massage_timer.core.pictures import picture_problem
from tests.conftest import FakeClock, routine_yaml
from tests.ui_helpers import accept_safety, make_window

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")

PLAIN = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
    '<rect width="10" height="10" fill="#c58a4a"/></svg>'
)


def fan_out(depth: int) -> str:
    """A 1 KB SVG that draws 10**depth rectangles: each group uses the one before ten times."""
    groups = ['<g id="g0"><rect width="1" height="1" fill="#c58a4a"/></g>']
    for level in range(1, depth + 1):
        uses = "".join(f'<use xlink:href="#g{level - 1}" x="{n}"/>' for n in range(10))
        groups.append(f'<g id="g{level}">{uses}</g>')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        f' width="100" height="100"><defs>{"".join(groups)}</defs><use xlink:href="#g{depth}"/>'
        "</svg>"
    )


def routine_with(folder: Path, image: str, name: str = "pictured.yaml") -> Path:
    path = folder / name
    path.write_text(
        routine_yaml(f'title: A\nduration: 30\ninstruction: x\nimage: "{image}"'), encoding="utf-8"
    )
    return path


def test_a_nul_in_a_picture_path_is_a_clean_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = routine_with(tmp_path, "images/dimples.svg\\0.png")
    good = routine_with(tmp_path, "hands.svg", "good.yaml")
    (tmp_path / "hands.svg").write_text(PLAIN)
    assert main(["validate", str(bad), str(good)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{bad}:")
    assert ": error: steps[0].image: " in out[0]
    assert "control characters" in out[0]
    assert out[1].startswith(f"{good}: ok: ")


def test_a_picture_that_is_a_link_loop_is_not_found(tmp_path: Path) -> None:
    (tmp_path / "loop.svg").symlink_to(tmp_path / "loop.svg")
    report = check_file(routine_with(tmp_path, "loop.svg"))
    assert report.routine is not None
    (warning,) = report.warnings
    assert warning.field == "steps[0].image"
    assert "was not found" in warning.message


def test_a_routine_with_a_looping_picture_does_not_stop_the_app(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    mine = isolated_dirs / "routines"
    mine.mkdir()
    (mine / "loop.svg").symlink_to(mine / "loop.svg")
    routine_with(mine, "loop.svg")
    routine_with(mine, "images/x.svg\\0.png", "nul.yaml")
    window = make_window(qtbot, isolated_dirs, clock)
    accept_safety(qtbot, window)
    assert window.pages.currentWidget() is window.picker_page
    names = [entry.path.name for entry in window.picker_page.entries()]
    assert {"pictured.yaml", "nul.yaml"} <= set(names)


@pytest.mark.parametrize(
    ("svg", "reason"),
    [
        (
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
            '<image xlink:href="../../somewhere/photo.png" width="10" height="10"/></svg>',
            "refers to another file ('../../somewhere/photo.png')",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><image href="file:///etc/hostname"/></svg>',
            "refers to another file",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><style>@import "x.css";</style></svg>',
            "refers to other files",
        ),
        (
            '<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(other.svg#p)"/></svg>',
            "refers to another file",
        ),
    ],
)
def test_a_picture_may_use_only_what_is_inside_it(tmp_path: Path, svg: str, reason: str) -> None:
    path = tmp_path / "p.svg"
    path.write_text(svg)
    problem = picture_problem(path)
    assert problem is not None
    assert reason in problem


def test_embedded_data_and_links_within_a_picture_are_fine(tmp_path: Path) -> None:
    path = tmp_path / "p.svg"
    path.write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
        '<defs><g id="a"/></defs><use xlink:href="#a"/>'
        '<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>'
        '<rect style="fill:url(#a)"/></svg>'
    )
    assert picture_problem(path) is None


def test_pictures_have_a_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.svg"
    big.write_text(PLAIN[:-6] + "<!--" + "x" * (3 * 1024 * 1024) + "--></svg>")
    assert "larger than 2 MiB" in (picture_problem(big) or "")
    huge = tmp_path / "huge.png"  # a tiny file that would unpack to gigabytes
    huge.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + (60000).to_bytes(4, "big") * 2)
    assert "60000 x 60000 pixels" in (picture_problem(huge) or "")


def test_validate_names_the_step_whose_picture_cannot_be_shown(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "far.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg"><image href="../photo.png"/></svg>'
    )
    path = routine_with(tmp_path, "far.svg")
    assert main(["validate", str(path)]) == 0  # a warning: the routine still runs
    out = capsys.readouterr().out
    assert ": warning: steps[0].image: picture 'far.svg' cannot be shown: it refers to" in out


def test_a_picture_that_takes_for_ever_to_draw_never_holds_up_the_session(
    qtbot: QtBot,
    isolated_dirs: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """While a slow picture draws, the window goes on (its timers fire, keys work); after the
    budget the placeholder shows, that drawing is ended, and the next picture still draws."""
    clock = FakeClock()
    from massage_timer.ui import session_widgets

    monkeypatch.setattr(session_widgets, "BUDGET_MS", 400)  # 2 s in the app; this takes ~1 s
    (tmp_path / "fan.svg").write_text(fan_out(6))  # a million rectangles from 1 KB
    assert len((tmp_path / "fan.svg").read_bytes()) < 2048
    good = Path(__file__).resolve().parents[1] / "resources" / "images" / "dimples.svg"
    (tmp_path / "good.svg").write_bytes(good.read_bytes())
    path = tmp_path / "two.yaml"
    path.write_text(
        routine_yaml(
            'title: A\nduration: 30\ninstruction: x\nimage: "fan.svg"',
            'title: B\nduration: 30\ninstruction: y\nimage: "good.svg"',
        ),
        encoding="utf-8",
    )
    window = make_window(qtbot, isolated_dirs, clock, start_path=path)
    beats: list[int] = []
    heart = QTimer(window)
    heart.setInterval(20)
    heart.timeout.connect(lambda: beats.append(1))
    with caplog.at_level(logging.WARNING):
        accept_safety(qtbot, window)
        page = window.session_page
        assert page is not None
        picture = page.picture
        heart.start()
        assert picture.waiting  # drawing, elsewhere
        qtbot.keyClick(page, Qt.Key.Key_Space)  # the session answers at once meanwhile
        assert window.controller is not None
        assert window.controller.snapshot().state.value == "running"
        qtbot.waitUntil(lambda: picture.placeholder, timeout=5000)
        assert "fan.svg: it took longer than 0.4 s to draw" in caplog.text
    heart.stop()
    assert len(beats) >= 5  # the window's own timers went on while it was drawn elsewhere
    page.resize(page.width() - 40, page.height())  # no new attempt on resize
    assert picture.placeholder
    assert not picture.waiting
    qtbot.keyClick(page, Qt.Key.Key_Right)  # the next step's picture is drawn as usual
    qtbot.waitUntil(lambda: not picture.waiting and not picture.placeholder, timeout=10_000)
    assert picture.path is not None
    assert picture.path.name == "good.svg"


@pytest.mark.slow
def test_validate_draws_the_pictures_as_the_app_would(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """In a separate process (validate itself loads no Qt), within the app's time budget."""
    (tmp_path / "slow.svg").write_text(fan_out(7))  # ten million rectangles: seconds
    (tmp_path / "broken.svg").write_text("<svg><not svg")
    (tmp_path / "fine.svg").write_text(PLAIN)
    slow = routine_with(tmp_path, "slow.svg", "slow.yaml")
    broken = routine_with(tmp_path, "broken.svg", "broken.yaml")
    fine = routine_with(tmp_path, "fine.svg", "fine.yaml")
    assert main(["validate", str(fine), str(broken), str(slow)]) == 0  # warnings only
    out = capsys.readouterr().out
    assert f"{fine}: ok: Test routine (1 step, 30s)\n{broken}: ok:" in out
    assert (
        f"{broken}:8:12: warning: steps[0].image: picture 'broken.svg' cannot be shown: "
        "it could not be read" in out
    )
    assert (
        f"{slow}:8:12: warning: steps[0].image: picture 'slow.svg' cannot be shown: "
        "it takes longer than 2 s to draw" in out
    )


def test_a_warning_about_a_file_that_is_gone_points_at_its_start(tmp_path: Path) -> None:
    from massage_timer.core.loader import image_problem

    problem = image_problem(tmp_path / "gone.yaml", 0, "picture 'x.svg' cannot be shown")
    assert (problem.line, problem.column, problem.field) == (1, 1, "steps[0].image")
