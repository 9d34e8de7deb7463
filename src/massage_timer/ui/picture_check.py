"""Draw pictures the way the app does, each within the time budget, and say how it went.

Run by ``massage-timer validate`` as a separate process (the command line itself never
loads Qt): ``python -m massage_timer.ui.picture_check PATH...`` prints one line per
picture, ``ok PATH`` or ``slow PATH`` or ``bad PATH``, then ends at once, runaway
drawings and all.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from massage_timer.ui.picture_render import BUDGET_MS, Key, draw

SIZE = 600  # about the size the session screen draws a picture at


def main(paths: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication(sys.argv[:1])
    for name in paths:
        result: list[bool] = []
        worker = threading.Thread(target=_try, args=(Path(name), result), daemon=True)
        worker.start()
        worker.join(BUDGET_MS / 1000)
        verdict = "slow" if not result else ("ok" if result[0] else "bad")
        print(f"{verdict} {name}", flush=True)
        if verdict == "slow":
            break  # a runaway drawing would slow every later one: those are not judged
    sys.stdout.flush()
    os._exit(0)


def _try(path: Path, result: list[bool]) -> None:
    result.append(draw(Key(path, SIZE, SIZE)) is not None)


if __name__ == "__main__":
    main(sys.argv[1:])
