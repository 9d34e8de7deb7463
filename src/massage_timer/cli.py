"""The ``massage-timer`` command: start the app, or check and list routine files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from massage_timer import __version__

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2

_DESCRIPTION = """\
A calm, step-by-step guide for a gentle lower-back massage in late pregnancy.
Talk to your midwife or doctor before you use it.

commands:
  massage-timer [ROUTINE]        start the app (on ROUTINE, or pick one)
  massage-timer validate FILE... check routine files; exit 1 if any is invalid
  massage-timer list             list the bundled routines and your own
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


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    out = sys.stdout
    try:
        if args[:1] == ["validate"]:
            parser = _Parser(prog="massage-timer validate", description="Check routine files.")
            parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
            return _validate(parser.parse_args(args[1:]).files, out)
        if args[:1] == ["list"]:
            _Parser(prog="massage-timer list", description="List routines.").parse_args(args[1:])
            return _list(out)
        options = _app_parser().parse_args(args)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    from massage_timer.ui.app import run_app

    return run_app(options.routine)
