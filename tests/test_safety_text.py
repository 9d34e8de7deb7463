"""The health text: what ../shared/content-brief.md asks of it, checked where people read it.

The bundled safety text, the stop-and-call list, the finish screen, the routines (what is
shown and what is spoken), the pictures' descriptions and About: the warning signs complete,
"stop the massage" kept apart from "call now", when labour may be starting, her maternity
unit's number wherever the app says "call", one voice, sources behind every claim, and no
promise that anything starts labour.
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from massage_timer.core.loader import load_routine
from massage_timer.core.resources import resource_path
from massage_timer.core.safety import (
    AboutText,
    SafetyText,
    about_text,
    cited,
    is_phone_number,
    safety_text,
    says_call,
    unit_line,
)
from massage_timer.ui.finish_page import aftercare
from massage_timer.ui.main_window import MainWindow
from massage_timer.ui.timings_editor import limits
from tests.conftest import FakeClock
from tests.ui_helpers import accept_safety, make_window

ROUTINES = sorted(resource_path("routines").glob("*.yaml"))
PICTURES = sorted(resource_path("images").glob("*.svg"))
PHONE = "01632 960 123"


def routine_texts(path: Path) -> list[str]:
    """Everything a routine shows or says."""
    routine = load_routine(path)
    texts = [routine.title, routine.summary]
    for step in routine.steps:
        texts += [step.title, step.instruction, step.say or ""]
        texts += [cue.say for cue in step.cues]
    return [t for t in texts if t]


def picture_texts(path: Path) -> list[str]:
    root = ElementTree.parse(path).getroot()
    return [el.text or "" for el in root if el.tag.rsplit("}", 1)[-1] in ("title", "desc")]


def everything_people_read_or_hear() -> list[str]:
    """Every sentence of health text, except the titles of the sources themselves."""
    safety = safety_text()
    about = about_text()
    texts: list[str] = []
    for value in safety:
        texts += list(value) if isinstance(value, tuple) else [value]
    texts += [about.intro, *about.claims, about.overdue, aftercare(), limits()]
    for path in ROUTINES:
        texts += routine_texts(path)
    for path in PICTURES:
        texts += picture_texts(path)
    return [s for text in texts for s in re.split(r"(?<=[.!?])\s+|\n", text) if s.strip()]


# --- the warning signs, and stop vs call ---------------------------------------------------

WARNING_SIGNS = (
    "bleeding",
    "fluid leaking from the vagina",
    "baby moves less than usual, or differently",
    "severe or constant pain in her tummy",
    "just below the ribs",
    "bad headache",
    "changes in her sight",
    "dizziness or fainting",
    "sudden swelling of her face or hands",
    "38 °C (100.4 °F)",
    "chest pain",
    "trouble breathing",
    "racing or pounding heart",
    "being sick a lot and cannot keep fluids down",
    "swollen, red or painful leg",
    "regular, painful tightenings (contractions) before 37 weeks",
    "overwhelmingly tired",
    "thoughts of harming herself or the baby",
    "feels something is wrong, even if it is not on this list",
)


def test_every_warning_sign_in_the_brief_is_in_the_call_list() -> None:
    call_now = " ".join(safety_text().call_now)
    for sign in WARNING_SIGNS:
        assert sign in call_now, sign


def test_the_emergency_sentence_names_the_nerve_signs_and_the_numbers() -> None:
    emergency = safety_text().emergency
    for words in ("numbness", "bottom or genitals", "bladder or bowels", "emergency care"):
        assert words in emergency
    for number in ("999", "911", "112", "local emergency number"):
        assert number in emergency


def test_discomfort_means_stop_not_call() -> None:
    text = safety_text()
    assert "hurts" in " ".join(text.stop_massage)
    assert "stop word" in " ".join(text.stop_massage)
    assert "not by itself a reason to call" in text.stop_massage_note
    for item in text.call_now:
        assert not re.search(r"hurts|uncomfortable|discomfort", item), item
    # Nor does the end of a session send people to call about any tightening.
    for text_ in [aftercare()] + [routine_texts(p)[-3] for p in ROUTINES]:
        assert not re.search(r"call[^.]*\bany tightening", text_, re.IGNORECASE)
    assert "usually practice ones" in aftercare()


def test_when_labour_may_be_starting_is_said() -> None:
    text = safety_text()
    assert "37 weeks" in text.labour_heading
    labour = " ".join(text.labour)
    for words in (
        "regularly",
        "stronger",
        '"show"',
        "waters breaking",
        "backache",
        "about every 5 minutes",
        "about a minute",
        "not her first baby",
        "bleeding",
        "moves less",
        "Braxton Hicks",
        "maternity unit's own instructions",
    ):
        assert words in labour, words
    counter = " ".join(routine_texts(resource_path("routines/counter-pressure-practice.yaml")))
    assert "When labour may be starting" in counter
    assert "about every 5 minutes" in counter
    assert "37 weeks" in aftercare()


def test_the_safety_text_speaks_with_one_voice() -> None:
    """The partner is spoken to; the midwife, the doctor and the unit are hers."""
    for sentence in everything_people_read_or_hear():
        assert not re.search(r"\byour (midwife|doctor|maternity unit)", sentence), sentence
    assert (
        safety_text().acknowledge
        == "We have checked with her midwife or doctor, and none of this applies today."
    )


# --- no overclaim, anywhere it is shown or spoken ------------------------------------------

LABOUR_CLAIM = re.compile(
    r"(start|starts|starting|bring on|brings on|trigger|triggers|induc\w*|kick-start|speed up)"
    r"\s+(it|labour|labor)|induc(e|es|ing|tion)\b",
    re.IGNORECASE,
)
NEGATION = re.compile(r"\b(not|no|never|nor)\b", re.IGNORECASE)


def test_nothing_promises_to_start_labour() -> None:
    checked = 0
    for sentence in everything_people_read_or_hear():
        assert not re.search(r"guarantee|will start|proven to", sentence, re.IGNORECASE)
        if LABOUR_CLAIM.search(sentence) and "may be starting" not in sentence:
            checked += 1
            assert NEGATION.search(sentence) or "membrane sweep" in sentence, sentence
    assert checked >= 4  # the text does talk about it, honestly


# --- sources -------------------------------------------------------------------------------


def test_every_claim_cites_a_source_and_every_source_is_cited() -> None:
    about = about_text()
    numbers = set(range(1, len(about.sources) + 1))
    used: set[int] = set()
    for sentence in [*about.claims, about.overdue]:
        refs = cited(sentence)
        assert refs, sentence
        assert set(refs) <= numbers, sentence
        used.update(refs)
    assert used == numbers


def test_sources_are_cited_in_full() -> None:
    about = about_text()
    for source in about.sources:
        if "https://" not in source:  # a paper: authors, title, journal, year, identifier
            assert re.search(r"\b(19|20)\d\d\b", source), source  # year
            assert re.search(r"CD\d{6}|\d+\(\d+\):\d+-\d+", source), source  # identifier
        else:
            assert re.search(r"https://www\.(nhs\.uk|nice\.org\.uk|cdc\.gov)/\S+$", source), source
    assert re.search(r"\d{1,2} \w+ 20\d\d", about.checked)
    assert not any("Mayo" in source for source in about.sources)  # its page title was not checked


def test_a_broken_about_file_is_refused() -> None:
    with pytest.raises(ValueError, match="missing or empty"):
        AboutText.parse("== intro\nHi\n")


# --- the file format ---------------------------------------------------------------------


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


# --- her maternity unit's number ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("", True),
        (PHONE, True),
        ("+44 (0)1632 960-123", True),
        ("999", True),
        ("12", False),
        ("call me", False),
        ("<b>0123</b>", False),
        ("1" * 41, False),
        ("١٢٣٤", False),  # digits, but not ones a phone dials here
    ],
)
def test_what_counts_as_a_phone_number(text: str, ok: bool) -> None:
    assert is_phone_number(text) is ok


def test_without_a_number_the_app_says_how_to_add_it() -> None:
    assert PHONE in unit_line(PHONE)
    assert "not added yet" in unit_line("")
    assert says_call("Call her maternity unit")
    assert says_call("so call instead")
    assert not says_call("Breathe slowly together.")
    assert not says_call("The points often called BL32 are a pair")


def shown_text(window: MainWindow) -> str:
    from tests.test_window import visible_text

    return visible_text(window)


def test_the_number_is_shown_wherever_the_app_says_call(
    qtbot: QtBot, isolated_dirs: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    from massage_timer.ui import dialogs

    window = make_window(qtbot, isolated_dirs, clock)
    # Typed once, on the safety screen.
    monkeypatch.setattr(dialogs.PhoneDialog, "edit", classmethod(lambda cls, parent, phone: PHONE))
    qtbot.mouseClick(window.safety_page.phone_button, Qt.MouseButton.LeftButton)
    screens: dict[str, str] = {"safety screen": shown_text(window)}
    accept_safety(qtbot, window)
    opened: list[str] = []
    monkeypatch.setattr(
        dialogs.SafetyListDialog,
        "open_for",
        classmethod(
            lambda cls, parent, text, warning, phone: opened.append(
                cls(text, warning, phone, parent).text_view.toPlainText()
            )
        ),
    )
    # Every step of every bundled routine, as it is shown.
    for path in ROUTINES:
        routine = load_routine(path)
        window.start_session(routine, path)
        page, controller = window.session_page, window.controller
        assert page is not None
        assert controller is not None
        controller.start()
        for index in range(len(routine.steps)):
            screens[f"{path.stem} step {index + 1}"] = shown_text(window)
            if index + 1 < len(routine.steps):
                controller.next()
        qtbot.keyClick(page, Qt.Key.Key_H)
        controller.next()  # the finish screen
        screens[f"{path.stem} finish"] = shown_text(window)
        qtbot.keyClick(window.finish_page, Qt.Key.Key_H)
        window.show_picker()
    screens.update({f"stop-and-call list {n}": text for n, text in enumerate(opened)})
    assert len(opened) == 2 * len(ROUTINES)  # H in the session and on the finish screen
    said_call = [name for name, text in screens.items() if says_call(text)]
    assert len(said_call) >= 3 + 2 * len(ROUTINES)
    for name in said_call:
        assert f"Her maternity unit: {PHONE}" in screens[name], name
        assert re.search(r"999 \(UK\), 911 \(US and Canada\),? 112 \(EU\)", screens[name]), name
    # Remembered for the next evening.
    again = make_window(qtbot, isolated_dirs, clock)
    assert again.settings.maternity_phone == PHONE
    assert PHONE in again.safety_page.text_view.toPlainText()
