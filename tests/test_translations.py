"""The interface's translations: the .ts sources hold exactly the strings the code marks for
translation (made by `make translations`), the .qm files the app loads are lrelease's build
of those sources, and loading a language translates Qt's own standard buttons too."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from massage_timer.core.i18n import LANGUAGES, TRANSLATING
from massage_timer.ui.i18n import apply_language

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
TRANSLATED = ["en_GB", "es", "en_US"]
TOOLS = Path(sys.executable).parent
ALL = (*LANGUAGES, *TRANSLATING)


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "src" / "massage_timer").rglob("*.py"))


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_ts_source_is_up_to_date_with_the_code(language: str, tmp_path: Path) -> None:
    committed = FOLDER / f"massage_timer_{language}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run(
        [
            str(TOOLS / "pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            *(["-pluralonly"] if language == "en_GB" else []),
            "-target-language",
            language,
            *sources(),
            "-ts",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert fresh.read_text("utf-8") == committed.read_text("utf-8"), (
        f"{committed.name} is out of date with the code: run `make translations`"
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_qm_the_app_loads_is_built_from_the_ts(language: str, tmp_path: Path) -> None:
    built = FOLDER / f"massage_timer_{language}.qm"
    assert built.is_file(), "`make qm` (run by make run and make test) builds it"
    again = tmp_path / built.name
    subprocess.run(
        [
            str(TOOLS / "pyside6-lrelease"),
            "-silent",
            str(FOLDER / f"massage_timer_{language}.ts"),
            "-qm",
            str(again),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    assert built.read_bytes() == again.read_bytes(), "stale .qm: run `make qm`"


def test_a_language_translates_qts_own_buttons_too(qapp: QApplication) -> None:
    try:
        assert apply_language("es", ALL) == "es"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
        assert apply_language("en_GB", ALL) == "en_GB"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        apply_language("en_GB")


def test_english_has_every_plural_form(qapp: QApplication) -> None:
    """The source language's own catalogue holds only plural forms, and all of them."""
    from massage_timer.ui.i18n import plurals

    text = (FOLDER / "massage_timer_en_GB.ts").read_text("utf-8")
    assert 'type="unfinished"' not in text, "fill in massage_timer_en_GB.ts"
    assert plurals().steps(1) == "1 step"
    assert plurals().steps(9) == "9 steps"


def test_without_any_catalogue_english_plurals_are_still_right(qapp: QApplication) -> None:
    """A wheel built without `make qm` has no .qm at all: still "1 step", never "step(s)"."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from massage_timer.ui.i18n import plurals

    installed = qapp.findChildren(QTranslator, "massage-timer-translator")
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    try:
        assert plurals().steps(1) == "1 step"
        assert plurals().steps(4) == "4 steps"
    finally:
        for translator in installed:
            QCoreApplication.installTranslator(translator)


# Calls whose text argument a person reads or hears: it must come from translate(), a
# routine file, or Qt, never a literal written in the code.
SHOWN = {
    "QPushButton",
    "QCheckBox",
    "QLabel",
    "plain_label",
    "setText",
    "setWindowTitle",
    "setAccessibleName",
    "setAccessibleDescription",
    "setToolTip",
    "setPlaceholderText",
    "addItem",
    "addRow",
    "emit",
    "tell",
    "heading",
    "_button",
    "_message_box",
    "drawText",
    "getOpenFileName",
    "getSaveFileName",
}


def _literal_words(node: ast.expr) -> str | None:
    """The words of a string literal or f-string, if it has any letters."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
    else:
        return None
    return text if re.search(r"[A-Za-z]{2}", text) else None


def test_no_text_a_person_reads_is_written_in_the_code_untranslated() -> None:
    found = []
    for path in sorted((ROOT / "src" / "massage_timer" / "ui").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in SHOWN:
                continue
            for argument in node.args:
                words = _literal_words(argument)
                if words is not None:
                    found.append(f"{path.name}:{node.lineno}: {name}({words!r})")
    assert not found, "wrap these in translate():\n" + "\n".join(found)


def test_the_untranslated_text_check_finds_what_it_looks_for() -> None:
    sample = ast.parse('QPushButton("Start"); b.setText(f"Step {n}"); QPushButton(tr("x"))')
    calls = [n for n in ast.walk(sample) if isinstance(n, ast.Call) and n.args]
    words = [_literal_words(call.args[0]) for call in calls]
    assert "Start" in words
    assert "Step " in words


@pytest.mark.parametrize("seconds", [0, 0.4, 1, 45, 60, 61, 90, 3600, 3661, 7322])
def test_lengths_are_said_alike_with_and_without_qt(qapp: QApplication, seconds: float) -> None:
    """L's spoken lengths in English: the Qt side's plural forms say what the core does."""
    from massage_timer.core.announcements import spoken_length
    from massage_timer.ui.i18n import plurals

    assert plurals().spoken_length(seconds) == spoken_length(seconds)


def test_a_language_is_offered_only_when_none_of_its_texts_would_be_english() -> None:
    """Missing translations fall back to English; a language with any is not offered, so
    no screen mixes two languages. What each language still lacks is listed here."""
    from massage_timer.core.safety import missing_translations

    for language in LANGUAGES:
        assert missing_translations(language) == [], language
    lacking = {language: missing_translations(language) for language in TRANSLATING}
    print("still in English:", lacking)  # shown by pytest -s (none is being translated now)
    assert missing_translations("fr") == [
        "safety/safety.txt",
        "about/sources.txt",
        "routines/counter-pressure-practice",
        "routines/gentle-lower-back",
        "routines/short-lower-back",
    ]


def test_a_language_whose_catalogue_is_missing_is_shown_as_english(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """No massage_timer_es.qm (a build that skipped it): the whole app in English, not
    Spanish safety text and routines under English screens."""
    from massage_timer.ui import i18n

    monkeypatch.setattr(i18n, "catalogue_folder", lambda: tmp_path)
    try:
        assert apply_language("es", ALL) == "en_GB"
        assert i18n.shown_language() == "en_GB"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    finally:
        monkeypatch.undo()
        apply_language("en_GB")


def test_a_translated_text_is_found_by_language_then_language_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from massage_timer.core import safety
    from massage_timer.core.resources import ResourceError

    (tmp_path / "safety").mkdir()
    for name in ("safety.txt", "safety.es.txt"):
        (tmp_path / "safety" / name).write_text("x", encoding="utf-8")

    def resource_path(name: str) -> Path:
        if not (tmp_path / name).is_file():
            raise ResourceError(name)
        return tmp_path / name

    monkeypatch.setattr(safety, "resource_path", resource_path)
    assert safety.localized("safety/safety.txt", "es_MX") == ("safety/safety.es.txt", "es")
    assert safety.localized("safety/safety.txt", "es") == ("safety/safety.es.txt", "es")
    assert safety.localized("safety/safety.txt", "en_US") == ("safety/safety.txt", "en_GB")
    assert safety.localized("safety/safety.txt", "en_GB") == ("safety/safety.txt", "en_GB")
