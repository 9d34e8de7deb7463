"""The routine list: bundled routines and the user's own, each with its length; Open file...

Invalid files are listed with their problems, never hidden. Enter starts the selected one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from massage_timer.core.durations import format_length
from massage_timer.core.i18n import fill
from massage_timer.core.library import DEFAULT_ROUTINE_ID, Entry
from massage_timer.ui.i18n import language_name, plurals, translate
from massage_timer.ui.widgets import (
    ENTER_KEYS,
    ElidedLabel,
    language_button,
    plain_label,
    press_focused_button,
    set_font,
)

MAX_ERRORS_SHOWN = 4


class RoutineCard(QWidget):
    """One routine in the list: title, summary and length, or what is wrong with it."""

    def __init__(
        self,
        entry: Entry,
        her_seconds: float | None = None,
        parent: QWidget | None = None,
        *,
        other_language: bool = False,
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        routine = entry.report.routine
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAutoFillBackground(False)
        self.setStyleSheet("background: transparent;")
        if routine is not None:
            steps = plurals().steps(len(routine.steps))
            facts = f"{steps}  ·  {format_length(routine.total_seconds)}"
            if her_seconds is not None and round(her_seconds) != routine.total_seconds:
                mine = fill(translate("Picker", "%1 with your timings"), format_length(her_seconds))
                facts = f"{steps}  ·  {mine}"
            if other_language:
                facts += "  ·  " + fill(
                    translate("Picker", "in %1", "a routine's language, named in it"),
                    language_name(routine.language),
                )
            if entry.source == "yours":
                facts += "  ·  " + fill(translate("Picker", "your routine (%1)"), entry.path.name)
            self.title = plain_label(routine.title, size=17, bold=True)
            layout.addWidget(self.title)
            if routine.summary:
                layout.addWidget(plain_label(routine.summary, size=12, role="muted"))
            self.facts = plain_label(facts, size=12, role="muted")
            layout.addWidget(self.facts)
        else:
            unusable = fill(translate("Picker", "%1 cannot be used"), entry.path.name)
            self.title = plain_label(unusable, size=17, bold=True)
            layout.addWidget(self.title)
            errors = entry.report.errors
            lines = [problem.brief() for problem in errors[:MAX_ERRORS_SHOWN]]
            if len(errors) > MAX_ERRORS_SHOWN:
                more = len(errors) - MAX_ERRORS_SHOWN
                lines.append(plurals().more_problems(more))
            self.facts = plain_label("\n".join(lines), size=11, role="warning")
            layout.addWidget(self.facts)


def spoken_entry(entry: Entry, card: RoutineCard) -> str:
    """What a screen reader says for a routine in the list: its card's text, in one go."""
    if entry.report.routine is None:
        first = entry.report.errors[0].brief() if entry.report.errors else ""
        return fill(translate("Picker", "%1 cannot be used. %2"), entry.path.name, first)
    parts = [label.text() for label in card.findChildren(QLabel)]  # title, summary, facts
    sentences = [part.replace("  ·  ", ", ").rstrip(".") for part in parts if part]
    return ". ".join(sentences) + "."


