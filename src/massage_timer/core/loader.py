"""Load and check routine files, reporting every problem as ``PATH:LINE:COL: error: FIELD: msg``."""

from __future__ import annotations

import codecs
import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from massage_timer.core import safeyaml
from massage_timer.core.durations import format_duration, type_name
from massage_timer.core.resources import resources_root
from massage_timer.core.routine import Cue, Routine, Step
from massage_timer.core.safeyaml import Mark

MAX_FILE_BYTES = 1024 * 1024
START = Mark(1, 1)

Severity = Literal["error", "warning"]


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One thing wrong with a file, at a position, for a field."""

    line: int
    column: int
    field: str
    message: str
    file: str = ""
    severity: Severity = "error"

    def __str__(self) -> str:
        where = f"{printable(self.file)}:{self.line}:{self.column}"
        return f"{where}: {self.severity}: {printable(self.field)}: {printable(self.message)}"

    def brief(self) -> str:
        """The same, shorter, for a screen: "mine.yaml:6: steps[0].duration: ..."."""
        where = f"{printable(self.file)}:{self.line}"
        return f"{where}: {printable(self.field)}: {printable(self.message)}"


def printable(text: str) -> str:
    """``text`` with every character that is not printable (controls, line breaks, U+2028...)
    written as an escape, so a line of output stays one line and cannot be forged."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


@dataclass
class Report:
    """The outcome of checking one file: a routine when it is valid, and any problems."""

    path: Path
    routine: Routine | None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.routine is not None and not self.errors


class RoutineError(Exception):
    """A routine file that cannot be used; ``problems`` holds every reason, in file order."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def field_name(path: safeyaml.Path) -> str:
    """``("steps", 3, "duration")`` -> ``"steps[3].duration"``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text or "(file)"


def _model_at(path: safeyaml.Path) -> type[BaseModel] | None:
    shape = tuple(type(p) for p in path)
    models: dict[tuple[type, ...], type[BaseModel]] = {
        (): Routine,
        (str, int): Step,
        (str, int, str, int): Cue,
    }
    return models.get(shape)


def _unknown_key_message(path: safeyaml.Path) -> str:
    key = str(path[-1])
    model = _model_at(path[:-1])
    known = sorted(model.model_fields) if model else []
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if not close:
        close = [k for k in known if k.lower() == key.lower()]
    if close:
        return f"'{key}' is not a known key; did you mean '{close[0]}'?"
    allowed = f". Allowed here: {', '.join(known)}" if known else ""
    return f"'{key}' is not a known key{allowed}"


def _missing_message(path: safeyaml.Path) -> str:
    return f"'{path[-1]}' is required here but missing"


def _messages(error: Any) -> list[tuple[safeyaml.Path, str, bool]]:
    """Turn one pydantic error into (path, message, points-at-key) triples."""
    loc = tuple(part for part in error["loc"] if isinstance(part, int | str))
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "extra_forbidden":
        return [(loc, _unknown_key_message(loc), True)]
    if kind == "missing":
        return [(loc, _missing_message(loc), False)]
    if "problems" in ctx:
        return [((*loc, *sub), msg or ctx["message"], False) for sub, msg in ctx["problems"]]
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return [(loc, f"expected a mapping of keys, got {type_name(error.get('input'))}", False)]
    return [(loc, error["msg"], False)]


def check_text(text: str, file: str = "<routine>") -> tuple[Routine | None, list[Problem]]:
    """Validate routine ``text``; return the routine (or None) and every error, sorted."""
    if not text.strip():
        return None, [Problem(1, 1, "(file)", "the file is empty", file)]
    try:
        doc = safeyaml.parse(text)
    except safeyaml.YamlError as exc:
        return None, [Problem(exc.mark.line, exc.mark.column, "(file)", exc.message, file)]
    problems = [
        Problem(mark.line, mark.column, field_name(path), message, file)
        for path, mark, message in doc.problems
    ]
    if not isinstance(doc.data, dict):
        found = type_name(doc.data)
        problems.append(
            Problem(
                1,
                1,
                "(file)",
                f"a routine is a mapping with format, id, title and steps; this file holds {found}",
                file,
            )
        )
        return None, sorted(problems)
    routine: Routine | None = None
    try:
        routine = Routine.model_validate(doc.data)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            for path, message, at_key in _messages(error):
                mark: Mark = doc.mark_of(path, key=at_key)
                problems.append(Problem(mark.line, mark.column, field_name(path), message, file))
    if problems:
        return None, sorted(set(problems))
    return routine, []


