"""Draw the step pictures into resources/images/*.svg (run: python scripts/make_pictures.py).

One calm style for all of them: a back view of the lower back (the spine's line, the
sacrum, the two dimples above the buttocks, the top of the hip bones), the area of the step
highlighted, the hands in position, and arrows for movement. Each file carries a
one-sentence <desc>, which the app uses as the picture's accessible description, and the
same in each other language of the routines (<desc xml:lang="es">; US English is made by
us_english.py), so a screen reader says it in the routine's language.
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


# Each picture's description in the other languages its routines are in: a screen reader
# reads the description in the routine's language (xml:lang), the English one otherwise.
SPANISH = {
    "palms-still": "Las dos palmas apoyadas planas en la parte baja de la espalda, una a cada "
    "lado de la columna, no sobre ella.",
    "long-strokes": "Las palmas planas suben y bajan despacio a cada lado de la columna, nunca "
    "sobre la línea de hueso.",
    "sacrum-circles": "La base de una mano apoyada en el hueso plano de la base de la columna "
    "hace ahí círculos lentos y amplios, debajo de la columna y encima de su punta.",
    "dimples": "Los dos hoyuelos encima de las nalgas. Los puntos que suelen llamarse BL32 son "
    "un par, un poco por debajo y por dentro de cada hoyuelo, a un dedo de ancho de la línea "
    "del centro.",
    "dimple-circles": "Las yemas de los dedos hacen círculos pequeños y ligeros sobre los dos "
    "hoyuelos a la vez, lejos de la línea de hueso del centro.",
    "warm-hold": "Una palma quieta y tibia sobre el hueso plano de la base de la columna.",
    "hip-sweeps": "Desde la base de la columna, las dos palmas se abren en abanico sobre la "
    "parte alta de las caderas y vuelven deslizando.",
    "counter-pressure": "La base de una mano apoyada en el centro del hueso plano de la base "
    "de la columna, debajo de la columna, se inclina despacio, como ella pida.",
    "position-side-lying": "Vista desde arriba: ella está acostada de lado en una cama, con "
    "una almohada bajo la cabeza, otra bajo la barriga y otra entre las rodillas dobladas. "
    "Usted se sienta detrás de su espalda, con las manos en la parte baja de su espalda.",
    "position-leaning": "Ella está de rodillas, inclinada hacia delante sobre una pelota de "
    "parto, con la parte baja de la espalda hacia usted.",
}


def svg(body: str, title: str, desc: str, name: str = "") -> str:
    from us_english import american  # beside this script

    descs = f"<desc>{desc}</desc>\n"
    if american(desc) != desc:
        descs += f'<desc xml:lang="en-US">{american(desc)}</desc>\n'
    if name in SPANISH:
        descs += f'<desc xml:lang="es">{SPANISH[name]}</desc>\n'
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400" width="400" height="400">\n'
        f"<title>{title}</title>\n{descs}"
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


def hand(x: float, y: float, angle: float = 0, scale: float = 1, mirror: bool | None = None) -> str:
    """A flat hand seen from above, palm down: palm, four fingers, thumb; (x, y) is the heel
    of the hand, and at ``angle`` 0 the fingers point up.

    The thumb leaves the side of the palm and points up and out, as it does on a hand resting
    flat. On a hand with its fingers up it is on the side towards the middle of the back, so
    the left of the picture has the thumb on the right (``mirror`` False) and the right of the
    picture the mirror image; ``mirror`` None chooses by which half ``x`` is in.
    """
    thumb = (
        f'<rect x="24" y="-70" width="14" height="46" rx="7" fill="{HAND}" stroke="{LINE}" '
        'stroke-width="3" transform="rotate(30 31 -24)"/>'
    )
    parts = [
        thumb,
        f'<rect x="-30" y="-62" width="60" height="66" rx="24" fill="{HAND}" stroke="{LINE}" stroke-width="3"/>',
    ]
    for fx, length in ((-22, 40), (-8, 48), (7, 46), (21, 38)):
        parts.append(
            f'<rect x="{fx - 6}" y="{-58 - length}" width="13" height="{length + 8}" rx="6.5" '
            f'fill="{HAND}" stroke="{LINE}" stroke-width="3"/>'
        )
    # the palm's edge over the thumb's root, so the two read as one hand
    parts.append(f'<rect x="-27" y="-59" width="54" height="60" rx="22" fill="{HAND}"/>')
    flip = -1 if (x > 200 if mirror is None else mirror) else 1
    return (
        f'<g transform="translate({x},{y}) rotate({angle}) scale({scale * flip},{scale})">'
        f"{''.join(parts)}</g>"
    )


def fingertips(x: float, y: float, angle: float = 0, scale: float = 0.75) -> str:
    """A hand whose longest fingertip rests on (x, y), tilted by ``angle`` degrees."""
    reach = 104 * scale  # heel of the hand to the tip of the middle finger
    a = math.radians(angle)
    return hand(x - reach * math.sin(a), y + reach * math.cos(a), angle, scale)


def head(x: float, y: float, angle: float, size: float = 1) -> str:
    """An arrowhead with its tip at (x, y), pointing along ``angle`` degrees."""
    a = math.radians(angle)
    back_x, back_y = x - 22 * size * math.cos(a), y - 22 * size * math.sin(a)
    side_x = 12 * size * math.cos(a + math.pi / 2)
    side_y = 12 * size * math.sin(a + math.pi / 2)
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


def curve_arrow(d: str, end: tuple[float, float], angle: float, size: float = 1) -> str:
    """A curved arrow along path ``d`` ending at ``end``, arriving at ``angle`` degrees."""
    return (
        f'<path d="{d}" fill="none" stroke="{ARROW}" stroke-width="{7 * size:g}" '
        'stroke-linecap="round"/>' + head(end[0], end[1], angle, size)
    )


def circle_arrow(cx: float, cy: float, r: float, size: float = 1) -> str:
    """Most of a circle, clockwise, with a head: "make circles"."""
    start_deg, end_deg = 200, 150  # clockwise from 200 degrees round to 150 degrees
    sx, sy = cx + r * math.cos(math.radians(start_deg)), cy + r * math.sin(math.radians(start_deg))
    ex, ey = cx + r * math.cos(math.radians(end_deg)), cy + r * math.sin(math.radians(end_deg))
    d = f"M{sx:.1f},{sy:.1f} A{r},{r} 0 1 1 {ex:.1f},{ey:.1f}"
    return curve_arrow(d, (ex, ey), end_deg + 90, size)


PICTURES: dict[str, tuple[str, str, str]] = {}


def picture(name: str, title: str, desc: str, body: str) -> None:
    PICTURES[name] = (title, desc, body)


def sacrum_glow() -> str:
    """The flat bone at the base of the spine, highlighted: the place for a whole palm."""
    return (
        f'<path d="M170,184 L230,184 C232,230 220,268 200,300 C180,268 168,230 170,184 Z" '
        f'fill="{HIGHLIGHT}" fill-opacity="0.55" stroke="{HIGHLIGHT}" stroke-width="3" '
        'stroke-dasharray="8 6"/>'
    )


def press_arrows(x: float, y: float) -> str:
    """Three short arrows pointing in at (x, y), from the right: "lean in here"."""
    out = []
    for angle in (-35, 0, 35):
        a = math.radians(angle)
        tip_x, tip_y = x + 34 * math.cos(a), y + 34 * math.sin(a)
        tail_x, tail_y = x + 74 * math.cos(a), y + 74 * math.sin(a)
        out.append(line_arrow(tail_x, tail_y, tip_x, tip_y))
    return "".join(out)


picture(
    "palms-still",
    "Palms resting either side of the spine",
    "Both palms rest flat on the lower back, one each side of the spine, not on it.",
    back(glow(140, 116, 30, 62) + glow(260, 116, 30, 62))
    + hand(134, 172, -4, 0.9)
    + hand(266, 172, 4, 0.9),
)
picture(
    "long-strokes",
    "Long strokes either side of the spine",
    "Flat palms stroke slowly up and down either side of the spine, never on the bony ridge.",
    back(glow(158, 104, 20, 66) + glow(242, 104, 20, 66))
    + line_arrow(158, 162, 158, 46, both=True)
    + line_arrow(242, 162, 242, 46, both=True)
    + hand(150, 262, -6, 0.8)
    + hand(250, 262, 6, 0.8),
)
picture(
    "sacrum-circles",
    "Heel of the hand circling on the sacrum",
    "The heel of one hand rests on the flat bone at the base of the spine and makes slow, "
    "wide circles there, below the spine and above its tip.",
    back(sacrum_glow()) + hand(212, 236, -90, 0.85, mirror=False) + circle_arrow(206, 236, 40),
)
picture(
    "dimples",
    "The two dimples and the BL32 points",
    "The two dimples above the buttocks. The points often called BL32 are a pair, "
    "a little below and inside each dimple, about a finger's width from the middle line.",
    back(
        f'<path d="M170,203 L182,217 M230,203 L218,217" stroke="{ARROW}" stroke-width="3" '
        'stroke-dasharray="3 4" stroke-linecap="round"/>'
        + f'<circle cx="186" cy="224" r="8" fill="{HIGHLIGHT}" stroke="{LINE}" stroke-width="2.5"/>'
        + f'<circle cx="214" cy="224" r="8" fill="{HIGHLIGHT}" stroke="{LINE}" stroke-width="2.5"/>'
    ),
)
picture(
    "dimple-circles",
    "Fingertips making small circles over the dimples",
    "Fingertips make small, light circles over both dimples at once, "
    "clear of the bony middle line.",
    back(glow(166, 198, 20, 18) + glow(234, 198, 20, 18))
    + fingertips(162, 204, 20, 0.7)
    + fingertips(238, 204, -20, 0.7)
    + circle_arrow(166, 198, 19, 0.6)
    + circle_arrow(234, 198, 19, 0.6),
)
picture(
    "warm-hold",
    "One palm still over the sacrum",
    "One palm rests still and warm over the flat bone at the base of the spine.",
    back(sacrum_glow()) + hand(236, 234, -90, 0.9, mirror=False),
)
picture(
    "hip-sweeps",
    "Palms sweeping out over the hips",
    "From the base of the spine, both palms fan out over the tops of the hips and glide back.",
    back(glow(118, 214, 40, 28) + glow(282, 214, 40, 28))
    + hand(156, 292, -48, 0.72)
    + hand(244, 292, 48, 0.72)
    + curve_arrow("M176,246 C140,238 114,222 102,196", (102, 196), 245)
    + head(176, 246, 13)
    + curve_arrow("M224,246 C260,238 286,222 298,196", (298, 196), -65)
    + head(224, 246, 167),
)
picture(
    "counter-pressure",
    "Steady pressure with the heel of the hand on the sacrum",
    "The heel of one hand rests in the middle of the flat bone at the base of the spine, "
    "below the spine, and leans in slowly, as she asks.",
    back(sacrum_glow())
    + hand(222, 236, -90, 0.85, mirror=False)
    + f'<circle cx="210" cy="236" r="22" fill="none" stroke="{ARROW}" stroke-width="5"/>'
    + press_arrows(210, 236),
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
    """Seen from above: she lies on her side on a bed, head on a pillow, a pillow under her
    bump and one between her bent knees; you sit behind her back, hands on her lower back."""
    hair = "#6b4a35"
    shirt = "#5f8fa0"
    return (
        # the bed
        f'<rect x="8" y="22" width="384" height="356" rx="22" fill="#efe4d4" stroke="{LINE}" stroke-width="3"/>'
        # her pillow, and the pillow under her bump
        + f'<rect x="20" y="132" width="96" height="112" rx="30" fill="{PILLOW}" stroke="{LINE}" stroke-width="3"/>'
        + f'<ellipse cx="186" cy="282" rx="62" ry="24" fill="{PILLOW}" stroke="{LINE}" stroke-width="3"/>'
        # the lower leg, the pillow between the knees, the upper leg
        + limb("246,214 284,306 350,318", 30)
        + f'<ellipse cx="312" cy="286" rx="44" ry="21" transform="rotate(-32 312 286)" fill="{PILLOW}" stroke="{LINE}" stroke-width="3"/>'
        + limb("256,198 334,268 370,226", 32)
        # her bump, then her body from shoulders to hips (her back towards the top)
        + f'<ellipse cx="186" cy="244" rx="52" ry="40" fill="{SKIN}" stroke="{LINE}" stroke-width="4"/>'
        + limb("108,196 250,204", 64)
        + f'<ellipse cx="186" cy="244" rx="48" ry="36" fill="{SKIN}"/>'
        # her upper arm resting on the bump
        + limb("128,214 170,254", 18)
        # her head on the pillow, face towards the bottom of the picture, eyes closed
        + f'<circle cx="72" cy="190" r="34" fill="{SKIN}" stroke="{LINE}" stroke-width="4"/>'
        + f'<path d="M48,180 C56,154 86,150 104,170 C94,160 70,160 48,180 Z" fill="{hair}" stroke="{LINE}" stroke-width="3"/>'
        + f'<path d="M40,176 C36,150 64,146 88,156 C70,140 38,146 40,176 Z" fill="{hair}"/>'
        + f'<path d="M62,202 q8,6 16,0" fill="none" stroke="{LINE}" stroke-width="3" stroke-linecap="round"/>'
        + glow(222, 178, 26, 14)
        # you, sitting behind her back: head and shoulders seen from above, hands on her back
        + limb("176,96 204,168", 18)
        + limb("252,96 234,170", 18)
        + f'<ellipse cx="214" cy="86" rx="58" ry="24" fill="{shirt}" stroke="{LINE}" stroke-width="4"/>'
        + f'<circle cx="214" cy="66" r="26" fill="{hair}" stroke="{LINE}" stroke-width="4"/>'
        + hand(206, 160, 160, 0.42, mirror=False)
        + hand(236, 162, -160, 0.42, mirror=True)
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
    "Seen from above: she lies on her side on a bed, with a pillow under her head, one under "
    "her bump and one between her bent knees. You sit behind her back, hands on her lower back.",
    side_lying(),
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
        (OUT / f"{name}.svg").write_text(svg(body, title, desc, name), encoding="utf-8")
        print(f"wrote resources/images/{name}.svg")


if __name__ == "__main__":
    main()
