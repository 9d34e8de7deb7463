"""A stand-in org.freedesktop.ScreenSaver service for tests, run as its own process.

It answers Inhibit with cookies from 42 up, accepts UnInhibit, and reports every call
through an extra method, Calls(), so a test can ask what reached the "desktop".
"""

from __future__ import annotations

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection


class ScreenSaver(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.cookie = 41
        self.calls: list[str] = []

    @Slot(str, str, result="uint")
    def Inhibit(self, app_name: str, reason: str) -> int:
        self.cookie += 1
        self.calls.append(f"Inhibit {app_name} | {reason} -> {self.cookie}")
        return self.cookie

    @Slot("uint")
    def UnInhibit(self, cookie: int) -> None:
        self.calls.append(f"UnInhibit {cookie}")

    @Slot(result="QStringList")
    def Calls(self) -> list[str]:
        return list(self.calls)


# The D-Bus interface name Qt exports the slots under (a decorator mypy cannot type).
ScreenSaver = ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})(ScreenSaver)  # type: ignore[call-arg,operator,misc]


def main() -> int:
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    service = ScreenSaver()
    registered = bus.registerObject(
        "/org/freedesktop/ScreenSaver", service, QDBusConnection.RegisterOption.ExportAllSlots
    ) and bus.registerService("org.freedesktop.ScreenSaver")
    print("ready" if registered else "failed", flush=True)
    return app.exec() if registered else 1


if __name__ == "__main__":
    sys.exit(main())
