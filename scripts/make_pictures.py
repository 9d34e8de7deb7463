"""Draw the step pictures into resources/images/*.svg (run: python scripts/make_pictures.py).

One calm style for all of them: a back view of the lower back (the spine's line, the
sacrum, the two dimples above the buttocks, the top of the hip bones), the area of the step
highlighted, the hands in position, and arrows for movement. Each file carries a
one-sentence <desc>, which the app uses as the picture's accessible description.
Colours are mid-tones with dark outlines, so they read on the night and the day look.
"""

from __future__ import annotations

import math
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "resources" / "images"

SKIN = "#d8a883"
SKIN_SHADE = "#c4936f"
LINE = "#5a3b2a"
BONE = "#f1dcc4"
HIGHLIGHT = "#f2b45a"
HAND = "#f6e3cf"
ARROW = "#2b7a8c"
PILLOW = "#9fb7c9"
BALL = "#8fa77d"


def svg(body: str, title: str, desc: str) -> str:
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400">\n'
        f"<title>{title}</title>\n<desc>{desc}</desc>\n"
        f"{body}\n</svg>\n"
    )


def back(highlight: str = "") -> str:
    """The lower back from behind: waist at the top, buttocks at the bottom."""
    torso = (
        f'<path d="M120,20 C112,90 96,140 72,200 C52,250 50,320 78,392 L322,392 '
        f'C350,320 348,250 328,200 C304,140 288,90 280,20 Z" fill="{SKIN}" stroke="{LINE}" '
        'stroke-width="4" stroke-linejoin="round"/>'
    )
    cleft = f'<path d="M200,318 C198,350 200,372 200,392" fill="none" stroke="{LINE}" stroke-width="3"/>'
    buttocks = (
        f'<path d="M92,330 C130,300 170,305 198,322" fill="none" stroke="{SKIN_SHADE}" stroke-width="4"/>'
        f'<path d="M308,330 C270,300 230,305 202,322" fill="none" stroke="{SKIN_SHADE}" stroke-width="4"/>'
    )
    crests = (
        f'<path d="M84,196 C110,158 140,150 162,176" fill="none" stroke="{LINE}" stroke-width="3" '
        'stroke-dasharray="2 7" stroke-linecap="round"/>'
        f'<path d="M316,196 C290,158 260,150 238,176" fill="none" stroke="{LINE}" stroke-width="3" '
        'stroke-dasharray="2 7" stroke-linecap="round"/>'
    )
    spine = "".join(
        f'<rect x="193" y="{y}" width="14" height="15" rx="5" fill="{BONE}" stroke="{LINE}" stroke-width="2"/>'
        for y in (22, 44, 66, 88, 110, 132, 154)
    )
    sacrum = (
        f'<path d="M168,180 L232,180 C234,230 222,272 200,306 C178,272 166,230 168,180 Z" '
        f'fill="{BONE}" stroke="{LINE}" stroke-width="3" stroke-linejoin="round"/>'
    )
    dimples = (
        f'<ellipse cx="166" cy="196" rx="9" ry="7" fill="{SKIN_SHADE}" stroke="{LINE}" stroke-width="2"/>'
        f'<ellipse cx="234" cy="196" rx="9" ry="7" fill="{SKIN_SHADE}" stroke="{LINE}" stroke-width="2"/>'
    )
    return torso + cleft + buttocks + crests + spine + sacrum + highlight + dimples


def glow(cx: float, cy: float, rx: float, ry: float) -> str:
    return (
        f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" fill="{HIGHLIGHT}" fill-opacity="0.45" '
        f'stroke="{HIGHLIGHT}" stroke-width="3" stroke-dasharray="8 6"/>'
    )


def hand(x: float, y: float, angle: float = 0, scale: float = 1) -> str:
    """A flat hand seen from above: palm, four fingers, thumb; (x, y) is the heel of the hand.

    The thumb points towards the middle of the back, as it does for a hand resting there.
    """
    parts = [
        f'<rect x="-30" y="-62" width="60" height="66" rx="24" fill="{HAND}" stroke="{LINE}" stroke-width="3"/>'
    ]
    for i, (fx, length) in enumerate(((-22, 40), (-8, 48), (7, 46), (21, 38))):
        parts.append(
            f'<rect x="{fx - 6}" y="{-58 - length}" width="13" height="{length + 8}" rx="6.5" '
            f'fill="{HAND}" stroke="{LINE}" stroke-width="3"/>'
        )
        del i
    parts.append(
        f'<rect x="26" y="-40" width="13" height="38" rx="6.5" fill="{HAND}" stroke="{LINE}" '
        'stroke-width="3" transform="rotate(-35 32 -20)"/>'
    )
    flip = -1 if x > 200 else 1
    return (
        f'<g transform="translate({x},{y}) rotate({angle}) scale({scale * flip},{scale})">'
        f"{''.join(parts)}</g>"
    )


