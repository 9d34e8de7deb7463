"""What a routine's picture may be, checked before anything draws it (no Qt here).

A picture is an SVG or PNG file of at most 2 MiB inside the routine's own folder (or the
app's). An SVG may use only what is inside it: references to other files (an <image> or
<use> pointing elsewhere, CSS imports, external entities) are refused, embedded data
(``data:``) and links within the file (``#id``) are fine. A PNG may be at most 4000 x 4000
pixels (a small file can unpack to gigabytes). Drawing is then limited in time by the app.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

MAX_PICTURE_BYTES = 2 * 1024 * 1024
MAX_PNG_SIDE = 4000
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

# href="..." / xlink:href='...' / url(...) / @import: every way an SVG can name another file
_HREF = re.compile(rb"""(?:\bhref|\bsrc)\s*=\s*(["'])\s*(.*?)\1""", re.IGNORECASE | re.DOTALL)
_URL = re.compile(rb"""url\(\s*(["']?)\s*([^)"']*)\1\s*\)""", re.IGNORECASE)
_OUTSIDE = re.compile(rb"@import|<!ENTITY[^>]*\b(?:SYSTEM|PUBLIC)\b|<\?xml-stylesheet", re.I)


def picture_problem(path: Path) -> str | None:
    """Why the picture at ``path`` must not be drawn, or None when it may be."""
    from massage_timer.core.userfiles import NotRegularFileError, read_regular

    try:
        data = read_regular(path, MAX_PICTURE_BYTES)
    except NotRegularFileError:
        return "it is not a regular file"
    except OSError as exc:
        return f"it cannot be read ({exc.strerror or exc})"
    if len(data) > MAX_PICTURE_BYTES:
        return "it is larger than 2 MiB; a step's picture is far smaller"
    if path.suffix.lower() == ".png":
        return _png_problem(data)
    return _svg_problem(data)


def _png_problem(data: bytes) -> str | None:
    if not data.startswith(_PNG_SIGNATURE) or len(data) < 24 or data[12:16] != b"IHDR":
        return "it is not a PNG picture"
    width, height = struct.unpack(">II", data[16:24])
    if width > MAX_PNG_SIDE or height > MAX_PNG_SIDE:
        return f"it is {width} x {height} pixels; at most {MAX_PNG_SIDE} x {MAX_PNG_SIDE}"
    return None


def _svg_problem(data: bytes) -> str | None:
    if _OUTSIDE.search(data):
        return "it refers to other files (an import, a style sheet or an external entity)"
    for match in (*_HREF.finditer(data), *_URL.finditer(data)):
        target = match.group(2).strip()
        if target and not target.startswith((b"#", b"data:")):
            shown = target[:60].decode("utf-8", errors="replace")
            return f"it refers to another file ({shown!r}); a picture may use only what is in it"
    return None
