"""Every screen with an interface ~40 % longer and accented (a pseudo-translation of every
message, scripts/pseudo_locale.py), and mirrored right to left: the same clipping checks
as in English hold, at 800x600 and 1280x800, and nothing assumes left to right."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from massage_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.test_everyday import test_every_dialog_fits_a_small_screen as every_dialog_fits
from tests.test_window import test_nothing_is_clipped_and_the_countdown_is_largest as all_fit
from tests.ui_helpers import accept_safety, make_window

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture
def pseudo(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The pseudo-translation installed over English, for one test."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import pseudo_locale
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    translator = QTranslator()
    assert translator.load(str(pseudo_locale.build(tmp_path)))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def window(pseudo: None, qtbot: QtBot, isolated_dirs: Path, clock: FakeClock) -> MainWindow:
    return make_window(qtbot, isolated_dirs, clock)


@pytest.fixture
def right_to_left(qapp: QApplication) -> Iterator[None]:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_the_pseudo_translation_is_really_shown(qtbot: QtBot, window: MainWindow) -> None:
    accept_safety(qtbot, window)
    assert window.picker_page.start_button.text().startswith("[")
    assert "~~" in window.picker_page.heading.text()


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_longer_text_is_never_clipped(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    all_fit(qtbot, window, size)


def test_longer_text_in_dialogs_is_never_clipped(qtbot: QtBot, window: MainWindow) -> None:
    every_dialog_fits(qtbot, window, 100)


@pytest.mark.parametrize("size", [(1280, 800), (800, 600)])
def test_right_to_left_mirrors_the_screens(
    qtbot: QtBot, right_to_left: None, window: MainWindow, size: tuple[int, int]
) -> None:
    """Start sits at the left edge and Next at the left, the countdown stays centred, and
    nothing is clipped."""
    window.resize(*size)
    accept_safety(qtbot, window)
    picker = window.picker_page
    QApplication.processEvents()
    start = picker.start_button.mapTo(window, picker.start_button.rect().center())
    assert start.x() < window.width() / 2, "Start should be on the left, right to left"
    all_fit(qtbot, window, size)
