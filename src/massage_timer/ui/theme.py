"""The two looks: a dark, warm, low-glare night look for a dim room, and a soft day look."""

from __future__ import annotations

import re
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from massage_timer.core.settings import Theme


class Colours(NamedTuple):
    window: str
    surface: str  # buttons, cards
    surface_hover: str
    border: str  # also the session bar's empty track
    text: str
    muted: str
    accent: str  # countdown bar, selection, default button
    accent_text: str
    warning: str
    focus: str  # the focus ring: 3:1 or more against the window, a button and the accent


NIGHT = Colours(
    window="#15110f",
    surface="#241d19",
    surface_hover="#2f2620",
    border="#4a3c32",
    text="#f0d9bd",
    muted="#a8907a",
    accent="#b97f42",
    accent_text="#1a1310",
    warning="#e0a06a",
    focus="#fff4e6",
)
DAY = Colours(
    window="#f5efe6",
    surface="#fffaf3",
    surface_hover="#efe5d8",
    border="#d9cbb8",
    text="#2d241e",
    muted="#6f6257",
    accent="#a8612a",
    accent_text="#fffaf3",
    warning="#9a4a12",
    focus="#2d241e",
)


def resolve(theme: Theme) -> Colours:
    """The look for a setting; "system" follows the desktop's colour scheme."""
    if theme == "night":
        return NIGHT
    if theme == "day":
        return DAY
    hints = QGuiApplication.styleHints()
    return NIGHT if hints.colorScheme() == Qt.ColorScheme.Dark else DAY


def apply(colours: Colours, text_size: int = 100) -> None:
    """Colour the whole application and size its text (``text_size`` percent, the
    larger-text choice); every other size stays as it was."""
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    scale = text_size / 100
    app.setPalette(palette(colours))
    widgets = sys.modules.get("massage_timer.ui.widgets")
    if widgets is not None:
        widgets.set_text_scale(scale)
    app.setStyleSheet(stylesheet(colours, scale))  # this resets the fonts widgets were given
    if widgets is not None:  # only its set_font gives sizes that need putting back
        for window in app.topLevelWidgets():
            widgets.restore_fonts(window)


def is_night(colours: Colours) -> bool:
    return colours is NIGHT


def palette(c: Colours) -> QPalette:
    p = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, c.window),
        (roles.Base, c.surface),
        (roles.AlternateBase, c.surface_hover),
        (roles.Button, c.surface),
        (roles.Text, c.text),
        (roles.WindowText, c.text),
        (roles.ButtonText, c.text),
        (roles.PlaceholderText, c.muted),
        (roles.Highlight, c.accent),
        (roles.HighlightedText, c.accent_text),
        (roles.ToolTipBase, c.surface),
        (roles.ToolTipText, c.text),
        (roles.Link, c.accent),
        (roles.Mid, c.border),
    ):
        p.setColor(role, QColor(value))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(c.border))
    return p


def stylesheet(c: Colours, scale: float = 1.0) -> str:
    """Widget styling by object name and class; sizes that follow the window are set in
    code. Text sizes here are ``scale`` times larger (the larger-text choice)."""
    # The timings editor is a wide table: its text grows a little, so that it still fits
    # an 800x600 screen (it scrolls, and her own times are in large type).
    timings = round(16 * min(scale, TIMINGS_SCALE_MAX))
    return _scaled(_sheet(c), scale) + f"#timingsDialog QWidget {{ font-size: {timings}px; }}\n"


TIMINGS_SCALE_MAX = 1.1


def _scaled(sheet: str, scale: float) -> str:
    """Every font-size in ``sheet`` made ``scale`` times larger."""
    if scale == 1:
        return sheet

    def bigger(found: re.Match[str]) -> str:
        return f"font-size: {round(float(found.group(1)) * scale, 1):g}{found.group(2)}"

    return re.sub(r"font-size: ([\d.]+)(px|pt)", bigger, sheet)


