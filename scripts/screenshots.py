"""Render every screen offscreen to docs/screenshots/*.png (for eyes and the README).

By default: 1280x800 in the night look (NAME.png) and the day look (NAME-day.png), and
800x600 in both (NAME-small.png, NAME-small-day.png). The session is also shown just after
N switched the look (session-after-n*.png): nothing may change size. Time is faked, so the
pictures show the same moments on every run. --size and --out render one set elsewhere.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from massage_timer import paths
from massage_timer.core.i18n import LANGUAGES, TRANSLATING, fill
from massage_timer.core.settings import Settings, Theme
from massage_timer.ui.i18n import apply_language, shown_language, translate
from massage_timer.ui.main_window import MainWindow
from massage_timer.ui.sound_settings import SettingsDialog

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE_PHONE = "01632 960 123"  # Ofcom keeps 01632 960xxx for drama: nobody answers it


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class NoInhibitor:
    active = False

    def inhibit(self) -> None:
        pass

    def release(self) -> None:
        pass


def render(out: Path, size: tuple[int, int], look: Theme, suffix: str = "") -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    clock = FakeClock()
    window = MainWindow(clock=clock, inhibitor=NoInhibitor())
    window.settings = Settings(theme=look)
    window.apply_theme()
    window.resize(*size)
    window.show()

    def shot(name: str) -> None:
        import time

        for _ in range(3):
            app.processEvents()
        page = window.session_page
        deadline = time.monotonic() + 10
        while page is not None and page.picture.waiting and time.monotonic() < deadline:
            app.processEvents()  # pictures are drawn on a worker thread
        for _ in range(2):
            app.processEvents()
        path = out / f"{name}{suffix}.png"
        window.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

    shot("safety")
    bar = window.safety_page.text_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    window.safety_page.acknowledge.setChecked(True)
    shot("safety-end")
    # The couple adds her maternity unit's number (a number kept for drama, not a real one).
    window.settings = window.settings._replace(maternity_phone=EXAMPLE_PHONE)
    window.safety_page.set_phone(EXAMPLE_PHONE)
    window.safety_page.accepted.emit()
    shot("picker")
    entry = window.picker_page.current_entry()
    assert entry is not None
    assert entry.report.routine is not None
    routine_title = entry.report.routine.title
    window.start_session(entry.report.routine, entry.path)
    controller = window.controller
    assert controller is not None
    controller.start()
    controller.next()
    controller.next()
    clock.now += 37.4
    controller.changed.emit(controller.snapshot())
    shot("session-running")
    window.toggle_theme()
    shot("session-after-n")
    window.toggle_theme()
    controller.pause()
    shot("session-paused")
    controller.resume()
    controller.add_time(30)
    for _ in range(6):
        controller.next()
    clock.now += 60
    controller.deadline_timer.timeout.emit()
    shot("session-wait-step")
    clock.now += 5
    controller.next()
    shot("finish")
    window.tell(fill(translate("Timings", "Your timings for %1 are saved."), routine_title))
    shot("message")

    from massage_timer.core.safety import safety_text
    from massage_timer.ui.dialogs import (
        AboutDialog,
        LanguageDialog,
        PhoneDialog,
        SafetyListDialog,
    )
    from massage_timer.ui.timings_editor import TimingsDialog

    routine = entry.report.routine
    assert routine is not None
    durations = [step.duration for step in routine.steps]
    durations[2], durations[5] = 120, 135
    for name, dialog in (
        ("timings-editor", TimingsDialog(routine, durations, window)),
        (
            "stop-and-call",
            SafetyListDialog(
                safety_text(shown_language()), window.colours.warning, EXAMPLE_PHONE, window
            ),
        ),
        ("phone", PhoneDialog(EXAMPLE_PHONE, window)),
        ("about", AboutDialog(window)),
        ("sound", SettingsDialog(window.settings, [], [], window)),
        ("keys", _keys_tab(SettingsDialog(window.settings, [], [], window))),
        ("language", LanguageDialog(window.settings.language, window)),
        ("finish-early", _question(window)),
    ):
        dialog.show()
        for _ in range(3):
            app.processEvents()
        path = out / f"{name}{suffix}.png"
        dialog.grab().save(str(path))
        print(f"wrote {path}")
        dialog.close()
    window.close()
    window.deleteLater()


def _keys_tab(dialog: SettingsDialog) -> SettingsDialog:
    """Settings on its Keys and pedal tab, with a pedal's key learned for Next."""
    dialog.keys.listen_for("next")
    dialog.keys.caught(Qt.Key.Key_F13)
    dialog.tabs.setCurrentIndex(1)
    return dialog


def _question(window: MainWindow) -> QWidget:
    """The question Next asks on the last step, as `dialogs.Confirm` builds it."""
    from PySide6.QtWidgets import QMessageBox

    from massage_timer.ui.dialogs import _message_box

    box = _message_box(
        window,
        translate("Session", "Finish the session?"),
        translate("Session", "This is the last step. Finish the session now?"),
    )
    box.setIcon(QMessageBox.Icon.Question)
    keep = box.addButton(translate("Session", "Keep going"), QMessageBox.ButtonRole.RejectRole)
    box.addButton(translate("Session", "Finish now"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    return box


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="1280x800")
    parser.add_argument("--out", type=Path, help="default: docs/screenshots (es: .../es)")
    parser.add_argument("--look", choices=["night", "day"], default="night")
    parser.add_argument(
        "--language",
        default="en_GB",
        help="a language code (es, en_US), also one still being translated, or pseudo",
    )
    args = parser.parse_args()
    width, height = (int(n) for n in args.size.split("x"))
    paths.set_identity()
    QApplication.instance() or QApplication(sys.argv[:1])
    if args.language == "pseudo":  # every message longer and accented
        import tempfile

        from pseudo_locale import build  # beside this script
        from PySide6.QtCore import QCoreApplication, QTranslator

        translator = QTranslator(QCoreApplication.instance())
        translator.load(str(build(Path(tempfile.mkdtemp()))))
        QCoreApplication.installTranslator(translator)
    else:
        apply_language(args.language, (*LANGUAGES, *TRANSLATING))
    docs = ROOT / "docs" / "screenshots"
    full_set = args.out is None and args.size == "1280x800"
    if args.out is None:
        args.out = docs if args.language == "en_GB" else docs / args.language
    args.out.mkdir(parents=True, exist_ok=True)
    if not full_set:
        render(args.out, (width, height), args.look)
        return 0
    for size, small in (((1280, 800), ""), ((800, 600), "-small")):
        render(args.out, size, "night", suffix=small)
        render(args.out, size, "day", suffix=f"{small}-day")
    return 0


if __name__ == "__main__":
    sys.exit(main())
