"""Shared fixtures: a fake clock, routine builders, and a home that is never the real one."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from massage_timer.core.routine import Routine


class FakeClock:
    """A monotonic clock that moves only when a test says so."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(autouse=True)
def isolated_dirs(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Point every per-user folder at a temporary one so no test touches a real home."""
    base = tmp_path_factory.mktemp("home")
    for name in ("DATA", "STATE", "CONFIG", "CACHE"):
        folder = base / name.lower()
        folder.mkdir()
        monkeypatch.setenv(f"XDG_{name}_HOME", str(folder))
    return base


def routine_yaml(*steps: str, **fields: str) -> str:
    """A routine file's text; each step is YAML for one list item's body."""
    head = {"format": "1", "id": "test-routine", "title": "Test routine", **fields}
    lines = [f"{key}: {value}" for key, value in head.items()]
    lines.append("steps:")
    for step in steps:
        body = textwrap.dedent(step).strip().splitlines()
        lines.append(f"  - {body[0]}")
        lines += [f"    {line}" for line in body[1:]]
    return "\n".join(lines) + "\n"


def make_routine(*durations: int, waits: tuple[int, ...] = (), cues: str = "") -> Routine:
    """A valid Routine with steps of the given seconds; ``waits`` are indexes of wait steps."""
    steps = [
        {
            "title": f"Step {i + 1}",
            "duration": d,
            "instruction": f"Do step {i + 1}.",
            "wait": i in waits,
        }
        for i, d in enumerate(durations)
    ]
    return Routine.model_validate({"format": 1, "id": "t", "title": "T", "steps": steps})


@pytest.fixture
def write_routine(tmp_path: Path) -> Callable[..., Path]:
    def write(text: str, name: str = "routine.yaml") -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would block a window test; tests that care patch these again."""
    from massage_timer.ui.dialogs import AboutDialog, Confirm, Problems, SafetyListDialog

    monkeypatch.setattr(Confirm, "ask", lambda *args: True)
    monkeypatch.setattr(Problems, "show", lambda *args: None)
    monkeypatch.setattr(SafetyListDialog, "open_for", lambda *args: None)
    monkeypatch.setattr(AboutDialog, "open_for", lambda *args: None)


@pytest.fixture(autouse=True, scope="session")
def end_the_picture_process() -> Iterator[None]:
    """The app ends its picture drawing process as it quits; the tests never quit it."""
    yield
    from massage_timer.ui import picture_render

    if picture_render._drawer is not None:
        picture_render._drawer.shutdown()


@pytest.fixture(autouse=True, scope="session")
def english_as_the_app_starts(qapp: object) -> None:
    """The app loads its language before any screen is made (English has its plural
    forms in a catalogue of its own: "1 step", "2 steps"); the tests make screens directly."""
    from massage_timer.ui.i18n import apply_language

    apply_language("en_GB")
