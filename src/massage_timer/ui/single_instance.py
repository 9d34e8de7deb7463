"""One Massage Timer per desktop session: started again, it brings the open window forward.

Two copies would play two sessions' chimes and voices over each other, so the first copy
owns the app's id as a name on the D-Bus session bus, as desktop apps do, and answers
`Activate` there. A second copy finds the name taken, asks the first to come to the front
and ends. Without a session bus (a bare X server, tests) every copy runs on its own; if the
first copy does not answer within two seconds, the second runs anyway (better two windows
than none).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import ClassInfo, QObject, Slot

from massage_timer.core.identity import APP_ID

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection

log = logging.getLogger(__name__)

PATH = "/" + APP_ID.replace(".", "/")
ANSWER_MS = 2000


class Front(QObject):
    """What the first copy exports on the bus: Activate() brings its window forward."""

    def __init__(self, bring_forward: Callable[[], None]) -> None:
        super().__init__()
        self._bring_forward = bring_forward

    @Slot()
    def Activate(self) -> None:
        log.info("started again: bringing the window to the front")
        self._bring_forward()


# The D-Bus interface name Qt exports the slot under (a decorator mypy cannot type).
Front = ClassInfo({"D-Bus Interface": APP_ID})(Front)  # type: ignore[call-arg,operator,misc]


class Instance:
    """This copy's place on the session bus, if it has one."""

    def __init__(self, bus: QDBusConnection | None = None) -> None:
        from PySide6.QtDBus import QDBusConnection

        self._bus = bus if bus is not None else QDBusConnection.sessionBus()
        self._front: Front | None = None
        self.owner = False

    def claim(self) -> bool:
        """True when this copy should run: it owns the name, there is no bus, or the copy
        that owns it did not answer. False when that copy was asked to come forward."""
        from PySide6.QtDBus import QDBusInterface

        if not self._bus.isConnected():
            return True
        # Not queued, not replacing: the name is ours now, or another copy has it.
        if self._bus.registerService(APP_ID):
            self.owner = True
            return True
        other = QDBusInterface(APP_ID, PATH, APP_ID, self._bus)
        other.setTimeout(ANSWER_MS)
        answer = other.call("Activate")
        if answer.errorName():
            log.warning(
                "another Massage Timer holds %s but did not answer (%s); starting anyway",
                APP_ID,
                answer.errorMessage() or answer.errorName(),
            )
            return True
        return False

    def serve(self, bring_forward: Callable[[], None]) -> None:
        """Answer later copies' Activate calls by calling ``bring_forward``."""
        from PySide6.QtDBus import QDBusConnection

        if not self.owner:
            return
        self._front = Front(bring_forward)
        options = QDBusConnection.RegisterOption.ExportAllSlots
        if not self._bus.registerObject(PATH, self._front, options):
            log.warning("cannot answer on the session bus: %s", self._bus.lastError().message())
