"""The command-line tools: validate, list and timings. None of them loads Qt (an
import-linter contract and a test keep it so): they run on a machine without a display."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from massage_timer.core.loader import Problem, Report
    from massage_timer.core.routine import Routine

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def printable(text: str) -> str:
    """``text`` with control characters and line breaks shown escaped (ESC as \\x1b): what a
    file says can never move the cursor, clear the screen or forge a line of output."""
    from massage_timer.core.loader import printable as escape

    return escape(text)


def validate(files: Sequence[Path], out: TextIO) -> int:
    from massage_timer.core.loader import check_file, describe

    status = EXIT_OK
    reports = [check_file(path) for path in files]
    pictures = [_pictures(report) for report in reports]
    drawn = _draw_pictures(pictures)
    for path, report, found in zip(files, reports, pictures, strict=True):
        if report.routine is not None and report.ok:
            print(f"{printable(str(path))}: ok: {printable(describe(report.routine))}", file=out)
        else:
            status = EXIT_INVALID
        problems = [*report.errors, *report.warnings, *_drawing_warnings(path, found, drawn)]
        for problem in problems:
            print(problem, file=out)
    return status


def _pictures(report: Report) -> list[tuple[int, str, Path]]:
    """(step index, image, file) for each picture of a valid routine that passed the checks
    made without drawing it."""
    from massage_timer.core.loader import resolve_image
    from massage_timer.core.pictures import picture_problem

    found = []
    for index, step in enumerate(report.routine.steps if report.routine else []):
        where = resolve_image(report.path, step.image) if step.image else None
        if step.image and where is not None and picture_problem(where) is None:
            found.append((index, step.image, where))
    return found


def _draw_pictures(pictures: Sequence[list[tuple[int, str, Path]]]) -> dict[Path, str]:
    """Draw every picture once, as the app would, in a separate process (this one never
    loads Qt); ``{file: "ok" | "slow" | "bad"}``; empty when it could not be done."""
    import subprocess

    wanted = sorted({where for found in pictures for _, _, where in found})
    if not wanted:
        return {}
    frozen = getattr(sys, "frozen", False)  # a bundled app: its own executable draws
    checker = ["--picture-check"] if frozen else ["-m", "massage_timer.ui.picture_check"]
    try:
        done = subprocess.run(
            [sys.executable, *checker, *map(str, wanted)],
            capture_output=True,
            text=True,
            timeout=30 + 3 * len(wanted),
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        print(f"note: the pictures could not be drawn to check them ({exc})", file=sys.stderr)
        return {}
    verdicts = {}
    for line in done.stdout.splitlines():
        verdict, _, name = line.partition(" ")
        verdicts[Path(name)] = verdict
    return verdicts


def _drawing_warnings(
    path: Path, pictures: list[tuple[int, str, Path]], drawn: dict[Path, str]
) -> list[Problem]:
    from massage_timer.core.loader import image_problem

    problems = []
    for index, image, where in pictures:
        verdict = drawn.get(where)
        if verdict == "slow":
            reason = "it takes longer than 2 s to draw"
        elif verdict == "bad":
            reason = "it could not be read"
        else:
            continue
        message = f"picture {image!r} cannot be shown: {reason}; a placeholder will be shown"
        problems.append(image_problem(path, index, message))
    return problems


def list_routines(out: TextIO) -> int:
    from massage_timer.core.durations import format_duration
    from massage_timer.core.i18n import SOURCE_LANGUAGE
    from massage_timer.core.library import arrange, discover
    from massage_timer.core.places import user_routines_dir

    user_dir = user_routines_dir()
    first, others = arrange(discover([user_dir]), SOURCE_LANGUAGE)  # translations last
    entries = first + others
    rows = [("ID", "LANGUAGE", "TITLE", "STEPS", "TIME", "FROM")]
    broken = []
    for entry in entries:
        routine = entry.report.routine
        if routine is None:
            broken.append(entry)
            continue
        rows.append(
            (
                routine.id,
                routine.language,
                routine.title,
                str(len(routine.steps)),
                format_duration(routine.total_seconds),
                entry.source if entry.source == "bundled" else str(entry.path),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print(printable("  ".join([*cells, row[5]]).rstrip()), file=out)
    for entry in broken:
        count = len(entry.report.errors)
        plural = "s" if count != 1 else ""
        print(f"\n{printable(str(entry.path))}: invalid ({count} problem{plural}):", file=out)
        for problem in entry.report.errors[:5]:
            print(f"  {problem}", file=out)
    print(f"\nYour own routines go in {user_dir}", file=out)
    return EXIT_OK


def exists(path: Path) -> bool:
    """Whether something is at ``path`` (a name too long to be a path is not there)."""
    try:
        return path.exists()
    except OSError:
        return False


def find_routine(name: str) -> tuple[Routine, Path] | str:
    """A routine by file path or by id (bundled or the user's; of a routine in several
    languages, the English one); or why there is none."""
    from massage_timer.core.i18n import SOURCE_LANGUAGE
    from massage_timer.core.library import arrange, discover
    from massage_timer.core.loader import check_file
    from massage_timer.core.places import user_routines_dir

    path = Path(name)
    if path.suffix.lower() in (".yaml", ".yml") or exists(path):
        report = check_file(path)
        if report.routine is None:
            return "\n".join(str(p) for p in report.errors)
        return report.routine, path
    first, others = arrange(discover([user_routines_dir()]), SOURCE_LANGUAGE)
    for entry in first + others:
        routine = entry.report.routine
        if routine is not None and routine.id == name:
            return routine, entry.path
    return f"no routine file or routine id {name!r} (see `massage-timer list`)"


def timings(args: argparse.Namespace, out: TextIO) -> int:
    """Show or change her timings; any failure is one line and status 1, her data unchanged."""
    try:
        return _timings(args, out)
    except OSError as exc:  # a full disk, a read-only folder, a folder where a file should be
        print(
            f"massage-timer timings: error: {printable(str(exc))}; nothing was changed",
            file=sys.stderr,
        )
        return EXIT_INVALID


def _timings(args: argparse.Namespace, out: TextIO) -> int:
    from massage_timer.core.durations import format_duration
    from massage_timer.core.places import timings_dir
    from massage_timer.core.savefile import atomic_write
    from massage_timer.core.timings import (
        TimingsError,
        TimingsStore,
        check_durations,
        parse_percent,
        parse_step_duration,
        scaled,
    )

    found = find_routine(args.routine)
    if isinstance(found, str):
        print(f"massage-timer timings: {found}", file=sys.stderr)  # already escaped
        return EXIT_INVALID
    routine, _path = found
    store = TimingsStore(timings_dir(), atomic_write)
    loaded = store.load(routine)
    for notice in loaded.notices:
        print(f"note: {printable(notice)}", file=sys.stderr)
    defaults = [step.duration for step in routine.steps]
    durations = list(loaded.durations)
    changing = args.reset is not None or args.scale is not None or bool(args.set)
    try:
        if args.reset == "all":
            durations = list(defaults)
        elif args.reset is not None:
            number = _step_number(args.reset, len(durations))
            durations[number - 1] = defaults[number - 1]
        if args.scale is not None:
            durations = scaled(defaults, parse_percent(args.scale))  # never compounds
        for change in args.set:
            number_text, sep, value = change.partition("=")
            if not sep:
                raise TimingsError(f"--set {change!r}: write it as N=DURATION, like 3=2m")
            durations[_step_number(number_text, len(durations)) - 1] = parse_step_duration(value)
        problems = check_durations(durations)
        if problems:
            raise TimingsError("; ".join(problems))
        if changing:
            store.save(routine, durations)
    except TimingsError as exc:
        print(
            f"massage-timer timings: error: {printable(str(exc))}; nothing was changed",
            file=sys.stderr,
        )
        return EXIT_INVALID
    rows = [("#", "STEP", "ROUTINE", "YOURS")]
    for number, (step, mine) in enumerate(zip(routine.steps, durations, strict=True), start=1):
        mark = "  (changed)" if mine != step.duration else ""
        rows.append(
            (str(number), step.title, format_duration(step.duration), format_duration(mine) + mark)
        )
    rows.append(("", "Total", format_duration(sum(defaults)), format_duration(sum(durations))))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    print(printable(f"{routine.title} ({routine.id})"), file=out)
    for row in rows:
        cells = [row[0].rjust(widths[0]), row[1].ljust(widths[1]), row[2].ljust(widths[2]), row[3]]
        print(printable("  ".join(cells).rstrip()), file=out)
    print(f"\nYour timings are kept in {store.path_for(routine.id)}", file=out)
    return EXIT_OK


def _step_number(text: str, count: int) -> int:
    from massage_timer.core.durations import is_number
    from massage_timer.core.timings import TimingsError

    number = text.strip()
    if not is_number(number) or len(number) > 4 or not 1 <= int(number) <= count:
        shown = text if len(text) <= 20 else text[:19] + "…"
        raise TimingsError(
            f"{shown!r} is not a step number; steps are numbered 1 to {count} (digits 0-9)"
        )
    return int(number)


def app_command() -> list[str]:
    """The command that starts this installation of the app, as a desktop entry needs it."""
    if getattr(sys, "frozen", False):  # a bundled app: its own executable
        return [str(Path(sys.executable).resolve())]
    launched = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if launched is not None and launched.name == "massage-timer" and launched.is_file():
        return [str(launched.resolve())]
    beside = Path(sys.executable).with_name("massage-timer")  # a venv's or pipx's scripts
    if beside.is_file():
        return [str(beside)]
    return [str(Path(sys.executable).resolve()), "-m", "massage_timer"]


def install_desktop(out: TextIO) -> int:
    """Put the app in the user's app menu: entry, metainfo and icons in XDG_DATA_HOME."""
    from massage_timer.core.desktop import MANIFEST, DesktopError, data_home, install
    from massage_timer.core.places import data_dir

    home = data_home()
    try:
        done = install(app_command(), home, data_dir() / MANIFEST)
    except DesktopError as error:
        print(f"massage-timer: {error}", file=sys.stderr)
        return EXIT_INVALID
    for path in done.files:
        print(f"wrote {printable(str(path))}", file=out)
    if done.refreshed:
        print(f"refreshed with {', '.join(done.refreshed)}", file=out)
    print(
        "Massage Timer is now in your app menu (some desktops show it after you log in "
        "again). `massage-timer uninstall-desktop` takes it out.",
        file=out,
    )
    return EXIT_OK


def uninstall_desktop(out: TextIO) -> int:
    """Take the app out of the menu again; the user's routines and timings stay."""
    from massage_timer.core.desktop import MANIFEST, data_home, uninstall
    from massage_timer.core.places import data_dir

    done = uninstall(data_home(), data_dir() / MANIFEST)
    for path in done.files:
        print(f"removed {printable(str(path))}", file=out)
    if not done.files:
        print("Massage Timer was not in your app menu; nothing to remove.", file=out)
    if data_dir().is_dir():
        kept = printable(str(data_dir()))
        print(f"Your own routines and timings are kept, in {kept}", file=out)
    return EXIT_OK
