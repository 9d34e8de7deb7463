"""Hands-free, part one: keys taught for a foot pedal or clicker, and media keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from massage_timer.core.keys import KeysError, checked, forget, learn
from massage_timer.core.settings import Settings, SettingsStore
from massage_timer.ui.controller import SessionController
from massage_timer.ui.dialogs import Confirm
from massage_timer.ui.key_learning import KeysPanel
from massage_timer.ui.main_window import MainWindow
from massage_timer.ui.session_page import SessionPage
from massage_timer.ui.sound_settings import SettingsDialog
from tests.conftest import FakeClock
from tests.ui_helpers import accept_safety, make_window

pytestmark = pytest.mark.usefixtures("no_modal_dialogs")
K = Qt.Key


# --- what is kept --------------------------------------------------------------------------


def test_learned_keys_are_kept_checked() -> None:
    keys = learn((), "next", "F13")
    keys = learn(keys, "toggle", "Media Play")
    assert keys == (("next", "F13"), ("toggle", "Media Play"))
    assert learn(keys, "back", "F13") == (("toggle", "Media Play"), ("back", "F13"))  # moved
    assert forget(keys, "next") == (("toggle", "Media Play"),)
    assert forget(keys) == ()
    assert checked([["next", "F13"]]) == (("next", "F13"),)


@pytest.mark.parametrize(
    "bad",
    [
        "F13",
        [["next"]],
        [["jump", "F13"]],
        [["next", ""]],
        [["next", "x" * 41]],
        [["next", "F\n13"]],
        [["next", 13]],
        [["next", "F13"], ["back", "F13"]],
        [["next", f"F{n}"] for n in range(17)],
    ],
)
def test_learned_keys_that_cannot_be_are_refused(bad: object) -> None:
    with pytest.raises(KeysError):
        checked(bad)


def test_learned_keys_survive_a_restart_and_a_bad_list_is_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"

    def write(target: Path, data: bytes) -> None:
        target.write_bytes(data)

    store = SettingsStore(path, write)
    store.save(Settings(keys=(("next", "F13"),)))
    assert SettingsStore(path, write).load().keys == (("next", "F13"),)
    path.write_text(json.dumps({"keys": [["next", "F13"], ["back", "F13"]]}))
    again = SettingsStore(path, write)
    assert again.load() == Settings()
    assert again.kept_as is not None


# --- learning a key -----------------------------------------------------------------------


@pytest.fixture
def panel(qtbot: QtBot) -> KeysPanel:
    made = KeysPanel((("back", "F14"),))
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_a_pedal_key_is_learned_and_shown(qtbot: QtBot, panel: KeysPanel) -> None:
    qtbot.mouseClick(panel.learn_buttons["next"], Qt.MouseButton.LeftButton)
    assert panel.listening == "next"
    assert "Press the key or pedal for “Next” now" in panel.status.text()
    with qtbot.waitSignal(panel.changed):
        qtbot.keyClick(panel, K.Key_F13)
    assert panel.learned == (("back", "F14"), ("next", "F13"))
    assert panel.listening is None
    assert panel.status.text() == "F13 now also means “Next”."
    assert panel.key_lists["next"].text().endswith("learned: F13")
    assert panel.learn_buttons["next"].accessibleName() == "Learn a key for Next"


def test_any_key_can_be_learned_even_tab_and_media_keys(qtbot: QtBot, panel: KeysPanel) -> None:
    panel.listen_for("toggle")
    qtbot.keyClick(panel, K.Key_Shift)  # a modifier alone is not an answer
    assert panel.listening == "toggle"
    qtbot.keyClick(panel, K.Key_Tab)  # what a pedal sends is taken, not focus moving
    assert ("toggle", "Tab") in panel.learned
    panel.listen_for("more_time")
    qtbot.keyClick(panel, K.Key_VolumeUp)
    assert ("more_time", "Volume Up") in panel.learned


def test_escape_learns_nothing_and_a_built_in_key_needs_no_learning(
    qtbot: QtBot, panel: KeysPanel
) -> None:
    panel.listen_for("next")
    qtbot.keyClick(panel, K.Key_Escape)
    assert panel.status.text() == "Nothing was learned."
    panel.listen_for("next")
    qtbot.keyClick(panel, K.Key_PageDown)
    assert panel.status.text() == "PgDown already does that."
    assert panel.learned == (("back", "F14"),)


def test_a_key_that_means_something_else_is_taken_only_after_asking(
    qtbot: QtBot, panel: KeysPanel, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    answer = [False]

    def ask(_parent: object, title: str, text: str, _yes: str, _no: str) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(Confirm, "ask", ask)
    panel.listen_for("next")
    qtbot.keyClick(panel, K.Key_H)
    assert asked == [
        "In a session, H already means “When to stop and call”. Use it for “Next” instead?"
    ]
    assert panel.learned == (("back", "F14"),)
    assert panel.status.text() == "H was left as it was."
    answer[0] = True
    panel.listen_for("next")
    qtbot.keyClick(panel, K.Key_F14)  # learned for Back: moved to Next after asking
    assert "already means “Back”" in asked[-1]
    assert panel.learned == (("next", "F14"),)
    qtbot.mouseClick(panel.forget_button, Qt.MouseButton.LeftButton)
    assert panel.learned == ()
    assert not panel.forget_button.isEnabled()


# --- in a session ---------------------------------------------------------------------------


def test_learned_and_media_keys_drive_the_session_twice_and_show_on_the_buttons(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    """Learned in Settings (Keys and pedal), saved with Save; then a pedal's F13 is Next
    and a headset's play button pauses, in two sessions of one evening."""
    window = make_window(qtbot, isolated_dirs, clock)
    window.resize(1280, 800)  # room for the key names on the buttons
    accept_safety(qtbot, window)
    dialog = SettingsDialog(window.settings, [], [], window)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(1)
    dialog.keys.listen_for("next")
    qtbot.keyClick(dialog.keys, K.Key_F13)
    dialog.keys.listen_for("toggle")
    qtbot.keyClick(dialog.keys, K.Key_F15)
    window.preferences._change(dialog.result_settings())
    saved = json.loads((isolated_dirs / "config" / "settings.json").read_text())
    assert saved["keys"] == [["next", "F13"], ["toggle", "F15"]]
    for _ in range(2):
        page, controller = start(qtbot, window)
        assert page.next_button.text().endswith("F13")
        assert page.play_button.text().endswith("F15")
        qtbot.keyClick(page, K.Key_F15)  # start
        assert controller.snapshot().state.name == "RUNNING"
        qtbot.keyClick(page, K.Key_F13)
        assert controller.snapshot().index == 1
        media_key(page, K.Key_MediaNext)
        assert controller.snapshot().index == 2
        media_key(page, K.Key_MediaPrevious)
        assert controller.snapshot().index == 1
        media_key(page, K.Key_MediaTogglePlayPause)
        assert controller.snapshot().state.name == "PAUSED"
        media_key(page, K.Key_MediaPlay)
        assert controller.snapshot().state.name == "RUNNING"
        qtbot.keyClick(page, K.Key_Right)  # the built-in keys still work
        assert controller.snapshot().index == 2
        qtbot.keyClick(page, K.Key_Escape)
        qtbot.keyClick(window.finish_page, K.Key_Return)


def media_key(widget: QWidget, key: Qt.Key) -> None:
    """A media key as a headset sends it (QTest cannot type one: it has no character)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


def start(qtbot: QtBot, window: MainWindow) -> tuple[SessionPage, SessionController]:
    window.picker_page.focus_list()
    qtbot.keyClick(window.picker_page.list, K.Key_Return)
    assert window.session_page is not None
    assert window.controller is not None
    return window.session_page, window.controller


def test_every_other_session_key_is_named_for_the_question_before_taking_it(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock
) -> None:
    """The keys a session knows beside the four actions are exactly those the Keys and
    pedal tab can name when it asks before taking one (two lists that must not drift)."""
    from massage_timer.ui.session_keys import BUILT_IN, other_keys, session_keys

    window = make_window(qtbot, isolated_dirs, clock)
    accept_safety(qtbot, window)
    page, _ = start(qtbot, window)
    actions = {key for keys in BUILT_IN.values() for key in keys}
    assert set(session_keys(page)) - actions == set(other_keys())
