"""The routines a person can choose from: the bundled ones and their own folder."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from massage_timer.core.i18n import language_key, language_match
from massage_timer.core.loader import Problem, Report, check_file
from massage_timer.core.resources import resources_root

log = logging.getLogger(__name__)

DEFAULT_ROUTINE_ID = "gentle-lower-back"
ROUTINE_SUFFIXES = (".yaml", ".yml")
MAX_USER_FILES = 500

Source = Literal["bundled", "yours"]


@dataclass(frozen=True)
class Entry:
    """One routine file and what checking it found."""

    source: Source
    report: Report

    @property
    def path(self) -> Path:
        return self.report.path


def bundled_routines_dir() -> Path:
    return resources_root() / "routines"


def default_routine_path() -> Path:
    """The default routine in the language it was written in (British English)."""
    return bundled_routines_dir() / f"{DEFAULT_ROUTINE_ID}.yaml"


def _file_id(path: Path) -> str:
    """The routine id a file name starts with ("gentle-lower-back.es.yaml")."""
    return path.name.split(".", maxsplit=1)[0]


def _routine_files(folder: Path) -> list[Path]:
    try:
        files = sorted(
            p for p in folder.iterdir() if p.suffix.lower() in ROUTINE_SUFFIXES and p.is_file()
        )
    except OSError:
        return []
    return files[:MAX_USER_FILES]


def _checked(source: Source, path: Path) -> Entry:
    """One file checked; a fault in the checking is that file's problem, not the list's."""
    try:
        return Entry(source, check_file(path))
    except Exception as exc:
        log.exception("checking %s failed", path)
        problem = Problem(1, 1, "(file)", f"could not be checked ({exc})", str(path))
        return Entry(source, Report(path, None, [problem]))


def discover(user_dirs: Iterable[Path] = ()) -> list[Entry]:
    """Every routine file, checked: bundled first (the default at the top), then the user's."""
    entries = [_checked("bundled", p) for p in _routine_files(bundled_routines_dir())]
    entries.sort(key=lambda e: (_file_id(e.path) != DEFAULT_ROUTINE_ID, e.path.name))
    for folder in user_dirs:
        entries += [_checked("yours", p) for p in _routine_files(folder)]
    return _refuse_taken_ids(entries)


def _refuse_taken_ids(entries: list[Entry]) -> list[Entry]:
    """A routine whose id an earlier one already has in the same language cannot be used:
    the two would be listed alike. The first (bundled before the user's) keeps it. The same
    id in another language is that routine's translation (they share her timings)."""
    owners: dict[tuple[str, str], Path] = {}
    kept = []
    for entry in entries:
        routine = entry.report.routine
        owned = (routine.id, language_key(routine.language)) if routine is not None else None
        if owned is not None and owned in owners:
            owner = owners[owned]
            problem = Problem(
                _line_of_id(entry.path),
                1,
                "id",
                f"{owned[0]!r} in language {owned[1]!r} is already the id of {owner.name}; "
                "give this routine an id of its own (or another language)",
                file=str(entry.path),
            )
            kept.append(Entry(entry.source, Report(entry.path, None, [problem])))
            continue
        if owned is not None:
            owners[owned] = entry.path
        kept.append(entry)
    return kept


def arrange(entries: list[Entry], interface: str) -> tuple[list[Entry], list[Entry]]:
    """``entries`` as the list shows them: first, for each routine id, the version that best
    suits the ``interface`` language (and every file that cannot be used, so its problems
    are seen); then every other version, which the list marks with its language. Each
    group keeps the order `discover` gave."""
    best: dict[str, tuple[int, Entry]] = {}
    for entry in entries:
        routine = entry.report.routine
        if routine is None:
            continue
        score = language_match(routine.language, interface)
        if score and score > best.get(routine.id, (0, entry))[0]:
            best[routine.id] = (score, entry)
    chosen = {id(entry) for _, entry in best.values()}
    first = [e for e in entries if e.report.routine is None or id(e) in chosen]
    return first, [e for e in entries if e.report.routine is not None and id(e) not in chosen]


def _line_of_id(path: Path) -> int:
    """The line of the top-level ``id:`` key (1 when it cannot be told)."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return 1
    return next((n for n, line in enumerate(lines, start=1) if line.startswith("id:")), 1)
