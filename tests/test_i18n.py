"""Languages and the Qt-free text helpers: which language is shown, %1 and %n as Qt does."""

from __future__ import annotations

from pathlib import Path

import pytest

from massage_timer.core.i18n import SOURCE_LANGUAGE, fill, plural_english, resolve, untranslated
from massage_timer.core.library import Entry
from tests.conftest import routine_yaml
from tests.test_cli import GOOD_STEP

ALL = ("en_GB", "en_US", "es")


@pytest.mark.parametrize(
    ("setting", "system", "shown"),
    [
        ("es", ["en_GB"], "es"),  # the setting wins over the system
        ("system", ["es_MX", "en_US"], "es"),  # any Spanish-speaking country
        ("system", ["es-419"], "es"),
        ("system", ["en_US"], "en_US"),
        ("system", ["en-US"], "en_US"),
        ("system", ["en_GB"], "en_GB"),
        ("system", ["en_AU"], "en_GB"),  # British spelling is the closer one
        ("system", ["de_DE", "es_ES"], "es"),  # the first one shipped
        ("system", ["de_DE"], SOURCE_LANGUAGE),
        ("system", [], SOURCE_LANGUAGE),
        ("klingon", ["es_ES"], "es"),  # an unknown setting behaves as "system"
    ],
)
def test_the_language_shown(setting: str, system: list[str], shown: str) -> None:
    assert resolve(setting, system, ALL) == shown


def test_a_language_not_offered_is_not_chosen() -> None:
    """A language still being translated is not offered: a system in it gets the whole app
    in English, not a mix."""
    assert resolve("system", ["es_ES"], ("en_GB",)) == "en_GB"
    assert resolve("es", ["es_ES"], ("en_GB",)) == "en_GB"
    assert resolve("system", ["en_US"], ("en_GB",)) == "en_GB"


def test_spanish_and_us_english_are_offered() -> None:
    assert resolve("system", ["es_MX"]) == "es"
    assert resolve("system", ["en_US"]) == "en_US"


def test_arguments_are_filled_once_and_in_place() -> None:
    assert fill("Next: %1", "Warm hands") == "Next: Warm hands"
    assert fill("%2 of %1", 9, 3) == "3 of 9"
    assert fill("Step %1", "%2 trick") == "Step %2 trick"  # a value is not filled again
    assert fill("100% sure %1", "x") == "100% sure x"
    assert fill("%3 missing", "a") == "%3 missing"


@pytest.mark.parametrize(("n", "text"), [(1, "1 step"), (2, "2 steps"), (0, "0 steps")])
def test_english_plurals_as_qt_writes_them(n: int, text: str) -> None:
    assert plural_english("%n step(s)", n) == text
    assert untranslated("Any", "%n step(s)", None, n) == text


def test_untranslated_gives_the_source_back() -> None:
    assert untranslated("Safety", "Continue") == "Continue"
    assert plural_english("(see below)", -1) == "(see below)"


def test_the_language_setting_is_remembered_and_checked() -> None:
    from massage_timer.core.settings import Settings, SettingsError

    assert Settings().language == "system"
    assert Settings.from_data({"language": "es"}).language == "es"
    with pytest.raises(SettingsError, match="language must be system or one of"):
        Settings.from_data({"language": "../../etc"})


ENGINE = ["C", "en_GB", "en_US", "es_419", "es_ES", "fr_FR"]


@pytest.mark.parametrize(
    ("wanted", "interface", "spoken"),
    [
        ("es", "en_GB", "es_419"),
        ("es-ES", "en_GB", "es_ES"),
        ("es", "es_ES", "es_ES"),
        ("en", "en_GB", "en_GB"),
        ("en", "en_US", "en_US"),
        ("en", "es", "en_GB"),
        ("en-US", "en_GB", "en_US"),
        ("EN", "en_GB", "en_GB"),
        ("de", "en_GB", None),  # no German voice: chimes only, and the app says so
    ],
)
def test_a_routine_is_spoken_in_its_own_language(
    wanted: str, interface: str, spoken: str | None
) -> None:
    from massage_timer.core.i18n import speech_locale

    assert speech_locale(wanted, ENGINE, interface) == spoken


def _entry(tmp_path: Path, name: str, routine_id: str, language: str, title: str) -> Entry:
    from massage_timer.core.library import _checked

    path = tmp_path / name
    path.write_text(
        routine_yaml(GOOD_STEP, id=routine_id, title=title, language=language), encoding="utf-8"
    )
    return _checked("yours", path)


