"""Contrast in both looks, computed from the colours the stylesheet uses (WCAG 2 ratios).

Text at least 4.5:1 against what it sits on; the focus ring at least 3:1 against the window,
a button and the accent (a focused primary button is ringed on its accent fill); selection
and focus look different; disabled buttons look disabled.
"""

from __future__ import annotations

import re

import pytest

from massage_timer.ui import theme
from massage_timer.ui.theme import DAY, NIGHT, Colours

LOOKS = {"night": NIGHT, "day": DAY}


def luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def ratio(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_the_ratio_is_computed_as_wcag_does() -> None:
    assert ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


TEXT_PAIRS = [
    ("text", "window"),
    ("text", "surface"),
    ("text", "surface_hover"),
    ("muted", "window"),
    ("muted", "surface"),
    ("muted", "surface_hover"),
    ("accent_text", "accent"),
    ("warning", "window"),
]
FOCUS_PAIRS = [
    ("focus", "window"),
    ("focus", "surface"),
    ("focus", "surface_hover"),
    ("focus", "accent"),
]
UI_PAIRS = [("accent", "window"), ("accent", "surface")]  # the selected card's border, the bar


@pytest.mark.parametrize("look", LOOKS)
def test_text_focus_and_selection_contrast(look: str) -> None:
    c: Colours = LOOKS[look]
    for fg, bg in TEXT_PAIRS:
        assert ratio(getattr(c, fg), getattr(c, bg)) >= 4.5, (look, fg, bg)
    for fg, bg in FOCUS_PAIRS + UI_PAIRS:
        assert ratio(getattr(c, fg), getattr(c, bg)) >= 3.0, (look, fg, bg)


def rule(sheet: str, selector: str) -> str:
    """The declarations of the rule whose selector list contains ``selector``."""
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", sheet):
        if selector in [s.strip() for s in selectors.split(",")]:
            return str(body)
    raise AssertionError(f"no rule for {selector}")


@pytest.mark.parametrize("look", LOOKS)
def test_every_focusable_control_shows_the_focus_ring(look: str) -> None:
    c = LOOKS[look]
    sheet = theme.stylesheet(c)
    for selector in (
        "QPushButton:focus",
        'QPushButton[role="primary"]:focus',
        "QCheckBox::indicator:focus",
        "QCheckBox::indicator:checked:focus",
        "QListWidget::item:focus",
        'QTextEdit[role="document"]:focus',
        "#phoneDialog QLineEdit:focus",
    ):
        assert f"solid {c.focus}" in rule(sheet, selector), selector
    # The focus rules come after the rules they must win over (same specificity: last wins).
    assert sheet.index('QPushButton[role="primary"]:focus') > sheet.index(
        'QPushButton[role="primary"] {{'.replace("{{", "{")
    )
    # Selection without focus is the accent; focus is the ring.
    assert f"solid {c.accent}" in rule(sheet, "QListWidget::item:selected")
    # A disabled primary button is not the accent button.
    disabled = rule(sheet, 'QPushButton[role="primary"]:disabled')
    assert f"background: {c.accent}" not in disabled
    assert "dashed" in disabled
    assert "dashed" in rule(sheet, "QPushButton:disabled")