class RoutineList(QListWidget):
    """The list of routines. Enter starts the current one (itemActivated) and goes no
    further: Qt's list passes it on to the page, which would start the routine again."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in ENTER_KEYS:
            event.accept()


class PickerPage(QWidget):
    """Signals:
    chosen(Entry): a valid routine was picked (Enter, double-click or Start).
    open_file_requested(): Open file... was pressed.
    """

    chosen = Signal(object)
    open_file_requested = Signal()
    adjust_requested = Signal(object)
    about_requested = Signal()
    settings_requested = Signal()
    phone_requested = Signal()
    language_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pickerPage")
        self.heading = plain_label(translate("Picker", "Choose a routine"), size=24, bold=True)
        self.about_button = QPushButton(translate("Picker", "About"))
        self.about_button.clicked.connect(self.about_requested)
        self.settings_button = QPushButton(translate("Picker", "Settings…"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.phone_button = QPushButton(translate("Picker", "Phone number…"))
        self.phone_button.setAccessibleDescription(
            translate(
                "Picker", "Her maternity unit's phone number, shown wherever this app says to call"
            )
        )
        self.phone_button.clicked.connect(self.phone_requested)
        self.language_button = language_button()
        self.language_button.clicked.connect(self.language_requested)
        self.hint = plain_label(
            translate("Picker", "Pick one with the arrow keys and press Enter to begin."),
            size=13,
            role="muted",
        )
        self.list = RoutineList()
        self.list.setAccessibleName(translate("Picker", "Routines"))
        self.list.setAccessibleDescription(self.hint.text())  # also when the hint is hidden
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._activated)
        self.list.currentItemChanged.connect(self._update_buttons)
        self.open_button = QPushButton(translate("Picker", "Open file…"))
        self.open_button.clicked.connect(self.open_file_requested)
        self.adjust_button = QPushButton(translate("Picker", "Adjust timings…"))
        self.adjust_button.clicked.connect(self._adjust_current)
        self.start_button = QPushButton(translate("Picker", "Start"))
        self.start_button.setProperty("role", "primary")
        self.start_button.clicked.connect(self._start_current)
        self.folder_label = ElidedLabel(mode=Qt.TextElideMode.ElideMiddle)  # a folder's path
        self.folder_label.setProperty("role", "muted")
        set_font(self.folder_label, 11)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.adjust_button)
        buttons.addWidget(self.folder_label, 1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(10)
        # The heading with its buttons beside it, or above them when they do not fit beside
        # it (a small window, or larger text).
        self._top = QGridLayout()
        self._top.setHorizontalSpacing(10)
        # The buttons in one row, or two when one row is wider than the window.
        self._buttons_at_top = (
            self.phone_button,
            self.settings_button,
            self.language_button,
            self.about_button,
        )
        self._top_buttons = QGridLayout()
        self._top_buttons.setHorizontalSpacing(6)
        self._top_buttons.setColumnStretch(0, 1)
        self._buttons_rows = 0
        self._arrange_top_buttons(1)
        self._top.addWidget(self.heading, 0, 0)
        self._top.addLayout(self._top_buttons, 0, 1)
        self._top.setColumnStretch(0, 1)
        self._buttons_beside = True
        layout.addLayout(self._top)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    def set_entries(
        self,
        entries: list[Entry],
        user_folder: Path | None = None,
        her_totals: Mapping[Path, float] | None = None,
        other_languages: Collection[Entry] = (),
    ) -> None:
        """Show ``entries`` (with her total where she has timings, and the language of those
        in ``other_languages`` than the interface's); select the default."""
        marked = {id(entry) for entry in other_languages}
        selected = self.current_entry()
        keep = selected.path if selected is not None else None
        self.list.clear()
        default_row = None
        for row, entry in enumerate(entries):
            item = QListWidgetItem()
            card = RoutineCard(
                entry, (her_totals or {}).get(entry.path), other_language=id(entry) in marked
            )
            item.setData(Qt.ItemDataRole.UserRole, entry)
            item.setSizeHint(QSize(200, card.sizeHint().height()))
            if entry.report.routine is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            routine = entry.report.routine
            item.setText("")
            # The card is invisible to screen readers (an item widget): the item says it.
            item.setData(Qt.ItemDataRole.AccessibleTextRole, spoken_entry(entry, card))
            item.setToolTip(str(entry.path))
            self.list.addItem(item)
            self.list.setItemWidget(item, card)
            if (
                routine is not None
                and entry.source == "bundled"
                and routine.id == DEFAULT_ROUTINE_ID
                and keep is None
                and default_row is None
            ):
                default_row = row
            if keep is not None and entry.path == keep:
                default_row = row
        self._fit_cards()
        if entries:
            self.list.setCurrentRow(default_row or 0)
        if user_folder is not None:
            self.folder_label.set_full_text(
                fill(translate("Picker", "Your own routines: %1"), user_folder)
            )
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_top_buttons()
        self._fit_cards()

    def _place_top_buttons(self) -> None:
        """Beside the heading when the heading's one line and the buttons fit the width;
        else below it, in one row or, when that is still too wide, in two."""
        layout = self.layout()
        margins = layout.contentsMargins() if layout is not None else None
        room = self.width() - (margins.left() + margins.right() if margins is not None else 0)
        heading = self.heading.fontMetrics().horizontalAdvance(self.heading.text()) + 24
        one_row = sum(b.sizeHint().width() + 6 for b in self._buttons_at_top)
        beside = heading + one_row <= room
        self._arrange_top_buttons(1 if one_row <= room else 2)
        # Two rows of buttons (large text in a small window): the list keeps the room the
        # hint took (a screen reader still says it, as the list's description).
        self.hint.setVisible(self._buttons_rows == 1)
        if beside == self._buttons_beside:
            return
        self._buttons_beside = beside
        self._top.removeItem(self._top_buttons)
        if beside:
            self._top.addLayout(self._top_buttons, 0, 1)
        else:
            self._top.addLayout(self._top_buttons, 1, 0, 1, 2)

    def _arrange_top_buttons(self, rows: int) -> None:
        if rows == self._buttons_rows:
            return
        self._buttons_rows = rows
        for button in self._buttons_at_top:
            self._top_buttons.removeWidget(button)
        per_row = -(-len(self._buttons_at_top) // rows)
        for index, button in enumerate(self._buttons_at_top):
            row, column = divmod(index, per_row)
            self._top_buttons.addWidget(button, row, column + 1, Qt.AlignmentFlag.AlignTop)

    def _fit_cards(self) -> None:
        """Give each card the height its wrapped text needs at the list's width."""
        # Leave room for the scroll bar whether or not it shows yet: it appears only after
        # the cards have their heights, and would then make their text wrap once more.
        width = self.list.width() - self.list.verticalScrollBar().sizeHint().width() - 24
        for row in range(self.list.count()):
            item = self.list.item(row)
            card = self.list.itemWidget(item)
            if card is not None and width > 100:
                # + the row's margin, padding and border from the stylesheet
                item.setSizeHint(QSize(width, card.heightForWidth(width) + 26))

    def entries(self) -> list[Entry]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def current_entry(self) -> Entry | None:
        item = self.list.currentItem()
        entry = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return entry if entry is not None and entry.report.routine is not None else None

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if press_focused_button(self, event):
            return
        if event.key() in ENTER_KEYS:
            self._start_current()
            return
        super().keyPressEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        self.list.setCurrentItem(item)
        self._start_current()

    def _start_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.chosen.emit(entry)

    def _adjust_current(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.adjust_requested.emit(entry)

    def _update_buttons(self, *_items: object) -> None:
        self.start_button.setEnabled(self.current_entry() is not None)
        self.adjust_button.setEnabled(self.current_entry() is not None)