@pytest.mark.parametrize(
    ("tag", "interface", "match"),
    [
        ("es", "es", 3),
        ("en-GB", "en_GB", 3),
        ("en_us", "en_US", 3),
        ("en", "en_GB", 2),
        ("en", "en_US", 2),
        ("es-MX", "es", 2),
        ("en-US", "en_GB", 1),
        ("en-GB", "en_US", 1),
        ("fr", "es", 0),
        ("tlh", "en_GB", 0),
    ],
)
def test_how_well_a_routine_language_suits_the_interface(
    tag: str, interface: str, match: int
) -> None:
    from massage_timer.core.i18n import language_match

    assert language_match(tag, interface) == match


def test_the_list_shows_the_interface_language_first_and_one_of_each_routine(
    tmp_path: Path,
) -> None:
    from massage_timer.core.library import _refuse_taken_ids, arrange

    entries = _refuse_taken_ids(
        [
            _entry(tmp_path, "a.yaml", "a", "en-GB", "A"),
            _entry(tmp_path, "a.es.yaml", "a", "es", "A es"),
            _entry(tmp_path, "a.en-US.yaml", "a", "en-US", "A us"),
            _entry(tmp_path, "b.yaml", "b", "en", "B"),
            _entry(tmp_path, "c.fr.yaml", "c", "fr", "C fr"),
            _entry(tmp_path, "a.again.yaml", "a", "es", "A es again"),
        ]
    )

    def titles(group: list[Entry]) -> list[str]:
        return [e.report.routine.title if e.report.routine else e.path.name for e in group]

    # The same id in the same language twice: the second cannot be used, and says why.
    refused = entries[-1]
    assert refused.report.routine is None
    assert "'a' in language 'es' is already the id of a.es.yaml" in refused.report.errors[0].message

    first, others = arrange(entries, "es")
    assert titles(first) == ["A es", "a.again.yaml"]  # B and C have no Spanish version
    assert titles(others) == ["A", "A us", "B", "C fr"]
    first, others = arrange(entries, "en_US")
    assert titles(first) == ["A us", "B", "a.again.yaml"]
    assert titles(others) == ["A", "A es", "C fr"]
    first, others = arrange(entries, "en_GB")
    assert titles(first) == ["A", "B", "a.again.yaml"]


def test_a_call_is_seen_in_spanish_too() -> None:
    from massage_timer.core.safety import says_call

    assert says_call("Llamen a su maternidad si hay sangrado.")
    assert says_call("Llame ahora.")
    assert says_call("Call her maternity unit.")
    assert not says_call("El hueso se llama sacro.")
    assert not says_call("The bone called the sacrum.")


@pytest.mark.parametrize("language", ["es", "en_US"])
def test_the_safety_and_about_texts_have_the_english_structure(language: str) -> None:
    """Every part, with as many warning signs and steps as the English: a translation may
    word a line differently, never leave one out."""
    from massage_timer.core.safety import about_text, cited, safety_text

    english, translated = safety_text(SOURCE_LANGUAGE), safety_text(language)
    assert translated != english
    for name in english._fields:
        mine, theirs = getattr(translated, name), getattr(english, name)
        assert type(mine) is type(theirs)
        if isinstance(mine, tuple):
            assert len(mine) == len(theirs), name
    for number in ("999", "911", "112", "37", "38 °C", "100.4 °F"):
        assert number in str(translated), number
    about, original = about_text(language), about_text(SOURCE_LANGUAGE)
    assert about.sources == original.sources  # cited as published
    assert [cited(claim) for claim in about.claims] == [cited(c) for c in original.claims]
    assert cited(about.overdue) == cited(original.overdue)


def test_the_us_english_texts_are_made_from_the_british_and_up_to_date() -> None:
    """scripts/us_english.py makes every US text; none is edited by hand or out of date,
    and no British word is left in them."""
    import subprocess
    import sys

    from massage_timer.core.resources import resources_root

    root = resources_root().parent
    done = subprocess.run(
        [sys.executable, str(root / "scripts" / "us_english.py"), "--check"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stdout
    sys.path.insert(0, str(root / "scripts"))
    try:
        from us_english import BRITISH, WORDS, made_files
    finally:
        sys.path.remove(str(root / "scripts"))
    import re

    originals = [root / "resources" / "safety" / "safety.txt"]
    originals += [root / "resources" / "about" / "sources.txt"]
    originals += [p for p in (root / "resources" / "routines").glob("*.yaml") if "." not in p.stem]
    for original in originals:  # a phrase broken over two lines would not be changed
        text = original.read_text("utf-8")
        for british, _ in WORDS:
            loose = re.compile(r"\s+".join(re.escape(word) for word in british.split(" ")))
            assert len(loose.findall(text)) == text.count(british), (original.name, british)
    for path, text in made_files().items():
        part = ""
        for line in text.splitlines():
            if line.startswith("== "):
                part = line
            if line.startswith(("#", "== ")) or "key:" in line or part == "== sources":
                continue
            assert not BRITISH.search(line), f"{path.name}: {line}"
