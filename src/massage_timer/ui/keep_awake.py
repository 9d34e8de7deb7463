"""Keeping the screen on while a session runs (a 10-minute routine outlasts many screensavers).

On Linux this asks the desktop through the freedesktop ScreenSaver D-Bus interface; on
Windows through SetThreadExecutionState; on macOS through an IOKit power assertion. Without
a way to ask (no session bus, no service), it logs that once and the session carries on.
`KeepAwake` follows a session through its snapshots: on while it runs or waits, off when it
ends, and off when it has stayed paused for a few minutes.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, Qt, QTimer

from massage_timer.core.identity import APP_ID
from massage_timer.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    from massage_timer.core.engine import Snapshot, State

log = logging.getLogger(__name__)


def reason() -> str:
    """Why the screen is kept on, as the desktop may show it."""
    return translate("KeepAwake", "A guided massage session is running")


PAUSE_GRACE_MS = 3 * 60 * 1000

_SERVICE = "org.freedesktop.ScreenSaver"
_PATH = "/org/freedesktop/ScreenSaver"


class Inhibitor(Protocol):
    """Something that can keep the screen from blanking."""

    @property
    def active(self) -> bool: ...

    def inhibit(self) -> None: ...

    def release(self) -> None: ...


class DBusScreenSaver:
    """org.freedesktop.ScreenSaver Inhibit/UnInhibit over QtDBus."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        self._bus = bus
        self._cookie: int | None = None
        self._unavailable_logged = False

    @property
    def active(self) -> bool:
        return self._cookie is not None

    def _interface(self) -> QDBusInterface | None:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface  # only when a session runs

        bus = self._bus if self._bus is not None else QDBusConnection.sessionBus()
        reason = ""
        if not bus.isConnected():
            reason = "no D-Bus session bus"
        elif not bus.interface().isServiceRegistered(_SERVICE).value():
            reason = f"no {_SERVICE} service on the session bus"
        else:
            interface = QDBusInterface(_SERVICE, _PATH, _SERVICE, bus)
            if interface.isValid():
                return interface
            reason = interface.lastError().message() or "the service did not answer"
        if not self._unavailable_logged:
            log.info("cannot keep the screen awake (%s); carrying on without", reason)
            self._unavailable_logged = True
        return None

    def inhibit(self) -> None:
        if self._cookie is not None:
            return
        interface = self._interface()
        if interface is None:
            return
        reply = interface.call("Inhibit", APP_ID, reason())
        arguments = reply.arguments()
        if arguments and isinstance(arguments[0], int):
            self._cookie = arguments[0]
            log.info("screen kept awake (cookie %d)", self._cookie)
        else:
            log.warning("the screensaver refused to stay off: %s", reply.errorMessage())

    def release(self) -> None:
        if self._cookie is None:
            return
        cookie, self._cookie = self._cookie, None
        interface = self._interface()
        if interface is None:
            return
        # UnInhibit takes a uint32; a plain call would send a Python int as int32 and miss
        # the method, so call through the interface's introspected meta-object.
        QMetaObject.invokeMethod(
            interface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
        )
        error = interface.lastError()
        if error.isValid():
            log.warning("could not let the screensaver back on: %s", error.message())
        else:
            log.info("screen may blank again")


class WindowsExecutionState:
    """SetThreadExecutionState: the display stays on while the flag is set."""

    _CONTINUOUS, _SYSTEM, _DISPLAY = 0x80000000, 0x00000001, 0x00000002

    def __init__(self) -> None:
        self._active = False

    @property
    def active(self) -> bool:
        return self._active

    def _set(self, flags: int) -> bool:
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
        return bool(kernel32.SetThreadExecutionState(ctypes.c_uint(flags)))

    def inhibit(self) -> None:
        if not self._active:
            self._active = self._set(self._CONTINUOUS | self._SYSTEM | self._DISPLAY)

    def release(self) -> None:
        if self._active:
            self._set(self._CONTINUOUS)
            self._active = False


class MacPowerAssertion:
    """IOPMAssertionCreateWithName(kIOPMAssertPreventUserIdleDisplaySleep)."""

    def __init__(self) -> None:
        self._id: object | None = None

    @property
    def active(self) -> bool:
        return self._id is not None

    def inhibit(self) -> None:
        if self._id is not None:
            return
        import ctypes

        try:
            iokit = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/IOKit.framework/IOKit")
            cf = ctypes.cdll.LoadLibrary(
                "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"
            )
            cf.CFStringCreateWithCString.restype = ctypes.c_void_p
            cf.CFStringCreateWithCString.argtypes = [
                ctypes.c_void_p,
                ctypes.c_char_p,
                ctypes.c_uint32,
            ]

            def cfstr(text: str) -> ctypes.c_void_p:
                return ctypes.c_void_p(
                    cf.CFStringCreateWithCString(None, text.encode(), 0x08000100)
                )

            assertion = ctypes.c_uint32(0)
            result = iokit.IOPMAssertionCreateWithName(
                cfstr("PreventUserIdleDisplaySleep"),
                ctypes.c_uint32(255),
                cfstr(reason()),
                ctypes.byref(assertion),
            )
        except OSError as exc:
            log.info("cannot keep the screen awake (%s); carrying on without", exc)
            return
        if result == 0:
            self._id = assertion

    def release(self) -> None:
        if self._id is None:
            return
        import ctypes

        iokit = ctypes.cdll.LoadLibrary("/System/Library/Frameworks/IOKit.framework/IOKit")
        iokit.IOPMAssertionRelease(self._id)
        self._id = None


def platform_inhibitor() -> Inhibitor:
    if sys.platform == "win32":
        return WindowsExecutionState()
    if sys.platform == "darwin":
        return MacPowerAssertion()
    return DBusScreenSaver()


class KeepAwake(QObject):
    """Keeps the screen on while a session runs or waits; lets it rest otherwise."""

    def __init__(
        self,
        inhibitor: Inhibitor,
        *,
        pause_grace_ms: int = PAUSE_GRACE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.inhibitor = inhibitor
        self.grace = QTimer(self)
        self.grace.setSingleShot(True)
        self.grace.setInterval(pause_grace_ms)
        self.grace.timeout.connect(self._paused_too_long)
        self._state: State | None = None

    def update(self, snapshot: Snapshot) -> None:
        """A session's snapshot: act when its state changes (not on every second)."""
        if snapshot.state is self._state:
            return
        from massage_timer.core.engine import State

        state = self._state = snapshot.state
        if state in (State.RUNNING, State.WAITING):
            self.grace.stop()
            self.inhibitor.inhibit()
        elif state is State.PAUSED:
            if self.inhibitor.active and not self.grace.isActive():
                self.grace.start()
        else:
            self.release()

    def _paused_too_long(self) -> None:
        log.info("paused for a while; letting the screen rest")
        self.inhibitor.release()

    def release(self) -> None:
        """Let the screen rest (the session ended or was left); the next one starts afresh."""
        self._state = None
        self.grace.stop()
        self.inhibitor.release()