def _sheet(c: Colours) -> str:
    return f"""
    QWidget {{ color: {c.text}; background: {c.window}; }}
    QLabel[role="muted"] {{ color: {c.muted}; }}
    QLabel[role="warning"] {{ color: {c.warning}; }}
    QLabel#countdown[paused="true"] {{ color: {c.muted}; }}
    QLabel#stateLabel {{ color: {c.warning}; }}
    QPushButton {{
        background: {c.surface}; color: {c.text}; border: 1px solid {c.border}; margin: 2px;
        border-radius: 10px; padding: 8px 18px; min-height: 36px;
    }}
    QPushButton:hover {{ background: {c.surface_hover}; }}
    QPushButton:disabled {{ color: {c.border}; border-style: dashed; }}
    QPushButton[role="primary"] {{
        background: {c.accent}; color: {c.accent_text}; border: 1px solid {c.accent};
        font-weight: bold;
    }}
    QPushButton[role="primary"]:disabled {{
        background: {c.surface}; color: {c.muted}; border: 1px dashed {c.muted};
        font-weight: normal;
    }}
    QPushButton:checked {{ background: {c.surface_hover}; border: 2px solid {c.accent}; }}
    QPushButton:focus, QPushButton[role="primary"]:focus, QPushButton:checked:focus {{
        border: 3px solid {c.focus}; margin: 0;
    }}
    QCheckBox {{ spacing: 14px; }}
    QCheckBox::indicator {{
        width: 26px; height: 26px; border: 2px solid {c.muted}; border-radius: 6px;
        background: {c.surface}; margin: 1px;
    }}
    QCheckBox::indicator:checked {{ background: {c.accent}; border-color: {c.accent}; }}
    QCheckBox:focus {{ color: {c.text}; }}
    QCheckBox::indicator:focus, QCheckBox::indicator:checked:focus {{
        border: 3px solid {c.focus}; margin: 0;
    }}
    #phoneDialog QLineEdit {{
        background: {c.surface}; color: {c.text}; border: 1px solid {c.muted}; margin: 2px;
        border-radius: 6px; padding: 6px 10px;
    }}
    #phoneDialog QLineEdit:focus {{ border: 3px solid {c.focus}; margin: 0; }}
    #safetyPage QPushButton, #pickerPage QPushButton, #finishPage QPushButton {{
        font-size: 17px; padding: 10px 26px; min-height: 40px;
    }}
    #timingsDialog QWidget, #soundDialog QWidget, #aboutDialog QPushButton,
    #safetyList QPushButton {{ font-size: 16px; }}
    #safetyPage QLabel, #safetyPage QTextEdit, #aboutDialog QTextEdit {{ font-size: 14pt; }}
    #safetyList QTextEdit {{ font-size: 16pt; }}
    #timingsDialog QPushButton {{ min-height: 26px; padding: 5px 16px; margin: 0; }}

    QListWidget {{ background: {c.window}; border: none; outline: none; }}
    QListWidget::item {{
        background: {c.surface}; color: {c.text}; border: 1px solid {c.border};
        border-radius: 12px; margin: 4px 2px; padding: 4px;
    }}
    QListWidget::item:selected {{
        border: 2px solid {c.accent}; background: {c.surface_hover}; color: {c.text};
    }}
    QListWidget::item:selected:focus, QListWidget::item:focus {{ border: 3px solid {c.focus}; }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: {c.window}; border: none; }}
    QScrollBar:vertical {{ background: {c.window}; width: 12px; }}
    QScrollBar::handle:vertical {{ background: {c.border}; border-radius: 6px; min-height: 30px; }}
    QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
    QMessageBox, QDialog {{ background: {c.window}; }}
    QTextEdit, QPlainTextEdit {{ background: {c.surface}; border: 1px solid {c.border}; }}
    QTextEdit[role="document"] {{ background: {c.window}; border: 2px solid {c.window}; }}
    QTextEdit[role="document"]:focus {{ border: 2px solid {c.focus}; }}
    QLabel#notice {{
        background: {c.surface_hover}; color: {c.text}; border-top: 3px solid {c.accent};
        font-size: 22px; padding: 14px 28px;
    }}
    #messageBox QLabel {{ font-size: 20px; }}
    #messageBox QPushButton {{ font-size: 17px; padding: 10px 22px; min-height: 40px; }}
    """
