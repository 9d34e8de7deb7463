"""The safety text shown at every launch, read from resources/safety/safety.txt.

The file is plain text in named parts (``== name``), each one paragraph or a list of
``- `` lines, so the health text can be edited by anyone. It is read before the first
screen is painted, so it needs neither YAML nor pydantic (each costs more start-up time
than the rest of that screen).
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from massage_timer.core.resources import resource_path

SAFETY_RESOURCE = "safety/safety.txt"
LIST_PARTS = frozenset({"not_if", "gentle", "stop_and_call"})


class SafetyText(NamedTuple):
    """The parts of the safety screen; all plain text."""

    heading: str
    purpose: str
    talk_first: str
    not_if_heading: str
    not_if: tuple[str, ...]
    gentle_heading: str
    gentle: tuple[str, ...]
    stop_heading: str
    stop_and_call: tuple[str, ...]
    emergency: str
    acknowledge: str

    @classmethod
    def parse(cls, text: str) -> SafetyText:
        """Read the parts; a missing, unknown or misshapen part raises ValueError."""
        parts = read_parts(text)
        values: dict[str, str | tuple[str, ...]] = {}
        for name in cls._fields:
            lines = parts.pop(name, None)
            if not lines:
                raise ValueError(f"safety text: the part '{name}' is missing or empty")
            listed = name in LIST_PARTS
            if listed != lines[0].startswith("- "):
                kind = "a list of '- ' lines" if listed else "a paragraph"
                raise ValueError(f"safety text: '{name}' must be {kind}")
            values[name] = list_items(lines) if listed else " ".join(lines)
        if parts:
            raise ValueError(f"safety text: unknown parts {sorted(parts)}")
        return cls(**values)  # type: ignore[arg-type]


def read_parts(text: str) -> dict[str, list[str]]:
    """The '== name' parts of a text file, each as its lines (comments and blanks left out)."""
    parts: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            current = parts.setdefault(line[3:].strip(), [])
        elif current is None:
            raise ValueError(f"safety text line {number}: text before the first '== part'")
        else:
            current.append(line)
    return parts


def list_items(lines: list[str]) -> tuple[str, ...]:
    """A part's '- ' items, with continuation lines joined on."""
    items: list[str] = []
    for line in lines:
        if line.startswith("- "):
            items.append(line[2:].strip())
        else:
            items[-1] += " " + line
    return tuple(items)


@functools.cache
def safety_text() -> SafetyText:
    """The bundled safety text."""
    return SafetyText.parse(resource_path(SAFETY_RESOURCE).read_text(encoding="utf-8"))


class AboutText(NamedTuple):
    """The About screen: why the text says what it says, and where that comes from."""

    intro: str
    sources: tuple[str, ...]


@functools.cache
def about_text() -> AboutText:
    """The bundled sources list (resources/about/sources.txt)."""
    parts = read_parts(resource_path("about/sources.txt").read_text(encoding="utf-8"))
    return AboutText(" ".join(parts["intro"]), list_items(parts["sources"]))
