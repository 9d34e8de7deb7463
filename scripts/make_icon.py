"""Draw the app's icon (run: python scripts/make_icon.py; `make icons` does it too).

One SVG, the scalable icon, and the usual hicolor PNG sizes rendered from it with Qt's SVG
renderer, all under resources/desktop/icons/ in the layout of an XDG data folder, so that
installing them is a copy. The picture: a timer's ring, three quarters gone round, around
two open hands resting side by side, in the app's warm night colours (a dark tile reads on
light and dark panels alike).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from massage_timer.core.identity import APP_ID, ICON_SIZES  # noqa: E402

ICONS = ROOT / "resources" / "desktop" / "icons" / "hicolor"

TILE = "#241d19"
TILE_EDGE = "#4a3c32"
TRACK = "#3a2e26"
RING = "#e0a06a"
HAND = "#f0d9bd"
HAND_LINE = "#b97f42"


def hand(mirror: bool) -> str:
    """An open right hand, palm down, fingers up; mirrored, the left one."""
    fingers = "".join(
        f'<rect x="{x}" y="{y}" width="26" height="{h}" rx="13"/>'
        for x, y, h in ((-58, -110, 96), (-29, -124, 108), (0, -118, 102), (29, -100, 86))
    )
    thumb = '<rect x="-30" y="-18" width="26" height="80" rx="13" transform="rotate(-48 -17 22)"/>'
    palm = '<rect x="-60" y="-40" width="116" height="112" rx="40"/>'
    flip = ' transform="scale(-1 1)"' if mirror else ""
    return (
        f'<g{flip}><g fill="{HAND}" stroke="{HAND_LINE}" stroke-width="6" '
        f'stroke-linejoin="round">{fingers}{thumb}{palm}</g>'
        # the palm drawn over the fingers' roots hides their outlines there
        f'<rect x="-57" y="-37" width="110" height="40" rx="14" fill="{HAND}"/></g>'
    )


def icon() -> str:
    ring = (
        f'<circle cx="256" cy="256" r="180" fill="none" stroke="{TRACK}" stroke-width="34"/>'
        # three quarters of the ring, starting at twelve o'clock, clockwise
        f'<path d="M256,76 A180,180 0 1 1 76,256" fill="none" stroke="{RING}" '
        'stroke-width="34" stroke-linecap="round"/>'
    )
    hands = (
        f'<g transform="translate(194 296) rotate(-8) scale(0.98)">{hand(mirror=True)}</g>'
        f'<g transform="translate(318 296) rotate(8) scale(0.98)">{hand(mirror=False)}</g>'
    )
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">\n'
        "<title>Massage Timer</title>\n"
        "<desc>Two open hands inside a timer's ring.</desc>\n"
        f'<rect x="16" y="16" width="480" height="480" rx="104" fill="{TILE}" '
        f'stroke="{TILE_EDGE}" stroke-width="8"/>\n'
        f"{ring}\n{hands}\n</svg>\n"
    )


def render(svg: bytes, size: int) -> bytes:
    """The SVG as a PNG of ``size`` x ``size`` pixels."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication.instance() or QGuiApplication(["make_icon"])
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    QImageWriter(buffer, QByteArray(b"PNG")).write(image)
    return bytes(buffer.data().data())


def outputs() -> dict[Path, bytes]:
    """Every icon file, by its path, as the script would write it."""
    svg = icon().encode()
    files = {ICONS / "scalable" / "apps" / f"{APP_ID}.svg": svg}
    for size in ICON_SIZES:
        files[ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = render(svg, size)
    return files


def main() -> None:
    for path, data in outputs().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(path.relative_to(ROOT))


if __name__ == "__main__":
    main()
