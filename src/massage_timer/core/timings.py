"""Her timings: how long each step of a routine lasts for this person, kept per routine id.

Stored in the user's data folder as a small YAML file per routine, listing only the steps
whose length differs from the routine's own. Steps are matched by title (and which
occurrence of that title), so timings survive steps being moved; a step that was renamed
or removed drops its timing with a notice. The routine file itself is never written.

Reading never raises for a bad file: it is moved aside (``.corrupt-<time>``), a notice
says so, and the routine's own durations apply. Writing goes through an injected atomic
writer (QSaveFile on the Qt side).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from massage_timer.core.aside import set_aside
from massage_timer.core.durations import (
    MAX_ROUTINE_SECONDS,
    MAX_STEP_SECONDS,
    MIN_STEP_SECONDS,
    DurationError,
    format_duration,
    parse_step_seconds,
)
from massage_timer.core.userfiles import NotRegularFileError, read_regular

if TYPE_CHECKING:  # YAML and pydantic load when timings are first read, not at start-up
    import yaml

    from massage_timer.core.routine import Routine

log = logging.getLogger(__name__)

AtomicWriter = Callable[[Path, bytes], None]
MAX_TIMINGS_BYTES = 256 * 1024
SCALE_RANGE = (50, 200)


class TimingsError(ValueError):
    """A duration or change that the routine format does not allow; nothing was changed."""


def _step_keys(routine: Routine) -> list[tuple[str, int]]:
    """(key, occurrence) for each step: what a saved timing is matched on. A step's key is
    its title, or in a translated routine the original's title (its ``key:``), so her
    timings are shared by every language of a routine."""
    seen: dict[str, int] = {}
    keys = []
    for step in routine.steps:
        key = step.key or step.title
        seen[key] = seen.get(key, 0) + 1
        keys.append((key, seen[key]))
    return keys


def check_durations(durations: Sequence[float]) -> list[str]:
    """Why these durations cannot be saved (empty when they can)."""
    problems = []
    for number, seconds in enumerate(durations, start=1):
        if not MIN_STEP_SECONDS <= seconds <= MAX_STEP_SECONDS:
            problems.append(f"step {number}: {format_duration(seconds)} is outside 1s to 60m")
    total = sum(durations)
    if total > MAX_ROUTINE_SECONDS:
        problems.append(f"the steps add up to {format_duration(total)}; at most 4h in all")
    return problems


def scaled(durations: Sequence[float], percent: float) -> list[int]:
    """Every step scaled by ``percent`` (50-200), rounded to whole seconds, kept in range."""
    low, high = SCALE_RANGE
    if not low <= percent <= high:
        raise TimingsError(f"{percent:g}% is outside {low}% to {high}%")
    return [
        min(MAX_STEP_SECONDS, max(MIN_STEP_SECONDS, round(d * percent / 100))) for d in durations
    ]


def scale_in_force(defaults: Sequence[float], durations: Sequence[float]) -> int | None:
    """The whole percent that turns the routine's own times into ``durations``, if one does.

    100 when nothing is changed; None when steps were set one by one (no single scale fits).
    """
    if list(durations) == [round(d) for d in defaults]:
        return 100
    guess = round(100 * sum(durations) / sum(defaults))
    low, high = SCALE_RANGE
    for percent in range(max(low, guess - 2), min(high, guess + 2) + 1):
        if scaled(defaults, percent) == list(durations):
            return percent
    return None


def with_extra_time(planned: Sequence[float], added: Sequence[float]) -> list[int]:
    """Her step times with the time added during a session kept (each within the limit)."""
    return [
        min(MAX_STEP_SECONDS, round(seconds) + round(extra))
        for seconds, extra in zip(planned, added, strict=True)
    ]


def parse_percent(text: str) -> float:
    value = text.strip().removesuffix("%").strip()
    if not value.isascii():  # float() reads "١٢٠" as 120: digits are 0-9 only
        raise TimingsError(f"{text!r} is not a percentage like 120% (digits 0-9)")
    try:
        percent = float(value)
    except ValueError:
        raise TimingsError(f"{text!r} is not a percentage like 120%") from None
    if not math.isfinite(percent):
        raise TimingsError(f"{text!r} is not a percentage like 120%")
    return percent


def parse_step_duration(text: str) -> int:
    """A duration typed by a person, checked against the format's limits."""
    try:
        return parse_step_seconds(text)
    except DurationError as exc:
        raise TimingsError(str(exc)) from None


