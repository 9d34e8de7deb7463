"""The app's few dialogs. Each has a classmethod entry point that tests can replace."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from massage_timer.core.i18n import fill
from massage_timer.core.identity import DISPLAY_NAME
from massage_timer.core.safety import SafetyText
from massage_timer.ui.document import (
    DocumentView,
    bullet_list,
    heading,
    numbered_list,
    paragraph,
)
from massage_timer.ui.i18n import plurals, shown_language, translate
from massage_timer.ui.placement import fit_to_screen

if TYPE_CHECKING:
    from massage_timer.core.loader import Problem


def _message_box(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A message box in large type whose title is also said in full inside it: window
    managers cut a title that is wider than the box, and the box does not widen for it."""
    box = QMessageBox(parent)
    box.setObjectName("messageBox")
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    layout = box.layout()
    if isinstance(layout, QGridLayout):  # widen the box so the title fits in its bar
        width = box.fontMetrics().horizontalAdvance(title) + 160
        spacer = QSpacerItem(min(width, 700), 0, QSizePolicy.Policy.Minimum)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
    return box


class Confirm:
    """A yes/no question whose safe answer is the default (Enter and Esc both keep going)."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
        box = _message_box(parent, title, text)
        box.setIcon(QMessageBox.Icon.Question)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        box.exec()
        return box.clickedButton() is yes_button


class Problems:
    """Tells that a routine file cannot be used, with every problem behind Show Details."""

    @classmethod
    def show(cls, parent: QWidget | None, summary: str, problems: Sequence[Problem]) -> None:
        box = _message_box(parent, translate("Dialogs", "This routine cannot be used"), summary)
        box.setIcon(QMessageBox.Icon.Warning)
        shown = [p.brief() for p in problems[:3]]
        more = ""
        if len(problems) > 3:
            more = "\n" + plurals().more_in_details(len(problems) - 3)
        box.setInformativeText("\n".join(shown) + more)
        box.setDetailedText("\n".join(str(p) for p in problems))
        box.exec()


def _text_with_close(dialog: QDialog, markup: str) -> DocumentView:
    """Lay out ``markup`` (it scrolls when long) above a Close button (the default, Enter).
    The text is named with the dialog's title, which a screen reader says first."""
    view = DocumentView()
    view.setAccessibleName(dialog.windowTitle())
    view.set_markup(markup)
    close = QPushButton(translate("Dialogs", "Close"))
    close.setProperty("role", "primary")
    close.setDefault(True)
    close.clicked.connect(dialog.accept)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(close)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(24, 20, 24, 16)
    layout.addWidget(view, 1)
    layout.addSpacing(8)
    layout.addLayout(row)
    view.setFocus(Qt.FocusReason.OtherFocusReason)  # read first; Tab reaches Close
    return view


class SafetyListDialog(QDialog):
    """When to stop the massage, when to call (with her unit's number), and when labour may
    be starting: one key (H) away during a session."""

    def __init__(
        self, text: SafetyText, warning: str, phone: str = "", parent: QWidget | None = None
    ) -> None:
        """``warning`` is the colour of the emergency sentence in the current look."""
        from massage_timer.ui.safety_page import call_markup, labour_markup, stop_markup

        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "When to stop and call"))
        self.setObjectName("safetyList")
        self.text_view = _text_with_close(
            self,
            call_markup(text, phone=phone, warning=warning, size=20)
            + stop_markup(text, size=18)
            + labour_markup(text, phone=phone, size=18),
        )
        fit_to_screen(self, 760, 600)

    @classmethod
    def open_for(cls, parent: QWidget | None, text: SafetyText, warning: str, phone: str) -> None:
        cls(text, warning, phone, parent).exec()


