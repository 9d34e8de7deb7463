"""The bundled pictures: each renders, draws something, and describes itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from pytestqt.qtbot import QtBot

from massage_timer.core.resources import resources_root
from massage_timer.ui.session_widgets import picture_description

PICTURES = sorted((resources_root() / "images").glob("*.svg"))


def render(path: Path, size: int) -> QImage:
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid(), path
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def test_there_are_pictures() -> None:
    assert len(PICTURES) >= 8


@pytest.mark.parametrize("path", PICTURES, ids=[p.stem for p in PICTURES])
def test_each_picture_renders_and_is_described(qtbot: QtBot, path: Path) -> None:
    image = render(path, 300)
    painted = sum(
        1 for y in range(0, 300, 6) for x in range(0, 300, 6) if image.pixelColor(x, y).alpha() > 0
    )
    assert painted > 300, f"{path.name} draws almost nothing"  # of 2500 samples
    description = picture_description(path)
    assert 20 < len(description) < 200
    assert description.endswith(".")
    spanish = picture_description(path, "es")  # the routine's language
    assert spanish != description
    assert spanish.endswith(".")
    assert picture_description(path, "en-GB") == description
    assert picture_description(path, "fr") == description  # none in French: English
    assert "bump" not in picture_description(path, "en-US")


def test_a_description_in_the_routines_language_is_chosen(tmp_path: Path) -> None:
    svg = tmp_path / "p.svg"
    svg.write_text(
        "<svg xmlns='http://www.w3.org/2000/svg'><desc>One.</desc>"
        "<desc xml:lang='es-MX'>Uno.</desc><desc lang=\"de\">Eins.</desc></svg>"
    )
    assert picture_description(svg, "es") == "Uno."  # the same language, another country
    assert picture_description(svg, "es-MX") == "Uno."
    assert picture_description(svg, "de-AT") == "Eins."
    assert picture_description(svg) == "One."


def test_a_description_is_read_without_an_xml_parser(tmp_path: Path) -> None:
    hostile = tmp_path / "bomb.svg"
    hostile.write_text(
        '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]>'
        "<svg xmlns='http://www.w3.org/2000/svg'><desc>Fine &amp; &a; plain.</desc></svg>"
    )
    assert picture_description(hostile) == "Fine & &a; plain."
    assert picture_description(tmp_path / "missing.svg") == ""


def test_the_drawing_process_answers_with_pixels_or_a_problem(tmp_path: Path) -> None:
    """What the app starts to draw pictures (as a bundled app starts it: the app's own
    command with --picture-worker): a picture comes back as pixels, a bad one as a problem."""
    import json
    import subprocess
    import sys

    good = Path(__file__).resolve().parents[1] / "resources" / "images" / "dimples.svg"
    bad = tmp_path / "far.svg"
    bad.write_text('<svg xmlns="http://www.w3.org/2000/svg"><image href="../x.png"/></svg>')
    asked = b"".join(
        json.dumps({"path": str(p), "width": 120, "height": 90}).encode() + b"\n"
        for p in (good, bad)
    )
    done = subprocess.run(
        [sys.executable, "-m", "massage_timer", "--picture-worker"],
        input=asked,
        capture_output=True,
        timeout=60,
        check=True,
    )
    first, rest = done.stdout.split(b"\n", 1)
    header = json.loads(first)
    assert (header["width"], header["height"]) == (120, 90)
    pixels, rest = rest[: header["size"]], rest[header["size"] :]
    assert header["size"] == header["stride"] * 90
    assert len(set(pixels)) > 2  # something was drawn, not an empty image
    assert "refers to" in json.loads(rest.split(b"\n", 1)[0])["problem"]


def test_the_picture_check_answers_through_the_app_command(tmp_path: Path) -> None:
    """What `validate` starts to draw pictures in a bundled app (no `-m` there): the app's
    command with --picture-check gives a verdict per picture."""
    import os
    import subprocess
    import sys

    good = Path(__file__).resolve().parents[1] / "resources" / "images" / "dimples.svg"
    bad = tmp_path / "broken.svg"
    bad.write_text("<svg xmlns='http://www.w3.org/2000/svg'><unclosed></svg>")
    done = subprocess.run(
        [sys.executable, "-m", "massage_timer", "--picture-check", str(good), str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.splitlines() == [f"ok {good}", f"bad {bad}"]