class Loaded(NamedTuple):
    """Durations for each step of a routine, and anything the person should be told."""

    durations: list[int]
    notices: list[str]


class TimingsStore:
    """Per-routine timing files in one folder."""

    def __init__(self, folder: Path, write: AtomicWriter) -> None:
        self.folder = folder
        self._write = write

    def path_for(self, routine_id: str) -> Path:
        return self.folder / f"{routine_id}.yaml"

    def load(self, routine: Routine) -> Loaded:
        """Her durations for ``routine``; the routine's own where none are saved or usable."""
        defaults = [step.duration for step in routine.steps]
        path = self.path_for(routine.id)
        try:
            raw = read_regular(path, MAX_TIMINGS_BYTES)
        except (FileNotFoundError, NotADirectoryError):  # none saved (or no folder for them)
            return Loaded(defaults, [])
        except NotRegularFileError:
            raw = None  # set aside below, like a file that cannot be parsed
        except OSError as exc:
            log.warning("cannot read timings %s: %s", path, exc)
            return Loaded(
                defaults,
                [f"Your timings could not be read ({exc.strerror}); they are left as they are."],
            )
        try:
            if raw is None:
                raise ValueError("not a regular file")
            saved = self._parse(raw)
        except ValueError as exc:  # safeyaml.YamlError and DurationError are ValueErrors
            kept = set_aside(path, str(exc))
            return Loaded(
                defaults,
                [
                    "Your timings file could not be read, so the routine's own timings are "
                    f"used. It was kept as {kept.name}."
                ],
            )
        durations = list(defaults)
        keys = _step_keys(routine)
        dropped = []
        for (key, occurrence), (title, seconds) in saved.items():
            if (key, occurrence) in keys:
                durations[keys.index((key, occurrence))] = seconds
            else:
                dropped.append(title)
        notices = []
        if dropped:
            names = ", ".join(f"“{t}”" for t in dropped)
            notices.append(
                f"{routine.title} has changed: your timings for {names} no longer match a step "
                "and were left out. The rest still apply."
            )
        if check_durations(durations):
            notices.append("Your timings no longer fit this routine, so its own are used.")
            return Loaded(defaults, notices)
        return Loaded(durations, notices)

    def save(self, routine: Routine, durations: Sequence[int]) -> None:
        """Keep ``durations`` for ``routine``; raise TimingsError if they are not allowed."""
        if len(durations) != len(routine.steps):
            raise TimingsError("one duration per step is needed")
        problems = check_durations(durations)
        if problems:
            raise TimingsError("; ".join(problems))
        entries = [
            {"step": number, "title": step.title}
            | ({"key": key} if step.key else {})
            | {"duration": format_duration(seconds)}
            | ({"occurrence": occurrence} if occurrence > 1 else {})
            for number, ((key, occurrence), seconds, step) in enumerate(
                zip(_step_keys(routine), durations, routine.steps, strict=True), start=1
            )
            if seconds != step.duration
        ]
        self._refuse_to_overwrite_unreadable(self.path_for(routine.id))
        import yaml

        text = (
            f"# Your timings for the routine '{routine.id}' ({one_line(routine.title)}).\n"
            "# Only steps you changed are listed; reset them in the app or with\n"
            f"# `massage-timer timings {routine.id} --reset`.\n"
        ) + yaml.safe_dump(
            {"routine": routine.id, "steps": entries},
            sort_keys=False,
            allow_unicode=True,
            width=100,
        )
        self.folder.mkdir(parents=True, exist_ok=True)
        self._write(self.path_for(routine.id), text.encode("utf-8"))

    @staticmethod
    def _refuse_to_overwrite_unreadable(path: Path) -> None:
        """Her file is there but cannot be read (permissions, a device): never replace it."""
        try:
            read_regular(path, MAX_TIMINGS_BYTES)
        except (FileNotFoundError, NotADirectoryError):
            return
        except OSError as exc:
            reason = exc.strerror or "not a regular file"
            raise TimingsError(
                f"{path} is there but cannot be read ({reason}), so it was left as it is"
            ) from None

    @staticmethod
    def _parse(raw: bytes) -> dict[tuple[str, int], tuple[str, int]]:
        """(key, occurrence) -> (title as saved, seconds) for each saved step."""
        from massage_timer.core import safeyaml

        if len(raw) > MAX_TIMINGS_BYTES:
            raise ValueError("the file is too large")
        if b"\0" in raw:
            raise ValueError("this is a binary file")
        data = safeyaml.parse(raw.decode("utf-8")).data if raw.strip() else None
        if not isinstance(data, dict) or not isinstance(data.get("steps"), list):
            raise ValueError("expected 'routine' and a list of 'steps'")
        saved: dict[tuple[str, int], tuple[str, int]] = {}
        for entry in data["steps"]:
            if not isinstance(entry, dict) or not isinstance(entry.get("title"), str):
                raise ValueError("each step needs a 'title' and a 'duration'")
            key = entry.get("key", entry["title"])
            if not isinstance(key, str):
                raise ValueError("a step's 'key' must be text")
            occurrence = entry.get("occurrence", 1)
            if not isinstance(occurrence, int) or occurrence < 1:
                raise ValueError("'occurrence' must be a whole number from 1")
            seconds = parse_step_seconds(entry.get("duration"))  # DurationError is a ValueError
            saved[(key, occurrence)] = (entry["title"], seconds)
        return saved