def read_text(path: Path) -> str:
    """Read a routine file as UTF-8 text; raise `RoutineError` for anything unreadable."""

    def fail(message: str, mark: Mark = START) -> RoutineError:
        return RoutineError(path, [Problem(mark.line, mark.column, "(file)", message, str(path))])

    from massage_timer.core.userfiles import NotRegularFileError, read_regular

    try:
        raw = read_regular(path, MAX_FILE_BYTES)
    except NotRegularFileError:  # a folder, a pipe, a device: never read, never waited on
        kind = "a folder" if path.is_dir() else "not a regular file (a pipe or a device)"
        raise fail(f"this is {kind}, not a routine file") from None
    except FileNotFoundError:
        raise fail("no such file") from None
    except OSError as exc:
        raise fail(f"cannot be read: {exc.strerror or exc}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise fail("the file is larger than 1 MiB; a routine file is far smaller")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise fail("the file is UTF-16 text; save it as UTF-8")
    if b"\0" in raw:
        raise fail("this is a binary file, not a YAML routine")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise fail(
            f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
            Mark(line, column),
        ) from None
    return text


def check_file(path: Path) -> Report:
    """Check one routine file: errors make it unusable, warnings (missing pictures) do not."""
    try:
        text = read_text(path)
    except RoutineError as exc:
        return Report(path, None, exc.problems)
    routine, errors = check_text(text, str(path))
    report = Report(path, routine, errors)
    if routine is not None:
        report.warnings = _missing_images(path, routine, text)
    return report


def load_routine(path: Path) -> Routine:
    """Load a valid routine or raise `RoutineError` listing every problem."""
    report = check_file(path)
    if report.routine is None:
        raise RoutineError(path, report.errors)
    return report.routine


def resolve_image(routine_path: Path, image: str) -> Path | None:
    """Find a step's picture beside the routine, else in the app's resources; None if missing.

    Never anything outside those folders (links are followed, then checked), and a path that
    cannot be resolved (a link loop, a name no file system allows) is simply not found.
    """
    for base in (routine_path.parent, resources_root()):
        try:
            candidate = (base / image).resolve()
            if candidate.is_relative_to(base.resolve()) and candidate.is_file():
                return candidate
        except (OSError, RuntimeError, ValueError):  # a loop; a NUL; a name too long
            continue
    return None


def _missing_images(path: Path, routine: Routine, text: str) -> list[Problem]:
    """Warnings for pictures that are missing or must not be drawn (a placeholder shows)."""
    from massage_timer.core.pictures import picture_problem

    warnings = []
    doc = None
    for index, step in enumerate(routine.steps):
        if not step.image:
            continue
        found = resolve_image(path, step.image)
        problem = picture_problem(found) if found is not None else None
        if found is None:
            message = f"picture {step.image!r} was not found; a placeholder will be shown"
        elif problem is not None:
            message = f"picture {step.image!r} cannot be shown: {problem}; a placeholder will be"
            message += " shown"
        else:
            continue
        doc = doc or safeyaml.parse(text)
        where = ("steps", index, "image")
        mark = doc.mark_of(where)
        warnings.append(
            Problem(mark.line, mark.column, field_name(where), message, str(path), "warning")
        )
    return warnings


def image_problem(path: Path, index: int, message: str) -> Problem:
    """A warning about step ``index``'s picture, at the ``image:`` key in ``path``."""
    where = ("steps", index, "image")
    try:
        mark = safeyaml.parse(read_text(path)).mark_of(where)
    except (RoutineError, ValueError):
        mark = START
    return Problem(mark.line, mark.column, field_name(where), message, str(path), "warning")


def describe(routine: Routine) -> str:
    """One line for a valid routine: title, step count and total time."""
    count = len(routine.steps)
    return (
        f"{routine.title} ({count} step{'s' if count != 1 else ''}, "
        f"{format_duration(routine.total_seconds)})"
    )
