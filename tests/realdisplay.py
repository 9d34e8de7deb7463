"""A real X server (Xvfb) for end-to-end tests of the app's window."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def require(tool: str) -> str:
    """The tool's path; in CI a missing tool fails the test instead of skipping it."""
    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing; `make test` should have installed it")
        pytest.skip(f"{tool} is not installed (run `make test` as root to install it)")
    return found


@contextmanager
def xvfb(width: int = 1280, height: int = 800) -> Iterator[str]:
    """Start Xvfb on a free display; yield its DISPLAY value."""
    binary = require("Xvfb")
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen(
        [
            binary,
            "-displayfd",
            str(write_fd),
            "-screen",
            "0",
            f"{width}x{height}x24",
            "-nolisten",
            "tcp",
        ],
        pass_fds=(write_fd,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()  # Xvfb writes it once it accepts clients
        if not number:
            raise RuntimeError("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


AT_SPI_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
SYSTEM_PYTHON = "/usr/bin/python3"


@contextmanager
def session_bus(folder: Path) -> Iterator[dict[str, str]]:
    """A private D-Bus session bus, as a desktop session has; yield the environment
    variable that puts a program on it."""
    daemon = require("dbus-daemon")
    socket = folder / "bus"
    bus = subprocess.Popen(
        [daemon, "--session", f"--address=unix:path={socket}", "--nofork"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.02)  # the daemon is another process: nothing to wait on but its socket
        yield {"DBUS_SESSION_BUS_ADDRESS": f"unix:path={socket}"}
    finally:
        bus.terminate()
        bus.wait(timeout=10)


@contextmanager
def accessibility_bus(folder: Path) -> Iterator[dict[str, str]]:
    """A private D-Bus session with the AT-SPI bus on it, as a desktop has; yield the
    environment variables that put a program on it."""
    for needed in (AT_SPI_LAUNCHER, SYSTEM_PYTHON):
        if not Path(needed).exists():
            if os.environ.get("CI"):
                pytest.fail(f"{needed} is missing; `make test` should have installed it")
            pytest.skip(f"{needed} is not installed (run `make test` as root)")
    with session_bus(folder) as bus_env:
        launcher = subprocess.Popen(
            [AT_SPI_LAUNCHER, "--launch-immediately"],
            env={**os.environ, **bus_env},
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            yield {**bus_env, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1"}
        finally:
            launcher.terminate()
            launcher.wait(timeout=10)


def app_window(env: dict[str, str]) -> str:
    """Wait for the app's window on the X server ``env`` names and give it the keyboard;
    return its X window id."""
    xdotool = require("xdotool")
    found = subprocess.run(
        [xdotool, "search", "--sync", "--onlyvisible", "--name", "^Massage Timer$"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    window = found.stdout.split()[0]
    subprocess.run([xdotool, "windowfocus", "--sync", window], env=env, check=True, timeout=30)
    return window


def press(env: dict[str, str], *names: str, delay_ms: int = 300) -> None:
    """Real key presses (xdotool names: "space", "Return", "ctrl+End")."""
    command = [require("xdotool"), "key", "--delay", str(delay_ms), *names]
    subprocess.run(command, env=env, check=True, timeout=30)


def wait_for_log(
    log: Path,
    text: str,
    process: subprocess.Popen[bytes] | None = None,
    timeout: float = 30,
    *,
    times: int = 1,
) -> None:
    """Poll the app's log file (another process: there is no signal to wait on) until
    ``text`` is in it ``times`` times."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text(encoding="utf-8", errors="replace").count(text) >= times:
            return
        if process is not None and process.poll() is not None:
            pytest.fail(f"the app exited ({process.returncode}) before logging {text!r}")
        time.sleep(0.05)
    pytest.fail(f"the app never logged {text!r}; log: {log.read_text() if log.exists() else '-'}")