def routine_with_timings(
    routine: Routine, durations: Sequence[int], new_id: str, new_title: str
) -> tuple[str, list[str]]:
    """A complete routine file with ``durations``; and which cues had to be left out.

    Cues that no longer fall inside a shortened step are dropped (with a note), so the file
    always validates.
    """
    data = routine.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    data.update({"format": 1, "id": new_id, "title": new_title})
    dropped: list[str] = []
    for number, (step_data, step, seconds) in enumerate(
        zip(data["steps"], routine.steps, durations, strict=True), start=1
    ):
        step_data["duration"] = format_duration(seconds)
        kept = []
        for cue_data, cue in zip(step_data.get("cues", []), step.cues, strict=True):
            if cue.at.kind == "percent" or 0 < cue.at.offset(seconds) < seconds:
                kept.append(cue_data)
            else:
                dropped.append(f"step {number}: the cue at {cue.at} (“{cue.say}”)")
        if kept:
            step_data["cues"] = kept
        else:
            step_data.pop("cues", None)
    import yaml

    keys = ("format", "id", "title", "summary", "language", "steps")
    ordered = {key: data[key] for key in keys if key in data}
    text = f"# Made with massage-timer from '{one_line(routine.title)}', with adjusted timings.\n"
    text += yaml.dump(
        ordered, Dumper=_routine_dumper(), sort_keys=False, allow_unicode=True, width=100
    )
    return text, dropped


def one_line(text: str) -> str:
    """``text`` with every kind of line break and other space folded into single spaces:
    safe inside a YAML comment (libyaml also ends a line at U+0085, U+2028 and U+2029)."""
    return " ".join(text.split())


def _routine_dumper() -> type[yaml.SafeDumper]:
    """A YAML dumper that writes multi-line text as literal blocks, as people write routines."""
    import yaml

    class RoutineDumper(yaml.SafeDumper):
        pass

    def text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
        style = "|" if "\n" in value else None
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)

    RoutineDumper.add_representer(str, text)
    return RoutineDumper
