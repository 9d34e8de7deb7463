"""Keys and pedal: teach the app the key a foot pedal, clicker or headset sends, for the
four actions a partner needs with busy hands (Next, Start and pause, Back, 30 s more).

"Learn a key…" listens for the next key (any key, media keys too); Esc cancels. A key that
already means something else in a session is taken only after asking.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from massage_timer.core.i18n import fill
from massage_timer.core.keys import ACTIONS, Action, Learned, for_action, forget, learn
from massage_timer.ui.i18n import translate
from massage_timer.ui.session_keys import (
    BUILT_IN,
    action_name,
    key_from_name,
    key_name,
    learned_keys,
    other_keys,
    shown_name,
)
from massage_timer.ui.widgets import plain_label

K = Qt.Key
NOT_ON_THEIR_OWN = frozenset(
    {
        K.Key_Shift,
        K.Key_Control,
        K.Key_Alt,
        K.Key_AltGr,
        K.Key_Meta,
        K.Key_Super_L,
        K.Key_Super_R,
        K.Key_CapsLock,
        K.Key_NumLock,
        K.Key_unknown,
    }
)


class KeysPanel(QWidget):
    """Signals: changed() when a key was learned or forgotten (``learned`` holds them)."""

    changed = Signal()

    def __init__(self, learned: Learned, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysPanel")
        self.learned = learned
        self.listening: Action | None = None
        explain = plain_label(
            translate(
                "Keys",
                "A foot pedal, a clicker or a headset button sends a key. Press “Learn a "
                "key…”, then the pedal: it works beside the keys below, and is shown on the "
                "session's buttons.",
            ),
            size=13,
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.key_lists: dict[Action, QLabel] = {}
        self.learn_buttons: dict[Action, QPushButton] = {}
        for row, action in enumerate(ACTIONS):
            name = plain_label(action_name(action), size=14, bold=True)
            keys = plain_label(size=13, role="muted")
            button = QPushButton(translate("Keys", "Learn a key…"))
            button.setAccessibleName(
                fill(translate("Keys", "Learn a key for %1"), action_name(action))
            )
            button.clicked.connect(self._learn_clicked)
            button.setProperty("action", action)
            grid.addWidget(name, row, 0)
            grid.addWidget(keys, row, 1)
            grid.addWidget(button, row, 2)
            self.key_lists[action] = keys
            self.learn_buttons[action] = button
        grid.setColumnStretch(1, 1)
        self.status = plain_label(size=14, bold=True)
        self.status.setAccessibleName(translate("Keys", "What was learned"))
        self.forget_button = QPushButton(translate("Keys", "Forget the learned keys"))
        self.forget_button.clicked.connect(self.forget_all)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(grid)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.forget_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._show_keys()

    def _show_keys(self) -> None:
        for action, label in self.key_lists.items():
            built_in = [shown_name(key) for key in BUILT_IN[action]]
            taught = [
                shown_name(key)
                for name in for_action(self.learned, action)
                if (key := key_from_name(name))
            ]
            text = ", ".join(built_in)
            if taught:
                text = fill(translate("Keys", "%1  ·  learned: %2"), text, ", ".join(taught))
            label.setText(text)
        self.forget_button.setEnabled(bool(self.learned))

    def _learn_clicked(self) -> None:
        button = self.sender()
        action = button.property("action") if isinstance(button, QPushButton) else None
        if action in ACTIONS:
            self.listen_for(action)

    def listen_for(self, action: Action) -> None:
        """Take the next key pressed as ``action``'s (Esc: nothing)."""
        self.listening = action
        self.status.setText(
            fill(
                translate("Keys", "Press the key or pedal for “%1” now (Esc: cancel)."),
                action_name(action),
            )
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Clicking elsewhere while listening: nothing is learned."""
        super().focusOutEvent(event)
        if self.listening is not None and event.reason() != Qt.FocusReason.PopupFocusReason:
            self._stop_listening()
            self.status.setText(translate("Keys", "Nothing was learned."))

    def _stop_listening(self) -> None:
        self.listening = None
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def event(self, event: QEvent) -> bool:
        # While listening, every key is the answer, Tab and Enter too (not focus or OK).
        if self.listening is not None and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress and not event.isAutoRepeat():
                self.caught(Qt.Key(event.key()))
            return True
        return super().event(event)

    def caught(self, key: Qt.Key) -> None:
        """A key pressed while listening."""
        action = self.listening
        if action is None or key in NOT_ON_THEIR_OWN:
            return
        self._stop_listening()
        self.learn_buttons[action].setFocus(Qt.FocusReason.OtherFocusReason)
        name = shown_name(key)
        if key == K.Key_Escape:
            self.status.setText(translate("Keys", "Nothing was learned."))
            return
        if key in BUILT_IN[action] or learned_keys(self.learned).get(key) == action:
            self.status.setText(fill(translate("Keys", "%1 already does that."), name))
            return
        meaning = self.meaning(key)
        if meaning is not None and not self._ask(name, action, meaning):
            self.status.setText(fill(translate("Keys", "%1 was left as it was."), name))
            return
        self.learned = learn(self.learned, action, key_name(key))
        self._show_keys()
        self.status.setText(
            fill(translate("Keys", "%1 now also means “%2”."), name, action_name(action))
        )
        self.changed.emit()

    def meaning(self, key: Qt.Key) -> str | None:
        """What ``key`` does in a session now, if anything."""
        learned = learned_keys(self.learned).get(key)
        if learned is not None:
            return action_name(learned)
        for action in ACTIONS:
            if key in BUILT_IN[action]:
                return action_name(action)
        return other_keys().get(key)

    def _ask(self, name: str, action: Action, meaning: str) -> bool:
        from massage_timer.ui.dialogs import Confirm

        return Confirm.ask(
            self,
            fill(translate("Keys", "Use %1 for “%2”?"), name, action_name(action)),
            fill(
                translate("Keys", "In a session, %1 already means “%2”. Use it for “%3” instead?"),
                name,
                meaning,
                action_name(action),
            ),
            translate("Keys", "Use it"),
            translate("Keys", "Keep it as it is"),
        )

    def forget_all(self) -> None:
        self.learned = forget(self.learned)
        self._show_keys()
        self.status.setText(translate("Keys", "The learned keys are forgotten."))
        self.changed.emit()
