"""Keeping the screen awake through a real D-Bus daemon and a stand-in ScreenSaver service."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusInterface
from pytestqt.qtbot import QtBot

from massage_timer.core.engine import State
from massage_timer.ui.controller import SessionController
from massage_timer.ui.keep_awake import DBusScreenSaver, KeepAwake
from tests.conftest import FakeClock, make_routine
from tests.realdisplay import require

HERE = Path(__file__).resolve().parent


@pytest.fixture
def private_bus() -> Iterator[str]:
    """A private session bus (dbus-daemon); yields its address."""
    daemon = subprocess.Popen(
        [require("dbus-daemon"), "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    address = daemon.stdout.readline().strip()
    try:
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
        daemon.stdout.close()


@pytest.fixture
def standin(private_bus: str) -> Iterator[str]:
    """The stand-in ScreenSaver service on the private bus; yields the bus address."""
    env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": private_bus, "QT_QPA_PLATFORM": "offscreen"}
    service = subprocess.Popen(
        [sys.executable, str(HERE / "dbus_standin.py")], stdout=subprocess.PIPE, text=True, env=env
    )
    assert service.stdout is not None
    try:
        assert service.stdout.readline().strip() == "ready"
        yield private_bus
    finally:
        service.terminate()
        service.wait(timeout=10)
        service.stdout.close()


def connect(address: str, name: str) -> QDBusConnection:
    bus = QDBusConnection.connectToBus(address, name)
    assert bus.isConnected()
    return bus


def calls(bus: QDBusConnection) -> list[str]:
    """What reached the stand-in, asked over the bus."""
    interface = QDBusInterface(
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        bus,
    )
    reply = interface.call("Calls")
    assert not reply.errorMessage(), reply.errorMessage()
    return list(reply.arguments()[0])


def test_inhibit_and_release_reach_the_screensaver(standin: str) -> None:
    bus = connect(standin, "keep-awake-1")
    inhibitor = DBusScreenSaver(bus)
    inhibitor.inhibit()
    assert inhibitor.active
    inhibitor.inhibit()  # once is enough
    inhibitor.release()
    assert not inhibitor.active
    inhibitor.release()
    assert calls(bus) == [
        "Inhibit io.github.massage_timer.MassageTimer | A guided massage session is running -> 42",
        "UnInhibit 42",
    ]
    QDBusConnection.disconnectFromBus("keep-awake-1")


def test_a_session_keeps_the_screen_awake_until_it_ends(qtbot: QtBot, standin: str) -> None:
    bus = connect(standin, "keep-awake-2")
    clock = FakeClock()
    controller = SessionController(make_routine(30, 30), clock=clock)
    keep_awake = KeepAwake(DBusScreenSaver(bus), pause_grace_ms=180_000)
    controller.changed.connect(keep_awake.update)
    keep_awake.update(controller.snapshot())
    assert calls(bus) == []
    controller.start()
    controller.pause()
    assert keep_awake.grace.isActive()
    keep_awake.grace.timeout.emit()  # paused for three minutes
    controller.resume()
    clock.advance(60)
    controller.deadline_timer.timeout.emit()
    assert controller.session.state is State.FINISHED
    assert calls(bus) == [
        "Inhibit io.github.massage_timer.MassageTimer | A guided massage session is running -> 42",
        "UnInhibit 42",
        "Inhibit io.github.massage_timer.MassageTimer | A guided massage session is running -> 43",
        "UnInhibit 43",
    ]
    controller.shutdown()
    QDBusConnection.disconnectFromBus("keep-awake-2")


def test_without_the_service_it_logs_once_and_carries_on(
    private_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    bus = connect(private_bus, "keep-awake-3")
    inhibitor = DBusScreenSaver(bus)
    with caplog.at_level(logging.INFO, logger="massage_timer.ui.keep_awake"):
        inhibitor.inhibit()
        inhibitor.inhibit()
    assert not inhibitor.active
    messages = [r.getMessage() for r in caplog.records]
    assert messages == [
        "cannot keep the screen awake (no org.freedesktop.ScreenSaver service on the session bus); "
        "carrying on without"
    ]
    QDBusConnection.disconnectFromBus("keep-awake-3")


def test_without_a_session_bus_it_logs_once_and_carries_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    inhibitor = DBusScreenSaver(QDBusConnection("not-connected"))
    with caplog.at_level(logging.INFO, logger="massage_timer.ui.keep_awake"):
        inhibitor.inhibit()
        inhibitor.release()
        inhibitor.inhibit()
    assert not inhibitor.active
    assert [r.getMessage() for r in caplog.records] == [
        "cannot keep the screen awake (no D-Bus session bus); carrying on without"
    ]


@pytest.mark.usefixtures("no_modal_dialogs")
def test_every_session_of_an_evening_keeps_the_screen_awake(
    qtbot: QtBot, standin: str, isolated_dirs: Path, clock: FakeClock
) -> None:
    """Three sessions in one window (finished, stopped, then a third): each one inhibits.
    The second one used to raise inside start_session and never inhibited."""
    from PySide6.QtCore import Qt

    from tests.ui_helpers import RecordingAnnouncer, accept_safety, make_window

    bus = connect(standin, "keep-awake-4")
    announcer = RecordingAnnouncer()
    window = make_window(qtbot, isolated_dirs, clock, announcer=announcer)
    window._inhibitor = DBusScreenSaver(bus)
    accept_safety(qtbot, window)
    for session in range(3):
        window.picker_page.focus_list()
        qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
        page = window.session_page
        assert page is not None
        started = announcer.events.count("StepStarted")
        qtbot.keyClick(page, Qt.Key.Key_Space)
        assert announcer.events.count("StepStarted") == started + 1, f"session {session + 1}"
        assert window.keep_awake.inhibitor.active, f"session {session + 1} let the screen blank"
        qtbot.keyClick(page, Qt.Key.Key_Escape)  # stop (the question is answered yes)
        assert not window.keep_awake.inhibitor.active
        qtbot.keyClick(window.finish_page, Qt.Key.Key_Return)  # back to the list
    cookies = [line for line in calls(bus) if line.startswith("Inhibit")]
    assert len(cookies) == 3
    assert len([line for line in calls(bus) if line.startswith("UnInhibit")]) == 3
    QDBusConnection.disconnectFromBus("keep-awake-4")
