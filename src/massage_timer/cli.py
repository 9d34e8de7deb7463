"""The ``massage-timer`` command: start the app, or check and list routine files."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from massage_timer import __version__

EXIT_USAGE = 2  # as in massage_timer.commands (not imported before the window opens)

_COMMANDS = frozenset({"validate", "list", "timings", "install-desktop", "uninstall-desktop"})

_DESCRIPTION = """\
A calm, step-by-step guide for a gentle lower-back massage in late pregnancy.
Talk to your midwife or doctor before you use it.

commands:
  massage-timer [ROUTINE]        start the app (on ROUTINE, or pick one)
  massage-timer validate FILE... check routine files; exit 1 if any is invalid
  massage-timer list             list the bundled routines and your own
  massage-timer timings ROUTINE  show or change how long each step lasts for you
  massage-timer install-desktop  put the app in your app menu (entry and icon)
  massage-timer uninstall-desktop  take it out again
"""


_DESKTOP = {
    "install-desktop": "Put Massage Timer in your app menu: a desktop entry, its AppStream "
    "metainfo and icons in your data folder ($XDG_DATA_HOME), starting this installation.",
    "uninstall-desktop": "Take Massage Timer out of your app menu again (what install-desktop "
    "wrote); your routines and timings stay.",
}


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
    parser.add_argument("routine", nargs="?", help="a routine file, or the id of one, to run")
    return parser


def _start_app(routine: str | None) -> int:
    """Start the window on ``routine`` (a file or an id); an unknown one is refused first."""
    path = None
    if routine is not None:
        path = Path(routine)
        from massage_timer.commands import exists, find_routine

        if not exists(path):
            found = find_routine(routine)
            if isinstance(found, str):
                print(f"massage-timer: {found}", file=sys.stderr)
                return EXIT_USAGE
            path = found[1]
    from massage_timer.ui.app import run_app

    return run_app(path)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--picture-worker"]:  # the app's own drawing process, in a bundled app
        from massage_timer.ui.picture_worker import main as draw_pictures

        return draw_pictures()
    if args[:1] == ["--picture-check"]:  # `validate` drawing pictures, in a bundled app
        from massage_timer.ui.picture_check import main as check_pictures

        check_pictures(args[1:])  # ends the process itself
    if len(args) <= 1 and not (args and (args[0].startswith("-") or args[0] in _COMMANDS)):
        # The usual launch (the app, on the default routine or one file) skips argparse:
        # building the parser costs about as much start-up time as the first screen's text.
        return _start_app(args[0] if args else None)
    from massage_timer import commands

    out = sys.stdout
    try:
        if args[:1] == ["validate"]:
            parser = _Parser(prog="massage-timer validate", description="Check routine files.")
            parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
            return commands.validate(parser.parse_args(args[1:]).files, out)
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
            return commands.timings(parser.parse_args(args[1:]), out)
        if args[:1] in (["install-desktop"], ["uninstall-desktop"]):
            name = args[0]
            _Parser(prog=f"massage-timer {name}", description=_DESKTOP[name]).parse_args(args[1:])
            install = name == "install-desktop"
            return (commands.install_desktop if install else commands.uninstall_desktop)(out)
        if args[:1] == ["list"]:
            _Parser(prog="massage-timer list", description="List routines.").parse_args(args[1:])
            return commands.list_routines(out)
        options = _app_parser().parse_args(args)
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USAGE
    return _start_app(options.routine)