class AboutDialog(QDialog):
    """What the app is, its version, and the sources behind its health text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from massage_timer import __version__
        from massage_timer.core.safety import about_text

        super().__init__(parent)
        self.setWindowTitle(fill(translate("Dialogs", "About %1"), DISPLAY_NAME))
        self.setObjectName("aboutDialog")
        about = about_text(shown_language())
        self.text_view = _text_with_close(
            self,
            heading(f"{DISPLAY_NAME} {__version__}", size=20)
            + paragraph(
                translate(
                    "Dialogs",
                    "A calm, step-by-step guide for a gentle lower-back massage in late pregnancy.",
                )
            )
            + paragraph(about.intro)
            + heading(translate("Dialogs", "What the health text rests on"), size=16)
            + bullet_list(about.claims)
            + paragraph(about.overdue)
            + heading(translate("Dialogs", "Sources"), size=16)
            + numbered_list(about.sources)
            + paragraph(about.checked),
        )
        fit_to_screen(self, 760, 600)

    @classmethod
    def open_for(cls, parent: QWidget | None) -> None:
        cls(parent).exec()


class PhoneDialog(QDialog):
    """Her maternity unit's phone number, typed once and shown wherever the app says "call"."""

    def __init__(self, phone: str, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import QRegularExpression
        from PySide6.QtGui import QRegularExpressionValidator
        from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

        from massage_timer.core.safety import PHONE_MAX_CHARS
        from massage_timer.ui.widgets import plain_label, set_font

        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Her maternity unit's number"))
        self.setObjectName("phoneDialog")
        explain = plain_label(
            translate(
                "Dialogs",
                "Type the number her maternity unit (or labor and delivery) gave you. "
                "It is shown wherever this app says to call. It stays on this computer.",
            ),
            size=14,
        )
        self.field = QLineEdit(phone)
        set_font(self.field, 20)
        self.field.setAccessibleName(translate("Dialogs", "Her maternity unit's phone number"))
        self.field.setAccessibleDescription(
            translate("Dialogs", "Digits, spaces and + ( ) - . / only")
        )
        self.field.setPlaceholderText(translate("Dialogs", "for example 01632 960 123"))
        self.field.setMaxLength(PHONE_MAX_CHARS)
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"[0-9+()\-. /]*"), self.field)
        )
        self.problem = plain_label(size=13, role="muted")
        self.problem.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setProperty("role", "primary")
        save.setDefault(True)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(explain)
        layout.addSpacing(8)
        layout.addWidget(self.field)
        layout.addWidget(self.problem)
        layout.addStretch(1)
        layout.addWidget(buttons)
        fit_to_screen(self, 620, 380)

    def number(self) -> str:
        """What was typed, with runs of spaces made one."""
        return " ".join(self.field.text().split())

    def _save(self) -> None:
        from massage_timer.core.safety import is_phone_number

        if is_phone_number(self.number()):
            self.accept()
            return
        self.problem.setText(
            translate(
                "Dialogs", "That does not look like a phone number: it needs at least 3 digits."
            )
        )
        self.problem.show()
        self.field.setFocus()

    @classmethod
    def edit(cls, parent: QWidget | None, phone: str) -> str | None:
        """The number to keep ("" for none), or None when nothing changed."""
        dialog = cls(phone, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.number()


class LanguageDialog(QDialog):
    """The app's language: as this computer is set, or one chosen. Each language is named
    in itself, so a person who cannot read the one shown now still finds theirs."""

    def __init__(self, setting: str, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QListWidget, QListWidgetItem

        from massage_timer.core.i18n import LANGUAGES, SYSTEM, resolve
        from massage_timer.ui.i18n import system_languages
        from massage_timer.ui.widgets import plain_label, set_font

        super().__init__(parent)
        self.setWindowTitle(translate("Dialogs", "Language"))
        self.setObjectName("languageDialog")
        explain = plain_label(
            translate(
                "Dialogs",
                "The app, its safety text, its routines and its voice speak the language "
                "chosen here. It changes at once and is remembered.",
            ),
            size=14,
        )
        self.choices = QListWidget()
        self.choices.setAccessibleName(translate("Dialogs", "Languages"))
        self.choices.setWordWrap(True)
        self.choices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        set_font(self.choices, 18)
        system = LANGUAGES[resolve(SYSTEM, system_languages())]
        for code, name in [
            (SYSTEM, fill(translate("Dialogs", "This computer's language (%1)"), system)),
            *LANGUAGES.items(),
        ]:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.choices.addItem(item)
            if code == setting:
                self.choices.setCurrentItem(item)
        if self.choices.currentItem() is None:
            self.choices.setCurrentRow(0)
        self.choices.itemActivated.connect(self.accept)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setProperty("role", "primary")
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(explain)
        layout.addSpacing(8)
        layout.addWidget(self.choices, 1)
        layout.addWidget(buttons)
        self.choices.setFocus()
        fit_to_screen(self, 560, 420)

    def chosen(self) -> str:
        item = self.choices.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else "system"

    @classmethod
    def choose(cls, parent: QWidget | None, setting: str) -> str | None:
        """The language setting chosen ("system" or a language), or None when cancelled."""
        dialog = cls(setting, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
