"""What each key does during a session. Presenter clickers send Page Up/Down, B, F5 and
Esc; pedals and other "any key" devices can send any key, which the person teaches the app
(Settings, Keys and pedal); media keys and headset buttons play, pause and skip.

Keys are named in settings.json as Qt's portable text ("F13", "Media Play"); shown to a
person in the interface's own words ("Av Pág" in Spanish)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from massage_timer.core.keys import ACTIONS, Action, Learned
from massage_timer.ui.i18n import translate

if TYPE_CHECKING:
    from massage_timer.ui.session_page import SessionPage

K = Qt.Key

# The built-in keys of the four actions a pedal or clicker is taught.
BUILT_IN: dict[Action, tuple[Qt.Key, ...]] = {
    "next": (K.Key_Right, K.Key_PageDown, K.Key_MediaNext),
    # start, pause, resume; on a waiting step, go on. B, . and F5: clickers' buttons.
    "toggle": (
        K.Key_Space,
        K.Key_B,
        K.Key_Period,
        K.Key_F5,
        K.Key_MediaPlay,
        K.Key_MediaPause,
        K.Key_MediaTogglePlayPause,
    ),
    "back": (K.Key_Left, K.Key_PageUp, K.Key_MediaPrevious),
    "more_time": (K.Key_Plus, K.Key_Equal),  # '=' is '+' without Shift
}


def action_name(action: Action) -> str:
    return {
        "next": translate("Keys", "Next"),
        "toggle": translate("Keys", "Start, pause and go on"),
        "back": translate("Keys", "Back"),
        "more_time": translate("Keys", "30 seconds more"),
    }[action]


def other_keys() -> dict[Qt.Key, str]:
    """The session's keys that are none of the four actions, with what each does."""
    return {
        K.Key_Return: translate("Keys", "Go on from a step that waits"),
        K.Key_Enter: translate("Keys", "Go on from a step that waits"),
        K.Key_R: translate("Keys", "Restart the step"),
        K.Key_Escape: translate("Keys", "Stop"),
        K.Key_H: translate("Keys", "When to stop and call"),
        K.Key_L: translate("Keys", "Say the time left"),
        K.Key_F11: translate("Keys", "Full screen"),
        K.Key_N: translate("Keys", "Night and day"),
        K.Key_T: translate("Keys", "Adjust timings"),
        K.Key_Up: translate("Keys", "Scroll the instruction"),
        K.Key_Down: translate("Keys", "Scroll the instruction"),
    }


def key_name(key: int) -> str:
    """A key as settings.json keeps it ("F13", "Media Play")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.PortableText)


def key_from_name(name: str) -> Qt.Key | None:
    """The key a kept name stands for; None for a name this Qt does not know."""
    sequence = QKeySequence.fromString(name, QKeySequence.SequenceFormat.PortableText)
    if sequence.count() != 1:
        return None
    combination = sequence[0]  # type: ignore[index]  # QKeySequence is indexable
    if combination.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        return None
    key = combination.key()
    return None if key == K.Key_unknown else key


def shown_name(key: int) -> str:
    """A key as a person reads it, in the interface's language."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def learned_keys(learned: Learned) -> dict[Qt.Key, Action]:
    """The learned keys this Qt knows, each with its action."""
    keys: dict[Qt.Key, Action] = {}
    for action, name in learned:
        key = key_from_name(name)
        if key is not None:
            keys[key] = action
    return keys


def session_keys(page: SessionPage, learned: Learned = ()) -> dict[Qt.Key, Callable[[], object]]:
    """Key to action, for ``page`` and its controller; learned keys win over built-in ones."""
    controller = page.controller
    actions: Mapping[Action, Callable[[], object]] = {
        "next": page.next_pressed,
        "toggle": controller.toggle,
        "back": controller.previous,
        "more_time": controller.add_time,  # 30 seconds more
    }
    keys: dict[Qt.Key, Callable[[], object]] = {
        key: actions[action] for action in ACTIONS for key in BUILT_IN[action]
    }
    keys |= {
        K.Key_Return: page.enter_pressed,
        K.Key_Enter: page.enter_pressed,
        K.Key_R: controller.restart_step,
        K.Key_Escape: page.stop_requested.emit,
        K.Key_H: page.safety_requested.emit,
        K.Key_L: page.time_left_pressed,  # says where the session is, and how long is left
        K.Key_F11: page.fullscreen_requested.emit,
        K.Key_N: page.theme_toggle_requested.emit,
        K.Key_T: page.timings_pressed,
        K.Key_Up: page.instruction.scroll_up,  # a long instruction
        K.Key_Down: page.instruction.scroll_down,
    }
    keys |= {key: actions[action] for key, action in learned_keys(learned).items()}
    return keys