def fingertips(x: float, y: float, angle: float = 0, scale: float = 0.75) -> str:
    """A hand whose longest fingertip rests on (x, y), tilted by ``angle`` degrees."""
    reach = 104 * scale  # heel of the hand to the tip of the middle finger
    a = math.radians(angle)
    return hand(x - reach * math.sin(a), y + reach * math.cos(a), angle, scale)


def head(x: float, y: float, angle: float) -> str:
    """An arrowhead with its tip at (x, y), pointing along ``angle`` degrees."""
    a = math.radians(angle)
    back_x, back_y = x - 22 * math.cos(a), y - 22 * math.sin(a)
    side_x, side_y = 12 * math.cos(a + math.pi / 2), 12 * math.sin(a + math.pi / 2)
    points = f"{x:.1f},{y:.1f} {back_x + side_x:.1f},{back_y + side_y:.1f} {back_x - side_x:.1f},{back_y - side_y:.1f}"
    return f'<polygon points="{points}" fill="{ARROW}" stroke="{ARROW}" stroke-width="2" stroke-linejoin="round"/>'


def line_arrow(x1: float, y1: float, x2: float, y2: float, *, both: bool = False) -> str:
    """A straight arrow from (x1, y1) to (x2, y2); ``both``: heads at both ends."""
    angle = math.degrees(math.atan2(y2 - y1, x2 - x1))
    shaft = (
        f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{ARROW}" stroke-width="7" '
        'stroke-linecap="round"/>'
    )
    return shaft + head(x2, y2, angle) + (head(x1, y1, angle + 180) if both else "")


def curve_arrow(d: str, end: tuple[float, float], angle: float) -> str:
    """A curved arrow along path ``d`` ending at ``end``, arriving at ``angle`` degrees."""
    return (
        f'<path d="{d}" fill="none" stroke="{ARROW}" stroke-width="7" stroke-linecap="round"/>'
        + head(end[0], end[1], angle)
    )


def circle_arrow(cx: float, cy: float, r: float) -> str:
    """Most of a circle, clockwise, with a head: "make circles"."""
    start_deg, end_deg = 200, 150  # clockwise from 200 degrees round to 150 degrees
    sx, sy = cx + r * math.cos(math.radians(start_deg)), cy + r * math.sin(math.radians(start_deg))
    ex, ey = cx + r * math.cos(math.radians(end_deg)), cy + r * math.sin(math.radians(end_deg))
    d = f"M{sx:.1f},{sy:.1f} A{r},{r} 0 1 1 {ex:.1f},{ey:.1f}"
    return curve_arrow(d, (ex, ey), end_deg + 90)


PICTURES: dict[str, tuple[str, str, str]] = {}


def picture(name: str, title: str, desc: str, body: str) -> None:
    PICTURES[name] = (title, desc, body)


picture(
    "palms-still",
    "Palms resting either side of the spine",
    "Both palms rest flat on the lower back, one each side of the spine, not on it.",
    back(glow(140, 120, 34, 70) + glow(260, 120, 34, 70)) + hand(140, 170, -8) + hand(260, 170, 8),
)
picture(
    "long-strokes",
    "Long strokes either side of the spine",
    "Flat palms stroke slowly up and down either side of the spine, never on the bony ridge.",
    back(glow(124, 116, 26, 76) + glow(276, 116, 26, 76))
    + line_arrow(124, 176, 124, 56, both=True)
    + line_arrow(276, 176, 276, 56, both=True)
    + hand(132, 250, -4, 0.85)
    + hand(268, 250, 4, 0.85),
)
picture(
    "sacrum-circles",
    "Heel of the hand circling on the sacrum",
    "The heel of one hand rests on the flat bone at the base of the spine and makes slow, wide circles.",
    back(glow(200, 240, 46, 62)) + circle_arrow(200, 240, 78) + hand(200, 262, 0, 0.9),
)
picture(
    "dimples",
    "The two dimples and the BL32 area",
    "The two dimples above the buttocks, with the area often called BL32 highlighted between them and the middle of the spine.",
    back(glow(184, 218, 14, 20) + glow(216, 218, 14, 20)),
)
picture(
    "dimple-circles",
    "Fingertips making small circles over the dimples",
    "Fingertips make small, light circles over both dimples at once.",
    back(glow(166, 198, 24, 22) + glow(234, 198, 24, 22))
    + circle_arrow(166, 198, 34)
    + circle_arrow(234, 198, 34)
    + fingertips(166, 202, 28)
    + fingertips(234, 202, -28),
)
picture(
    "warm-hold",
    "One palm still over the sacrum",
    "One palm rests still and warm over the flat bone at the base of the spine.",
    back(glow(200, 240, 54, 70)) + hand(200, 300, 0, 1),
)
picture(
    "hip-sweeps",
    "Palms sweeping out over the hips",
    "From the base of the spine, both palms fan out over the tops of the hips and glide back.",
    back(glow(120, 214, 44, 30) + glow(280, 214, 44, 30))
    + curve_arrow("M178,250 C140,240 112,222 100,194", (100, 194), 245)
    + curve_arrow("M222,250 C260,240 288,222 300,194", (300, 194), -65)
    + hand(156, 292, -48, 0.72)
    + hand(244, 292, 48, 0.72),
)
picture(
    "counter-pressure",
    "Steady pressure with the heel of the hand on the sacrum",
    "The heel of one hand rests in the middle of the flat bone at the base of the spine and leans in slowly, as she asks.",
    back(glow(200, 240, 40, 50))
    + f'<circle cx="200" cy="240" r="20" fill="none" stroke="{ARROW}" stroke-width="5"/>'
    + f'<circle cx="200" cy="240" r="6" fill="{ARROW}"/>'
    + hand(200, 262, 0, 0.9),
)


