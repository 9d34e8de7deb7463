"""What the app remembers (the look, sound and voice, the window's place) and the look in use.

Talks back through signals only: `look_changed` when the colours to use changed, `notice`
for a message to show.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from massage_timer.core.settings import Settings, SettingsStore
from massage_timer.ui import theme
from massage_timer.ui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


class Preferences(QObject):
    """Signals:
    look_changed(): night or day changed (her choice, or the system's scheme).
    notice(str): something to tell the people in the room.
    phone_changed(str): her maternity unit's number changed ("" for none).
    text_size_changed(int): the larger-text choice changed (percent).
    """

    look_changed = Signal()
    notice = Signal(str)
    phone_changed = Signal(str)
    text_size_changed = Signal(int)

    def __init__(self, store: SettingsStore | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.settings = store.load() if store is not None else Settings()

    @property
    def store_notice(self) -> str | None:
        """Why the settings file was set aside at start-up, if it was."""
        return self._store.notice(translate) if self._store is not None else None

    @property
    def colours(self) -> theme.Colours:
        """The look in use: her choice, or the system's colour scheme."""
        return theme.resolve(self.settings.theme)

    @property
    def night(self) -> bool:
        return theme.is_night(self.colours)

    def toggle_look(self) -> None:
        """N: switch between night and day, and remember the choice."""
        self._change(self.settings._replace(theme="day" if self.night else "night"))
        self.look_changed.emit()

    def system_scheme_changed(self) -> None:
        if self.settings.theme == "system":
            self.look_changed.emit()

    def edit_settings(self, parent: QWidget, voices: list[str], problems: list[str]) -> None:
        """The sound and voice settings; saved at once."""
        from massage_timer.ui.sound_settings import SettingsDialog

        chosen = SettingsDialog.edit(parent, self.settings, voices, problems)
        if chosen is not None:
            self._change(chosen)

    def change_text_size(self, steps: int) -> None:
        """Larger (+1) or smaller (-1) text by one step, within 100 to 150 %; 0: as made."""
        from massage_timer.core.settings import RANGES, TEXT_SIZE_STEP

        low, high = RANGES["text_size"]
        now = self.settings.text_size
        wanted = 100 if steps == 0 else min(high, max(low, now + steps * TEXT_SIZE_STEP))
        if wanted != now:
            self._change(self.settings._replace(text_size=wanted))
        self.text_size_changed.emit(wanted)

    def edit_phone(self, parent: QWidget) -> None:
        """Her maternity unit's number; saved at once, and every screen shows the new one."""
        from massage_timer.ui.dialogs import PhoneDialog

        phone = PhoneDialog.edit(parent, self.settings.maternity_phone)
        if phone is not None and phone != self.settings.maternity_phone:
            self._change(self.settings._replace(maternity_phone=phone))
            self.phone_changed.emit(phone)

    def choose_language(self, parent: QWidget) -> bool:
        """Language…: the setting chosen and saved; True when it changed."""
        from massage_timer.ui.dialogs import LanguageDialog

        chosen = LanguageDialog.choose(parent, self.settings.language)
        if chosen is None or chosen == self.settings.language:
            return False
        self._change(self.settings._replace(language=chosen))
        return True

    def remember_window(self, geometry: QRect, full_screen: bool) -> None:
        rect = (geometry.x(), geometry.y(), geometry.width(), geometry.height())
        self._change(self.settings._replace(window=rect, full_screen=full_screen))

    def _change(self, settings: Settings) -> None:
        if settings == self.settings:
            return
        self.settings = settings
        if self._store is None:
            return
        try:
            self._store.save(settings)
        except OSError as exc:
            log.warning("could not save settings: %s", exc)
            self.notice.emit(translate("Preferences", "Your choice could not be saved."))
