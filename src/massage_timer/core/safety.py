"""The safety text shown at every launch, read from resources/safety/safety.txt.

The file is plain text in named parts (``== name``), each one paragraph or a list of
``- `` lines, so the health text can be edited by anyone. It is read before the first
screen is painted, so it needs neither YAML nor pydantic (each costs more start-up time
than the rest of that screen).
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from massage_timer.core.i18n import SOURCE_LANGUAGE, Translate, fill, untranslated
from massage_timer.core.resources import ResourceError, resource_path

SAFETY_RESOURCE = "safety/safety.txt"
LIST_PARTS = frozenset({"not_if", "gentle", "stop_massage", "call_now", "labour"})


# Her maternity unit's phone number, typed once by the couple (settings), shown wherever
# the app says "call".
PHONE_MAX_CHARS = 40
_PHONE = re.compile(r"\+?[0-9()\-. /]+", re.ASCII)
# "call" (not "called"); in Spanish "llame", "llamen", "llamar" (not "se llama", is named)
_SAYS_CALL = re.compile(r"\b(?:call|llamen?|llamar)\b", re.IGNORECASE)


def is_phone_number(text: str) -> bool:
    """Whether ``text`` can be a phone number: digits, spaces and + ( ) - . / only,
    at least three digits, at most PHONE_MAX_CHARS characters ("" means none is set)."""
    if not text:
        return True
    return (
        len(text) <= PHONE_MAX_CHARS
        and _PHONE.fullmatch(text) is not None
        and sum(c.isdigit() for c in text) >= 3
    )


def unit_line(phone: str, translate: Translate = untranslated) -> str:
    """The line shown wherever the app says "call": her maternity unit's number, or where
    to add it."""
    if phone:
        return fill(translate("Safety", "Her maternity unit: %1"), phone)
    return translate(
        "Safety", "Her maternity unit's number is not added yet. Add it with “Phone number…”."
    )


def emergency_numbers(translate: Translate = untranslated) -> str:
    return translate("Safety", "In an emergency: 999 (UK), 911 (US and Canada), 112 (EU)")


def call_lines(phone: str, translate: Translate = untranslated) -> str:
    """Her maternity unit's number and the emergency numbers, on two lines: what a screen
    that says "call" shows (the safety screen and H have the emergency sentence itself)."""
    return f"{unit_line(phone, translate)}\n{emergency_numbers(translate)}"


def says_call(text: str) -> bool:
    """Whether a text tells the reader to call someone (so it needs the number beside it)."""
    return _SAYS_CALL.search(text) is not None


class SafetyText(NamedTuple):
    """The parts of the safety screen; all plain text."""

    heading: str
    purpose: str
    talk_first: str
    not_if_heading: str
    not_if: tuple[str, ...]
    gentle_heading: str
    gentle: tuple[str, ...]
    stop_massage_heading: str
    stop_massage: tuple[str, ...]
    stop_massage_note: str
    call_heading: str
    call_now: tuple[str, ...]
    emergency: str
    labour_heading: str
    labour: tuple[str, ...]
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


def localized(name: str, language: str) -> tuple[str, str]:
    """The resource ``name`` ("safety/safety.txt") in ``language`` ("es", "en_US"), as
    (resource name, language it is in): "safety/safety.es.txt" when it exists, else the
    language without its country, else the English original. What falls back is what
    `missing_translations` reports; a language is offered only when nothing does."""
    stem, _, suffix = name.rpartition(".")
    for candidate in dict.fromkeys((language, language.split("_", maxsplit=1)[0])):
        if candidate == SOURCE_LANGUAGE:
            break
        translated = f"{stem}.{candidate}.{suffix}"
        try:
            resource_path(translated)
        except ResourceError:
            continue
        return translated, candidate
    return name, SOURCE_LANGUAGE


TRANSLATED_RESOURCES = ("safety/safety.txt", "about/sources.txt")


def missing_translations(language: str) -> list[str]:
    """The bundled texts that ``language`` would show in English: safety and About files,
    and the routine ids with no bundled version in that language ("routines/<id>")."""
    if language == SOURCE_LANGUAGE:
        return []
    from massage_timer.core.i18n import language_match
    from massage_timer.core.library import discover

    texts = [
        name for name in TRANSLATED_RESOURCES if localized(name, language)[1] == SOURCE_LANGUAGE
    ]
    routines = [entry.report.routine for entry in discover() if entry.source == "bundled"]
    ids = {routine.id for routine in routines if routine is not None}
    translated = {
        routine.id
        for routine in routines
        if routine is not None and language_match(routine.language, language) >= 2
    }
    return texts + [f"routines/{id_}" for id_ in sorted(ids - translated)]


@functools.cache
def safety_text(language: str = SOURCE_LANGUAGE) -> SafetyText:
    """The bundled safety text, in ``language`` where it is translated."""
    name, _ = localized(SAFETY_RESOURCE, language)
    return SafetyText.parse(resource_path(name).read_text(encoding="utf-8"))


class AboutText(NamedTuple):
    """The About screen: why the text says what it says, and where that comes from.

    Each claim ends with the numbers of its sources ("[1, 2]"), counted from 1 in the order
    of ``sources``."""

    intro: str
    claims: tuple[str, ...]
    overdue: str
    sources: tuple[str, ...]
    checked: str

    @classmethod
    def parse(cls, text: str) -> AboutText:
        parts = read_parts(text)
        missing = [name for name in cls._fields if not parts.get(name)]
        if missing:
            raise ValueError(f"about text: the parts {missing} are missing or empty")
        return cls(
            intro=" ".join(parts["intro"]),
            claims=list_items(parts["claims"]),
            overdue=" ".join(parts["overdue"]),
            sources=list_items(parts["sources"]),
            checked=" ".join(parts["checked"]),
        )


def cited(text: str) -> list[int]:
    """The source numbers a sentence cites ("... [1, 2]" gives [1, 2])."""
    return [int(n) for group in re.findall(r"\[([\d, ]+)\]", text) for n in group.split(",")]


@functools.cache
def about_text(language: str = SOURCE_LANGUAGE) -> AboutText:
    """The bundled sources list (resources/about/sources.txt), in ``language`` where it is
    translated."""
    name, _ = localized("about/sources.txt", language)
    return AboutText.parse(resource_path(name).read_text(encoding="utf-8"))
