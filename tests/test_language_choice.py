"""Choosing the language in the app: Language… on the first two screens, the change made at
once and remembered, and the routine list in the language chosen."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from massage_timer.ui.dialogs import LanguageDialog
from massage_timer.ui.main_window import MainWindow
from tests.conftest import FakeClock
from tests.ui_helpers import RecordingAnnouncer, accept_safety, make_window

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    from massage_timer.ui.i18n import apply_language

    apply_language("en_GB")


def choose(monkeypatch: pytest.MonkeyPatch, *settings: str) -> list[str]:
    """LanguageDialog answers with each of ``settings`` in turn; returns what it was shown."""
    wanted = list(settings)
    asked: list[str] = []

    def answer(_parent: object, setting: str) -> str:
        asked.append(setting)
        return wanted.pop(0)

    monkeypatch.setattr(LanguageDialog, "choose", answer)
    return asked


def card_texts(window: MainWindow) -> list[str]:
    page = window.picker_page
    cards = [page.list.itemWidget(page.list.item(row)) for row in range(page.list.count())]
    return [" | ".join(label.text() for label in card.findChildren(QLabel)) for card in cards]


def saved_language(home: Path) -> str:
    return str(json.loads((home / "config" / "settings.json").read_text("utf-8"))["language"])


def run_one_step(qtbot: QtBot, window: MainWindow, clock: FakeClock) -> str:
    """Start the selected routine with Enter and Space; the first step's title."""
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, Qt.Key.Key_Return)
    assert window.controller is not None
    assert window.session_page is not None
    qtbot.keyClick(window.session_page, Qt.Key.Key_Space)
    clock.advance(5)
    title = window.controller.snapshot().step.title
    qtbot.keyClick(window.session_page, Qt.Key.Key_Escape)  # stop (the question says yes)
    assert window.pages.currentWidget() is window.finish_page
    qtbot.keyClick(window.finish_page, Qt.Key.Key_Return)  # back to the routines
    return title


def test_the_language_changes_at_once_is_remembered_and_sessions_run_in_it(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the safety screen to Spanish: the safety text in Spanish at once; then the list
    in Spanish, with the Spanish routines first and the others marked; a session in
    Spanish, twice; then from the list to US English, and a session in it."""
    asked = choose(monkeypatch, "es", "en_US")
    announcer = RecordingAnnouncer()
    window = make_window(qtbot, isolated_dirs, clock, announcer=announcer)
    old_safety = window.safety_page
    window.safety_page.language_button.click()
    assert asked == ["system"]
    assert window.safety_page is not old_safety
    assert window.pages.currentWidget() is window.safety_page
    assert "Antes de empezar" in window.safety_page.text_view.toPlainText()
    assert "Llamen ahora a su maternidad" in window.safety_page.text_view.toPlainText()
    assert window.safety_page.continue_button.text() == "Continuar"
    qtbot.waitUntil(lambda: window.focusWidget() is window.safety_page.text_view)
    assert "Idioma: Español" in window.notice.text()
    assert saved_language(isolated_dirs) == "es"

    accept_safety(qtbot, window)
    cards = card_texts(window)
    assert cards[0].startswith("Alivio suave para la parte baja de la espalda")
    assert next(c for c in cards if "en English (UK)" in c).startswith("Gentle lower-back comfort")
    assert sum("Alivio" in c or "Práctica" in c for c in cards[:3]) == 3
    assert not any("en " in c.split(" | ")[-1] for c in cards[:3])  # no mark on her own
    for _ in range(2):  # an evening: the same Spanish routine twice
        assert run_one_step(qtbot, window, clock) == "Acomódense con seguridad"
        assert window.pages.currentWidget() is window.picker_page
    assert "speak in es" in announcer.events

    window.picker_page.language_button.click()
    assert asked == ["system", "es"]
    assert window.pages.currentWidget() is window.picker_page
    qtbot.waitUntil(lambda: window.focusWidget() is window.picker_page.list)
    cards = card_texts(window)
    assert cards[0].startswith("Gentle lower-back comfort")
    assert "When labor may be starting" not in cards[0]
    assert window.picker_page.start_button.text() == "Start"
    assert run_one_step(qtbot, window, clock) == "Settle in safely"
    assert window.controller is None or window.controller.routine.language == "en-US"
    assert "speak in en-US" in announcer.events
    assert saved_language(isolated_dirs) == "en_US"


def test_cancelling_or_choosing_the_same_language_changes_nothing(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, isolated_dirs, clock)
    page = window.safety_page
    monkeypatch.setattr(LanguageDialog, "choose", lambda *_args: None)
    page.language_button.click()
    monkeypatch.setattr(LanguageDialog, "choose", lambda *_args: "system")
    page.language_button.click()
    assert window.safety_page is page
    assert page.continue_button.text() == "Continue"


def test_the_dialog_names_each_language_in_itself_and_works_by_keyboard(qtbot: QtBot) -> None:
    """Down to Español, Enter: "es". The list says each language in its own words, with
    the system's choice first; Escape leaves it as it was."""
    from PySide6.QtWidgets import QDialog

    dialog = LanguageDialog("system")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    names = [dialog.choices.item(row).text() for row in range(dialog.choices.count())]
    assert names[0].startswith("This computer's language (")
    assert set(names[1:]) == {"English (UK)", "English (US)", "Español"}
    assert dialog.focusWidget() is dialog.choices  # the keys go to the list
    assert dialog.chosen() == "system"
    for _ in range(names.index("Español")):
        qtbot.keyClick(dialog.choices, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.choices, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen() == "es"

    again = LanguageDialog("es")
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.chosen() == "es"  # the current setting is selected
    qtbot.keyClick(again.choices, Qt.Key.Key_Escape)
    assert again.result() == QDialog.DialogCode.Rejected


def test_the_voice_says_the_apps_own_sentences_in_the_routines_language(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    """An English screen and a Spanish routine: the Spanish voice says "A continuación" and
    L in Spanish (a Spanish voice reading "Next: ..." would be gibberish); the screen
    reader, which speaks the screen's language, gets the English sentence."""
    from massage_timer.ui.i18n import translate, voice_language

    said, length = voice_language("es")
    assert said("Announcements", "Next: %1") == "A continuación: %1"
    assert length(90) == "1 minuto 30 segundos"
    assert length(1) == "1 segundo"
    assert voice_language("en-GB")[0] is translate
    assert voice_language("fr")[0] is translate  # no catalogue: the screen's language
    us, _ = voice_language("en-US")
    assert us("Safety", "Her maternity unit: %1") == "Her labor and delivery unit: %1"

    announcer = RecordingAnnouncer()
    window = make_window(qtbot, isolated_dirs, clock, announcer=announcer)
    accept_safety(qtbot, window)
    spanish = next(
        e for e in window.picker_page.entries() if e.path.name == "gentle-lower-back.es.yaml"
    )
    window.start_session(spanish.report.routine, spanish.path)
    page = window.session_page
    assert page is not None
    spoken: list[str] = []
    page.time_left_requested.connect(spoken.append)
    qtbot.keyClick(page, Qt.Key.Key_Space)
    clock.advance(15)
    qtbot.keyClick(page, Qt.Key.Key_L)
    assert spoken == ["paso 1 de 9, Acomódense con seguridad. Tiempo restante: 45 segundos."]
    assert page.accessibleName() == "45 seconds left of step 1 of 9, Acomódense con seguridad."
