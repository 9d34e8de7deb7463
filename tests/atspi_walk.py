"""Print what a screen reader can see of an application, as JSON (run by the test, with the
system's Python, which has pyatspi: Debian's python3-pyatspi).

    /usr/bin/python3 tests/atspi_walk.py APP_NAME

One object per line of the list: role, name, description, depth, and whether it is focused
or focusable. Hidden objects are left out (a stack's other pages). `null` when the
application is not on the accessibility bus (yet).
"""

from __future__ import annotations

import json
import sys

import pyatspi  # type: ignore[import-not-found,unused-ignore]

MAX_CHILDREN = 500


def find_app(name: str) -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app: object | None = desktop.getChildAtIndex(i)
        if app is not None and app.name == name:  # type: ignore[attr-defined]
            return app
    return None


def walk(node: object, depth: int, out: list[dict[str, object]]) -> None:
    try:
        states = node.getState()  # type: ignore[attr-defined]
        role = node.getRoleName()  # type: ignore[attr-defined]
        name = node.name or ""  # type: ignore[attr-defined]
        description = node.description or ""  # type: ignore[attr-defined]
        count = node.childCount  # type: ignore[attr-defined]
    except Exception:  # the object went away meanwhile
        return
    if depth > 1 and not states.contains(pyatspi.STATE_SHOWING):
        return
    out.append(
        {
            "role": role,
            "name": name,
            "description": description,
            "depth": depth,
            "focused": states.contains(pyatspi.STATE_FOCUSED),
            "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
        }
    )
    for i in range(min(count, MAX_CHILDREN)):
        child = node.getChildAtIndex(i)  # type: ignore[attr-defined]
        if child is not None:
            walk(child, depth + 1, out)


def main() -> int:
    app = find_app(sys.argv[1])
    if app is None:
        print("null")
        return 0
    out: list[dict[str, object]] = []
    walk(app, 0, out)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
