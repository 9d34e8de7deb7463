"""The ``massage-timer`` command: start the app, or check and list routine files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from massage_timer import __version__

if TYPE_CHECKING:
    from massage_timer.core.routine import Routine

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
_COMMANDS = frozenset({"validate", "list", "timings"})

_DESCRIPTION = """\
A calm, step-by-step guide for a gentle lower-back massage in late pregnancy.
Talk to your midwife or doctor before you use it.

commands:
  massage-timer [ROUTINE]        start the app (on ROUTINE, or pick one)
  massage-timer validate FILE... check routine files; exit 1 if any is invalid
  massage-timer list             list the bundled routines and your own
  massage-timer timings ROUTINE  show or change how long each step lasts for you
"""


class _Parser(argparse.ArgumentParser):
    """An argparse parser that raises instead of exiting, so main() can return codes."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"{self.prog}: error: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _app_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="massage-timer",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"massage-timer {__version__}")
    parser.add_argument("routine", nargs="?", type=Path, help="a routine file to run")
    return parser


def _validate(files: Sequence[Path], out: TextIO) -> int:
    from massage_timer.core.loader import check_file, describe

    status = EXIT_OK
    for path in files:
        report = check_file(path)
        if report.routine is not None and report.ok:
            print(f"{path}: ok: {describe(report.routine)}", file=out)
        else:
            status = EXIT_INVALID
        for problem in [*report.errors, *report.warnings]:
            print(problem, file=out)
    return status


def _list(out: TextIO) -> int:
    from massage_timer.core.durations import format_duration
    from massage_timer.core.library import discover
    from massage_timer.paths import user_routines_dir

    user_dir = user_routines_dir()
    entries = discover([user_dir])
    rows = [("ID", "TITLE", "STEPS", "TIME", "FROM")]
    broken = []
    for entry in entries:
        routine = entry.report.routine
        if routine is None:
            broken.append(entry)
            continue
        rows.append(
            (
                routine.id,
                routine.title,
                str(len(routine.steps)),
                format_duration(routine.total_seconds),
                entry.source if entry.source == "bundled" else str(entry.path),
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[4]]).rstrip(), file=out)
    for entry in broken:
        count = len(entry.report.errors)
        print(f"\n{entry.path}: invalid ({count} problem{'s' if count != 1 else ''}):", file=out)
        for problem in entry.report.errors[:5]:
            print(f"  {problem}", file=out)
    print(f"\nYour own routines go in {user_dir}", file=out)
    return EXIT_OK


def _find_routine(name: str) -> tuple[Routine, Path] | str:
    """A routine by file path or by id (bundled or the user's); or why there is none."""
    from massage_timer.core.library import discover
    from massage_timer.core.loader import check_file
    from massage_timer.paths import user_routines_dir

    path = Path(name)
    if path.suffix.lower() in (".yaml", ".yml") or path.exists():
        report = check_file(path)
        if report.routine is None:
            return "\n".join(str(p) for p in report.errors)
        return report.routine, path
    for entry in discover([user_routines_dir()]):
        routine = entry.report.routine
        if routine is not None and routine.id == name:
            return routine, entry.path
    return f"massage-timer timings: no routine with the id {name!r} (see `massage-timer list`)"


def _timings(args: argparse.Namespace, out: TextIO) -> int:
    from massage_timer.core.durations import format_duration
    from massage_timer.core.timings import (
        TimingsError,
        TimingsStore,
        check_durations,
        parse_percent,
        parse_step_duration,
        scaled,
    )
    from massage_timer.paths import timings_dir
    from massage_timer.ui.files import atomic_write

    found = _find_routine(args.routine)
    if isinstance(found, str):
        print(found, file=sys.stderr)
        return EXIT_INVALID
    routine, _path = found
    store = TimingsStore(timings_dir(), atomic_write)
    loaded = store.load(routine)
    for notice in loaded.notices:
        print(f"note: {notice}", file=sys.stderr)
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
            durations = scaled(durations, parse_percent(args.scale))
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
        print(f"massage-timer timings: error: {exc}; nothing was changed", file=sys.stderr)
        return EXIT_INVALID
    rows = [("#", "STEP", "ROUTINE", "YOURS")]
    for number, (step, mine) in enumerate(zip(routine.steps, durations, strict=True), start=1):
        mark = "  (changed)" if mine != step.duration else ""
        rows.append(
            (str(number), step.title, format_duration(step.duration), format_duration(mine) + mark)
        )
    rows.append(("", "Total", format_duration(sum(defaults)), format_duration(sum(durations))))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    print(f"{routine.title} ({routine.id})", file=out)
    for row in rows:
        cells = [row[0].rjust(widths[0]), row[1].ljust(widths[1]), row[2].ljust(widths[2]), row[3]]
        print("  ".join(cells).rstrip(), file=out)
    print(f"\nYour timings are kept in {store.path_for(routine.id)}", file=out)
    return EXIT_OK


def _step_number(text: str, count: int) -> int:
    from massage_timer.core.timings import TimingsError

    if not text.strip().isdigit() or not 1 <= int(text) <= count:
        raise TimingsError(f"{text!r} is not a step number; steps are numbered 1 to {count}")
    return int(text)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) <= 1 and not (args and (args[0].startswith("-") or args[0] in _COMMANDS)):
        # The usual launch (the app, on the default routine or one file) skips argparse:
        # building the parser costs about as much start-up time as the first screen's text.
        from massage_timer.ui.app import run_app

        return run_app(Path(args[0]) if args else None)
    out = sys.stdout
    try:
        if args[:1] == ["validate"]:
            parser = _Parser(prog="massage-timer validate", description="Check routine files.")
            parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
            return _validate(parser.parse_args(args[1:]).files, out)
        if args[:1] == ["timings"]:
            parser = _Parser(
                prog="massage-timer timings",
                description="Show or change how long each step of a routine lasts for you.",
            )
            parser.add_argument("routine", help="a routine file, or the id of one (see list)")
            parser.add_argument(
                "--set",
                action="append",
                default=[],
                metavar="N=DURATION",
                help="step N (from 1) lasts DURATION, like 3=2m or 5=1:30; repeatable",
            )
            parser.add_argument("--scale", metavar="PERCENT", help="scale every step, 50%%-200%%")
            parser.add_argument(
                "--reset",
                nargs="?",
                const="all",
                metavar="N",
                help="back to the routine's own timing for step N, or for all steps",
            )
            return _timings(parser.parse_args(args[1:]), out)
        if args[:1] == ["list"]:
            _Parser(prog="massage-timer list", description="List routines.").parse_args(args[1:])
            return _list(out)
        options = _app_parser().parse_args(args)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    from massage_timer.ui.app import run_app

    return run_app(options.routine)
