"""The standalone bundle as a user gets it (`make dist`, then `make dist-test` runs this):
unpacked in an empty folder, installed with its install.sh into a fresh home, and started
from there with a clean environment (no virtual environment, no project on any path) on a
real X server. The safety screen appears, a session plays its chime into a PulseAudio null
sink and speaks through speech-dispatcher; uninstall.sh takes it all away again."""

from __future__ import annotations

import subprocess
import tarfile
import time
from pathlib import Path

import pytest

from massage_timer import __version__
from massage_timer.core.identity import APP_ID
from tests.realaudio import RATE, pulse_server, recorder
from tests.realdisplay import app_window, press, require, wait_for_log, xvfb

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.bundle, pytest.mark.slow]

SIZE_GOAL = 200_000_000  # bytes unpacked
LEFT_OUT = (
    "libQt6WebEngine",
    "libQt6Pdf",
    "libQt6VirtualKeyboard",
    "libQt63D",
    "libQt6Qml",
    "libQt6Quick",
    "libqpdf",
    "libffmpegmediaplugin",
    "libavcodec",
)


def archive() -> Path:
    found = sorted((ROOT / "dist").glob(f"massage-timer-{__version__}-linux-*.tar.gz"))
    if not found:
        pytest.fail("no bundle for this version in dist/: `make dist` builds it")
    return found[-1]


def clean_env(home: Path, **more: str) -> dict[str, str]:
    """What a desktop session gives a program started from the menu, and nothing else."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", **more}


def run_script(script: Path, home: Path) -> None:
    """Run the bundle's install.sh or uninstall.sh as its user would, from elsewhere."""
    done = subprocess.run(
        [str(script)],
        env=clean_env(home),
        cwd=home.parent,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_bundle_installs_runs_plays_speaks_and_uninstalls(tmp_path: Path) -> None:
    unpacked = tmp_path / "downloads"
    unpacked.mkdir()
    with tarfile.open(archive()) as tar:
        tar.extractall(unpacked, filter="data")
    (folder,) = unpacked.iterdir()
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    assert sum(p.stat().st_size for p in files) < SIZE_GOAL
    assert not [p.name for p in files if p.name.startswith(LEFT_OUT)]
    assert not [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    assert (folder / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):  # the app's languages
        assert list(folder.rglob(f"massage_timer/resources/translations/{ts.stem}.qm")), ts

    home = tmp_path / "home"
    home.mkdir()
    run_script(folder / "install.sh", home)
    app_dir = home / ".local" / "opt" / "massage-timer"
    command = home / ".local" / "bin" / "massage-timer"
    entry = home / ".local" / "share" / "applications" / f"{APP_ID}.desktop"
    assert command.resolve() == app_dir / "massage-timer"
    assert f"Exec={app_dir}/massage-timer\n" in entry.read_text()
    subprocess.run([require("desktop-file-validate"), str(entry)], check=True)

    require("speech-dispatcher")
    empty = tmp_path / "somewhere"
    empty.mkdir()
    with (
        pulse_server(tmp_path / "run") as pulse,
        recorder(pulse, tmp_path / "sink.raw") as result,
        xvfb() as display,
    ):
        # A desktop set to Spanish: the bundle's own translations, routines and voice.
        env = clean_env(
            home, DISPLAY=display, XDG_RUNTIME_DIR=pulse["XDG_RUNTIME_DIR"], LANGUAGE="es"
        )
        app = subprocess.Popen(
            [str(command)], env=env, cwd=empty, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )
        try:
            log = home / ".local" / "state" / "massage-timer" / "massage-timer.log"
            app_window(env)
            wait_for_log(log, "language es (translations: massage_timer, qtbase)", app)
            wait_for_log(log, "safety screen shown", app)
            press(env, "ctrl+End", "Tab", "space", "Return")  # read, tick, continue
            wait_for_log(log, "safety screen accepted", app)
            press(env, "Return")
            wait_for_log(log, "routine 'gentle-lower-back' ready", app)
            wait_for_log(log, "speech engine: speechd", app)
            raw = tmp_path / "sink.raw"
            started, recorded = time.monotonic(), raw.stat().st_size
            press(env, "space")
            wait_for_log(log, "speaking es_", app)
            wait_for_log(log, "step 1 started: Acomódense con seguridad", app)
            # Keep it playing until the recorder has 6.5 s more on disk (the chime, then the
            # spoken prompt): the recorder is another process, so its file is polled.
            while raw.stat().st_size < recorded + int(6.5 * RATE) * 2:
                assert app.poll() is None, "the app ended during the session"
                time.sleep(0.1)
            press(env, "ctrl+q", "Tab", "space")  # asks first; the other button quits
            _, stderr = app.communicate(timeout=30)
            assert app.returncode == 0, stderr.decode()
            assert b"Traceback" not in stderr
        finally:
            if app.poll() is None:
                app.kill()
                app.wait()
    (recording,) = result
    onset = recording.onset_after(started)
    assert onset < 1.5, "no chime after the session started"
    chime = started + onset
    assert recording.loud_share(chime, chime + 1.2) > 0.5, "the chime"
    assert recording.loud_share(chime + 1.6, chime + 3.5) > 0.5, "no spoken prompt after it"

    run_script(app_dir / "uninstall.sh", home)
    assert not app_dir.exists()
    assert not command.is_symlink()
    assert not entry.exists()
