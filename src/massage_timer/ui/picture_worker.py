"""The picture drawing process: reads requests on stdin, answers with images on stdout.

Run by the app (`picture_render`): ``python -m massage_timer.ui.picture_worker``. Each
request is one line of JSON, ``{"path": ..., "width": ..., "height": ...}``; each answer is
one line of JSON, ``{"width": w, "height": h, "stride": s, "size": n}`` followed by n bytes
of premultiplied ARGB32 pixels, or ``{"problem": "..."}``. A picture is checked first
(`core.pictures`), then drawn. Drawing in a process of its own means a picture that takes
for ever, or crashes Qt, never holds up or ends the app: the app ends this process and
starts another.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication, QImage
    from PySide6.QtSvg import QSvgRenderer

    from massage_timer.core.pictures import picture_problem
    from massage_timer.ui.picture_render import Key, draw

    _app = QGuiApplication(sys.argv[:1])
    svg = QSvgRenderer()  # kept, and loaded again for each picture
    out = sys.stdout.buffer
    for line in sys.stdin.buffer:
        try:
            asked = json.loads(line)
            key = Key(Path(asked["path"]), int(asked["width"]), int(asked["height"]))
        except (ValueError, KeyError, TypeError):
            continue  # not a request from the app
        try:
            problem = picture_problem(key.path)
            image = None if problem else draw(key, svg)
        except Exception as exc:
            image, problem = None, f"it could not be drawn ({exc})"
        if image is None:
            header: dict[str, object] = {"problem": problem or "it could not be read"}
            pixels = b""
        else:
            image = image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
            pixels = bytes(image.constBits())[: image.sizeInBytes()]
            header = {
                "width": image.width(),
                "height": image.height(),
                "stride": image.bytesPerLine(),
                "size": len(pixels),
            }
        out.write(json.dumps(header).encode("utf-8") + b"\n" + pixels)
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
