"""Read-only pages of text: the safety screen, the stop-and-call list, About.

A whole screen of headings, paragraphs and lists is one rich-text document in one
`DocumentView`. That lays out and paints in a fraction of the time a label per paragraph
takes (the safety screen is the first thing painted at every launch), gives lists real
hanging indents, scrolls by itself when the window is small, and reads as one text to a
screen reader.

The markup is made here and only here, from plain text: every piece of text goes through
`escape` first, so nothing in it is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QTextEdit, QWidget

# Qt indents a list by the document's indent width (40 px); the bullets sit closer.
LIST_PULL_IN_PX = 18


def escape(text: str) -> str:
    """Text made safe to place inside markup (what html.escape does, without its import)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def heading(text: str, *, size: float, space_after: int = 6) -> str:
    return (
        f"<p style='font-size: {size}pt; font-weight: 700; margin-top: 0; "
        f"margin-bottom: {space_after}px;'>{escape(text)}</p>"
    )


def paragraph(text: str, *, bold: bool = False, colour: str = "", space_after: int = 10) -> str:
    style = f"margin-top: 0; margin-bottom: {space_after}px;"
    if bold:
        style += " font-weight: 700;"
    if colour:
        style += f" color: {colour};"
    return f"<p style='{style}'>{escape(text)}</p>"


def bullet_list(items: Iterable[str], *, space_after: int = 14) -> str:
    rows = "".join(f"<li style='margin-bottom: 4px;'>{escape(item)}</li>" for item in items)
    return (
        f"<ul style='margin-top: 0; margin-bottom: {space_after}px; "
        f"margin-left: -{LIST_PULL_IN_PX}px; "
        f"-qt-list-indent: 1;'>{rows}</ul>"
    )


def numbered_list(items: Iterable[str], *, space_after: int = 14) -> str:
    """A list numbered 1, 2, 3... (sources, cited by those numbers elsewhere)."""
    rows = "".join(f"<li style='margin-bottom: 4px;'>{escape(item)}</li>" for item in items)
    return (
        f"<ol style='margin-top: 0; margin-bottom: {space_after}px; "
        f"-qt-list-indent: 1;'>{rows}</ol>"
    )


def side_by_side(left: str, right: str, *, gap: int = 36, space_before: int = 0) -> str:
    """Two columns of equal width (``left`` and ``right`` are markup from this module)."""
    half = gap // 2
    return (
        "<table width='100%' cellspacing='0' cellpadding='0' "
        f"style='margin-top: {space_before}px;'><tr>"
        f"<td width='50%' valign='top' style='padding-right: {half}px;'>{left}</td>"
        f"<td width='50%' valign='top' style='padding-left: {half}px;'>{right}</td>"
        "</tr></table>"
    )


class DocumentView(QTextEdit):
    """Read-only text made by the functions above; scrolls when it does not fit.

    It takes the focus (Tab), so a screen reader reads it and the keyboard scrolls it
    (arrows, Page Up and Down, Ctrl+Home and Ctrl+End); its text can be selected and copied
    but not changed. Its text size comes from the stylesheet (theme.py), by the object name
    of its page.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "document")
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.document().setDocumentMargin(0)
        self.setViewportMargins(6, 4, 12, 4)  # room inside the focus ring; a gap before the bar

    def set_markup(self, markup: str) -> None:
        """Show ``markup`` (made by this module's functions, so its text is escaped)."""
        self.setHtml(markup)

    def needs_scrolling(self) -> bool:
        """Whether some of the text is out of view (a scroll bar is showing)."""
        return self.verticalScrollBar().maximum() > 0
