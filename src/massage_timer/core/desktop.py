"""The app's identity on a desktop, and putting its menu entry in place (no Qt).

The files themselves live in resources/desktop/ laid out
as an XDG data folder (applications/, metainfo/, icons/hicolor/), so `install` copies them
into the user's data folder, with the entry's Exec pointing at the executable actually
installed, and records what it wrote so that `uninstall` removes exactly that.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from massage_timer.core.identity import APP_ID
from massage_timer.core.resources import resource_path
from massage_timer.core.savefile import atomic_write

MANIFEST = "desktop-files.json"

# Characters that make an Exec argument need quoting, and those escaped inside quotes
# (the Desktop Entry Specification, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED = set('"`$\\')


class DesktopError(RuntimeError):
    """The entry could not be installed or removed; the message says why."""


def data_home() -> Path:
    """$XDG_DATA_HOME, or ~/.local/share: where a user's menu entries and icons go."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if value and Path(value).is_absolute() else Path.home() / ".local/share"


def exec_line(argv: Sequence[str]) -> str:
    """``argv`` as the value of an Exec key: quoted and escaped as the specification asks,
    then escaped once more as every string value of a desktop file is."""
    parts = []
    for arg in argv:
        text = arg.replace("%", "%%")
        if any(c in _RESERVED for c in text) or not text:
            text = '"' + "".join("\\" + c if c in _ESCAPED else c for c in text) + '"'
        parts.append(text)
    return " ".join(parts).replace("\\", "\\\\")


def entry_text(argv: Sequence[str]) -> str:
    """The bundled desktop entry with its Exec (and TryExec) set to start ``argv``."""
    lines = []
    template = resource_path(f"desktop/applications/{APP_ID}.desktop").read_text("utf-8")
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.append(f"Exec={exec_line(argv)}")
        elif line.startswith("TryExec="):
            lines.append(f"TryExec={exec_line(argv[:1])}")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class Installed:
    files: list[Path]
    refreshed: list[str]  # the cache tools that ran


def _bundled_files() -> dict[Path, Path]:
    """Each bundled desktop file, by where it goes under a data folder."""
    root = resource_path("desktop")
    return {
        source.relative_to(root): source
        for source in sorted(root.rglob("*"))
        if source.is_file() and not source.name.startswith(".")
    }


def install(argv: Sequence[str], home: Path, state: Path) -> Installed:
    """Write the entry, metainfo and icons under ``home``; remember them in ``state``."""
    if not argv or not Path(argv[0]).is_absolute():
        raise DesktopError(f"the command to start the app must be a full path, not {argv!r}")
    previous = _manifest(state)
    written: list[Path] = []
    folders: list[Path] = []
    try:
        home.mkdir(parents=True, exist_ok=True)  # the data folder itself is the user's
        for relative, source in _bundled_files().items():
            target = home / relative
            for parent in reversed(target.parents):
                if parent.is_relative_to(home) and not parent.exists():
                    parent.mkdir()
                    folders.append(parent)
            data = (
                entry_text(argv).encode() if relative.suffix == ".desktop" else source.read_bytes()
            )
            atomic_write(target, data)
            written.append(target)
        known = {Path(p) for p in previous.get("folders", [])}
        record = {
            "files": [str(p) for p in written],
            "folders": [str(p) for p in [*folders, *sorted(known - set(folders))]],
        }
        if not state.parent.exists():
            state.parent.mkdir(parents=True)
            record["folders"].append(str(state.parent))
        atomic_write(state, json.dumps(record, indent=1).encode())
    except OSError as error:
        raise DesktopError(f"cannot write {error.filename or home}: {error.strerror}") from error
    return Installed(written, refresh(home))


def _manifest(state: Path) -> dict[str, list[str]]:
    try:
        data = json.loads(state.read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {
        key: [str(item) for item in value if isinstance(item, str)]
        for key, value in data.items()
        if key in ("files", "folders") and isinstance(value, list)
    }


def uninstall(home: Path, state: Path) -> Installed:
    """Remove what `install` wrote (and the folders it made, once empty)."""
    record = _manifest(state)
    if not record:
        # Installed by an older version, or the record was lost: the bundled names tell.
        record = {"files": [str(home / r) for r in _bundled_files()], "folders": []}
    removed: list[Path] = []
    for name in record.get("files", []):
        path = Path(name)
        if path.is_relative_to(home) and (path.is_file() or path.is_symlink()):
            path.unlink()
            removed.append(path)
    state.unlink(missing_ok=True)
    # Deepest first, and only those install made that nothing else has moved into since.
    for name in sorted(record.get("folders", []), key=len, reverse=True):
        folder = Path(name)
        if folder.is_relative_to(home) and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
    return Installed(removed, refresh(home))


def refresh(home: Path) -> list[str]:
    """Bring the desktop's caches of entries and icons up to date, where a cache is there
    already and its tool exists. None is made where there was none: a desktop reads the
    folders without one, and a cache nobody keeps up to date would hide later apps' icons."""
    ran = []
    commands: dict[str, tuple[list[str], Path]] = {
        "update-desktop-database": (["--quiet"], home / "applications/mimeinfo.cache"),
        "gtk-update-icon-cache": (
            ["--force", "--quiet", "--ignore-theme-index"],
            home / "icons/hicolor/icon-theme.cache",
        ),
    }
    for tool, (options, cache) in commands.items():
        found = shutil.which(tool)
        if found is None or not cache.is_file():
            continue
        try:
            command = [found, *options, str(cache.parent)]
            subprocess.run(command, capture_output=True, timeout=60, check=False)
        except (OSError, subprocess.SubprocessError):
            continue
        ran.append(tool)
    return ran
