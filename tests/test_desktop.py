"""The app on a desktop: its menu entry, AppStream metainfo and icons, checked by the real
validators, and `install-desktop` / `uninstall-desktop` in a temporary XDG tree, the entry
started the way a desktop starts it (GLib's own launcher) on a real X server."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest

from massage_timer import __version__
from massage_timer.cli import main
from massage_timer.core.desktop import MANIFEST, entry_text, exec_line, install, uninstall
from massage_timer.core.identity import APP_ID, DISPLAY_NAME, ICON_SIZES
from tests.realdisplay import SYSTEM_PYTHON, app_window, require, xvfb

ROOT = Path(__file__).resolve().parents[1]
DESKTOP = ROOT / "resources" / "desktop"
ENTRY = DESKTOP / "applications" / f"{APP_ID}.desktop"
METAINFO = DESKTOP / "metainfo" / f"{APP_ID}.metainfo.xml"


def validate_entry(path: Path) -> None:
    run = subprocess.run(
        [require("desktop-file-validate"), str(path)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert not run.stdout.strip(), run.stdout  # no hints either


def entry_keys(text: str) -> dict[str, str]:
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def test_the_bundled_entry_validates_and_names_the_app() -> None:
    validate_entry(ENTRY)
    keys = entry_keys(ENTRY.read_text("utf-8"))
    assert keys["Name"] == DISPLAY_NAME == "Massage Timer"
    assert keys["Icon"] == APP_ID
    assert keys["Exec"] == "massage-timer"
    assert keys["Categories"].startswith("Utility;")
    assert "massage" in keys["Keywords"].split(";")
    assert keys["StartupWMClass"] == "massage-timer"  # what Qt gives the window on X11


def test_the_metainfo_validates_strictly_and_matches_the_app() -> None:
    run = subprocess.run(
        [require("appstreamcli"), "validate", "--no-net", "--strict", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == DISPLAY_NAME
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("provides/binary") == "massage-timer"
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__, "the newest release is this version"
    dates = [date.fromisoformat(r.get("date", "")) for r in releases]
    assert dates == sorted(dates, reverse=True)
    text = ET.tostring(root, encoding="unicode")
    assert "midwife or doctor" in text
    assert "not shown that massage or acupressure" in text  # no promise it starts labour


def test_one_id_names_the_entry_the_metainfo_and_every_icon() -> None:
    icons = sorted(p.relative_to(DESKTOP).as_posix() for p in DESKTOP.rglob("*.png"))
    assert icons == sorted(f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png" for size in ICON_SIZES)
    assert (DESKTOP / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    assert re.fullmatch(r"[a-z]+(\.[a-z_]+)+\.[A-Za-z]+", APP_ID)  # reverse DNS, D-Bus safe


def test_the_icons_are_what_the_script_draws(qapp: object) -> None:
    """Generated, not hand-edited: the SVG is the script's to the byte, every PNG has its
    size and the script's pixels (within rounding: another Qt may antialias differently)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import make_icon
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    from PySide6.QtGui import QImage

    for path, data in make_icon.outputs().items():
        assert path.is_file(), f"{path} is missing: run python scripts/make_icon.py"
        if path.suffix == ".svg":
            assert path.read_bytes() == data, "the SVG is stale: run python scripts/make_icon.py"
            continue
        committed, drawn = QImage(str(path)), QImage.fromData(data)
        size = int(path.parts[-3].split("x")[0])
        assert committed.width() == committed.height() == size
        differences = [
            abs(committed.pixelColor(x, y).value() - drawn.pixelColor(x, y).value())
            for x in range(size)
            for y in range(0, size, max(1, size // 64))
        ]
        assert sum(differences) / len(differences) < 2, f"{path.name} at {size} is stale"


@pytest.mark.parametrize(
    ("argv", "line"),
    [
        (["/usr/bin/massage-timer"], "/usr/bin/massage-timer"),
        (["/home/a b/massage-timer"], '"/home/a b/massage-timer"'),
        (["/opt/100%/massage-timer"], "/opt/100%%/massage-timer"),
        (["/x/$HOME/m"], '"/x/\\\\$HOME/m"'),
        (["/x/it's/m"], '"/x/it\'s/m"'),
        (["/usr/bin/python3", "-m", "massage_timer"], "/usr/bin/python3 -m massage_timer"),
    ],
)
def test_exec_lines_are_quoted_as_the_specification_says(argv: list[str], line: str) -> None:
    assert exec_line(argv) == line


def test_entries_for_awkward_install_paths_still_validate(tmp_path: Path) -> None:
    for argv in (["/home/a b/it's $here/massage-timer"], ["/opt/50% off/bin/massage-timer"]):
        path = tmp_path / f"{APP_ID}.desktop"
        path.write_text(entry_text(argv), encoding="utf-8")
        validate_entry(path)


def tree(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*")}


def test_install_and_uninstall_leave_the_tree_as_it_was(tmp_path: Path) -> None:
    home, state = tmp_path / "share", tmp_path / "share" / "massage-timer" / MANIFEST
    (home / "applications").mkdir(parents=True)
    (home / "applications" / "other.desktop").write_text("[Desktop Entry]\n")
    before = tree(home)
    done = install(["/opt/mt/massage-timer"], home, state)
    assert len(done.files) == len(ICON_SIZES) + 3  # entry, metainfo, SVG and the PNGs
    assert all(p.is_file() for p in done.files)
    assert entry_keys((home / f"applications/{APP_ID}.desktop").read_text())["Exec"] == (
        "/opt/mt/massage-timer"
    )
    # Installing again (an upgrade) rewrites the same files and still undoes cleanly.
    again = install(["/opt/mt2/massage-timer"], home, state)
    assert again.files == done.files
    removed = uninstall(home, state)
    assert sorted(removed.files) == sorted(done.files)
    assert tree(home) == before
    assert uninstall(home, state).files == []  # a second time finds nothing to remove


def test_uninstall_keeps_what_others_put_in_the_folders_it_made(tmp_path: Path) -> None:
    home, state = tmp_path / "share", tmp_path / "state.json"
    install(["/opt/mt/massage-timer"], home, state)
    other = home / "icons/hicolor/48x48/apps/someone-else.png"
    other.write_bytes(b"png")
    uninstall(home, state)
    assert tree(home) == {"icons", "icons/hicolor", "icons/hicolor/48x48"} | {
        "icons/hicolor/48x48/apps",
        "icons/hicolor/48x48/apps/someone-else.png",
    }


def test_an_existing_icon_cache_is_refreshed_and_none_is_made(tmp_path: Path) -> None:
    require("gtk-update-icon-cache")
    home = tmp_path / "share"
    assert install(["/opt/mt/massage-timer"], home, tmp_path / "s.json").refreshed == []
    assert not (home / "icons/hicolor/icon-theme.cache").exists()
    cache = home / "icons/hicolor/icon-theme.cache"
    cache.write_bytes(b"")
    done = install(["/opt/mt/massage-timer"], home, tmp_path / "s.json")
    assert "gtk-update-icon-cache" in done.refreshed
    assert APP_ID.encode() in cache.read_bytes()


def test_a_relative_command_is_refused(tmp_path: Path) -> None:
    from massage_timer.core.desktop import DesktopError

    with pytest.raises(DesktopError, match="full path"):
        install(["massage-timer"], tmp_path, tmp_path / "s.json")


LAUNCHER = """
import sys, gi
gi.require_version("Gio", "2.0")
from gi.repository import Gio
info = Gio.DesktopAppInfo.new_from_filename(sys.argv[1])
print(info.get_name(), info.get_commandline(), sep="\\n")
info.launch([], None)
"""


@pytest.mark.slow
def test_installed_entry_starts_the_app_as_a_desktop_would(isolated_dirs: Path) -> None:
    """`massage-timer install-desktop` as a user runs it; the entry it wrote validates, GLib
    (what GNOME and most launchers use) starts its Exec line, and the window that opens is
    Massage Timer with its icon; uninstall-desktop takes exactly that away again."""
    script = Path(sys.executable).with_name("massage-timer")
    data = isolated_dirs / "data"
    before = tree(data)
    run = subprocess.run(
        [str(script), "install-desktop"], capture_output=True, text=True, check=True, timeout=60
    )
    assert "now in your app menu" in run.stdout
    entry = data / "applications" / f"{APP_ID}.desktop"
    validate_entry(entry)
    assert entry_keys(entry.read_text())["Exec"] == exec_line([str(script.resolve())])
    if not Path(SYSTEM_PYTHON).exists():
        pytest.fail(f"{SYSTEM_PYTHON} with python3-gi is needed (make test installs it)")
    xdotool = require("xdotool")
    with xvfb() as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        said = isolated_dirs / "launcher.txt"
        with said.open("w") as out:  # the app inherits it: a pipe would never close
            subprocess.run(
                [SYSTEM_PYTHON, "-c", LAUNCHER, str(entry)],
                env=env,
                stdout=out,
                stderr=subprocess.DEVNULL,
                check=True,
                timeout=60,
            )
        assert said.read_text().splitlines()[0] == "Massage Timer"
        window = app_window(env)
        pid = subprocess.run(
            [xdotool, "getwindowpid", window], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        try:
            props = subprocess.run(
                [require("xprop"), "-id", window, "WM_CLASS", "_NET_WM_ICON"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            ).stdout
            assert 'WM_CLASS(STRING) = "massage-timer", "massage-timer"' in props
            assert "Icon (48 x 48)" in props  # the window carries the app's icon
            command = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            assert str(script.resolve()).encode() in command[:2]
        finally:
            os.kill(int(pid), 15)
    assert main(["uninstall-desktop"]) == 0
    assert tree(data) == before


def test_a_data_folder_that_cannot_be_written_is_a_clear_error(tmp_path: Path) -> None:
    from massage_timer.core.desktop import DesktopError

    home = tmp_path / "share"
    home.write_text("a file where the folder should be")
    with pytest.raises(DesktopError, match="cannot write"):
        install(["/opt/mt/massage-timer"], home, tmp_path / "state" / "s.json")
