"""Render every step picture beside what it claims to show and the steps that use it.

Writes docs/pictures/NAME.png (each picture drawn at 400x400, as the app draws it, on the
night and the day background side by side) and docs/pictures.md: for each picture its title
and description, then every step that shows it (routine, step title, instruction), and the
steps that show no picture. Anyone can then check, at a glance, that each picture agrees with
its words. Run: make picture-review
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from xml.etree import ElementTree

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from massage_timer.core.loader import load_routine
from massage_timer.core.resources import resource_path
from massage_timer.ui.theme import DAY, NIGHT

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "pictures"
SIDE = 400


def title_and_desc(path: Path) -> tuple[str, str]:
    root = ElementTree.parse(path).getroot()
    found = {el.tag.rsplit("}", 1)[-1]: (el.text or "").strip() for el in root}
    return found.get("title", ""), found.get("desc", "")


def render(svg: Path, png: Path) -> None:
    image = QImage(2 * SIDE + 16, SIDE, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    renderer = QSvgRenderer(str(svg))
    for n, colours in enumerate((NIGHT, DAY)):
        box = QRectF(n * (SIDE + 16), 0, SIDE, SIDE)
        painter.fillRect(box, QColor(colours.window))
        renderer.render(painter, box)
    painter.end()
    image.save(str(png))


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    users: dict[str, list[str]] = {}
    without: list[str] = []
    for path in sorted(resource_path("routines").glob("*.yaml")):
        routine = load_routine(path)
        for number, step in enumerate(routine.steps, start=1):
            line = f"- *{routine.title}*, step {number}, **{step.title}**: " + " ".join(
                step.instruction.split()
            )
            if step.image:
                users.setdefault(Path(step.image).stem, []).append(line)
            else:
                without.append(line)
    lines = [
        "# The step pictures, beside their words",
        "",
        "Made by `scripts/make_pictures.py`; this page by `scripts/picture_review.py`",
        "(`make picture-review`). Each picture is shown on the night and the day background.",
        "Check that the picture shows what its description says, and that both agree with",
        "every instruction it goes with: hands on the flat of the sacrum and the muscles",
        "either side, never on the spine's bones.",
        "",
    ]
    for svg in sorted(resource_path("images").glob("*.svg")):
        title, desc = title_and_desc(svg)
        png = OUT / f"{svg.stem}.png"
        render(svg, png)
        lines += [
            f"## {svg.stem}: {title}",
            "",
            f"![{title}](pictures/{png.name})",
            "",
            f"Description (what a screen reader says): {desc}",
            "",
            "Shown with:",
            "",
            *(users.get(svg.stem) or ["- no step uses it"]),
            "",
        ]
    lines += ["## Steps with no picture", "", "No picture fits these, so none is shown.", ""]
    lines += without or ["- none"]
    (ROOT / "docs" / "pictures.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote docs/pictures.md and {len(list(OUT.glob('*.png')))} pictures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