def limb(points: str, width: float) -> str:
    """A rounded limb or body part: an outline stroke under a skin-coloured stroke."""
    return (
        f'<polyline points="{points}" fill="none" stroke="{LINE}" stroke-width="{width + 8}" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
        f'<polyline points="{points}" fill="none" stroke="{SKIN}" stroke-width="{width}" '
        'stroke-linecap="round" stroke-linejoin="round"/>'
    )


def side_lying() -> str:
    """Lying on her side: a pillow under the head, one under the bump, one between the knees."""
    return (
        f'<rect x="16" y="300" width="368" height="34" rx="14" fill="{BONE}" stroke="{LINE}" stroke-width="3"/>'
        f'<rect x="22" y="226" width="96" height="70" rx="28" fill="{PILLOW}" stroke="{LINE}" stroke-width="3"/>'
        + limb("258,236 330,262 296,290", 34)  # thigh forward, shin back: bent knees
        + f'<ellipse cx="322" cy="282" rx="22" ry="15" fill="{PILLOW}" stroke="{LINE}" stroke-width="3"/>'
        + f'<ellipse cx="186" cy="284" rx="46" ry="17" fill="{PILLOW}" stroke="{LINE}" stroke-width="3"/>'
        + f'<ellipse cx="188" cy="252" rx="42" ry="34" fill="{SKIN}" stroke="{LINE}" stroke-width="4"/>'
        + limb("122,214 252,222", 56)  # torso, back along the top
        + f'<ellipse cx="188" cy="252" rx="38" ry="30" fill="{SKIN}"/>'
        + limb("136,226 168,262", 18)  # arm resting on the bump
        + f'<circle cx="88" cy="206" r="30" fill="{SKIN}" stroke="{LINE}" stroke-width="4"/>'
        + glow(232, 204, 26, 16)
    )


def leaning() -> str:
    """Kneeling and leaning forward over a birth ball, lower back towards the partner."""
    return (
        f'<rect x="16" y="344" width="368" height="24" rx="10" fill="{BONE}" stroke="{LINE}" stroke-width="3"/>'
        f'<circle cx="132" cy="268" r="76" fill="{BALL}" stroke="{LINE}" stroke-width="4"/>'
        + limb("262,236 268,332 344,336", 40)  # thigh down to the knee, shin along the floor
        + f'<ellipse cx="206" cy="246" rx="36" ry="30" fill="{SKIN}" stroke="{LINE}" stroke-width="4"/>'
        + limb("262,214 150,182", 58)  # torso, sloping down towards the ball
        + f'<ellipse cx="206" cy="246" rx="32" ry="26" fill="{SKIN}"/>'
        + limb("160,196 120,236 150,262", 18)  # arm round the ball
        + f'<circle cx="112" cy="160" r="29" fill="{SKIN}" stroke="{LINE}" stroke-width="4"/>'
        + glow(252, 196, 26, 18)
    )


picture(
    "position-side-lying",
    "Lying on her side with pillows",
    "She lies on her side with a pillow under her head, one between her knees and one under her bump.",
    f'<g transform="translate(0,-70)">{side_lying()}</g>',
)
picture(
    "position-leaning",
    "Leaning forward over a birth ball",
    "She kneels and leans forward over a birth ball, so her lower back faces you.",
    f'<g transform="translate(0,-40)">{leaning()}</g>',
)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (title, desc, body) in PICTURES.items():
        (OUT / f"{name}.svg").write_text(svg(body, title, desc), encoding="utf-8")
        print(f"wrote resources/images/{name}.svg")


if __name__ == "__main__":
    main()
