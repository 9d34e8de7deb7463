"""The bundled safety text: every part present, and what the content brief asks of it."""

from __future__ import annotations

import pytest

from massage_timer.core.safety import SafetyText, safety_text


def test_the_safety_text_says_what_it_must() -> None:
    text = safety_text()
    everything = " ".join(
        [
            text.purpose,
            text.talk_first,
            *text.not_if,
            *text.gentle,
            *text.stop_and_call,
            text.emergency,
        ]
    )
    for needed in (
        "Studies have not shown",
        "midwife or doctor",
        "37 weeks",
        "bleeding",
        "waters have broken",
        "placenta praevia",
        "Never flat on her back",
        "spine",
        "anything hurts",
        "baby moves less",
        "38 °C",
        "chest pain",
        "numbness",
        "emergency number",
    ):
        assert needed in everything, needed
    for promise in ("will start labour", "induce", "guarantee"):
        assert promise not in everything.lower()


def test_parts_are_paragraphs_or_lists() -> None:
    good = safety_text()
    assert good.not_if[0].startswith("she is less than 37 weeks")
    assert len(good.stop_and_call) >= 8


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("== heading\nHi\n", "the part 'purpose' is missing"),
        ("stray line\n== heading\nHi\n", "text before the first '== part'"),
    ],
)
def test_a_broken_safety_file_is_refused(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SafetyText.parse(text)


def test_a_list_where_a_paragraph_belongs_is_refused() -> None:
    source = "\n".join(
        f"== {name}\n{'- item' if name == 'heading' else 'Text'}" for name in SafetyText._fields
    )
    with pytest.raises(ValueError, match="'heading' must be a paragraph"):
        SafetyText.parse(source)
