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

from massage_timer.core.safety import SafetyText
from massage_timer.ui.document import DocumentView, bullet_list, heading, paragraph
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
        box = _message_box(parent, "This routine cannot be used", summary)
        box.setIcon(QMessageBox.Icon.Warning)
        shown = [p.brief() for p in problems[:3]]
        more = f"\n… and {len(problems) - 3} more (see details)" if len(problems) > 3 else ""
        box.setInformativeText("\n".join(shown) + more)
        box.setDetailedText("\n".join(str(p) for p in problems))
        box.exec()


def _text_with_close(dialog: QDialog, markup: str) -> DocumentView:
    """Lay out ``markup`` (it scrolls when long) above a Close button (the default, Enter)."""
    view = DocumentView()
    view.set_markup(markup)
    close = QPushButton("Close")
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
    return view


class SafetyListDialog(QDialog):
    """The stop-and-call list, one key (H) away during a session."""

    def __init__(self, text: SafetyText, warning: str, parent: QWidget | None = None) -> None:
        """``warning`` is the colour of the emergency sentence in the current look."""
        super().__init__(parent)
        self.setWindowTitle("When to stop and call")
        self.setObjectName("safetyList")
        self.text_view = _text_with_close(
            self,
            heading(text.stop_heading, size=20)
            + bullet_list(text.stop_and_call)
            + paragraph(text.emergency, bold=True, colour=warning),
        )
        fit_to_screen(self, 760, 600)

    @classmethod
    def open_for(cls, parent: QWidget | None, text: SafetyText, warning: str) -> None:
        cls(text, warning, parent).exec()


class AboutDialog(QDialog):
    """What the app is, its version, and the sources behind its health text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        from massage_timer import __version__
        from massage_timer.core.safety import about_text

        super().__init__(parent)
        self.setWindowTitle("About massage-timer")
        self.setObjectName("aboutDialog")
        about = about_text()
        self.text_view = _text_with_close(
            self,
            heading(f"massage-timer {__version__}", size=20)
            + paragraph(
                "A calm, step-by-step guide for a gentle lower-back massage in late pregnancy."
            )
            + paragraph(about.intro)
            + heading("Sources", size=16)
            + bullet_list(about.sources),
        )
        fit_to_screen(self, 760, 600)

    @classmethod
    def open_for(cls, parent: QWidget | None) -> None:
        cls(parent).exec()
