"""Languages and the Qt-free text helpers: which language is shown, %1 and %n as Qt does."""

from __future__ import annotations

import pytest

from massage_timer.core.i18n import SOURCE_LANGUAGE, fill, plural_english, resolve, untranslated

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


def test_a_language_still_being_translated_is_not_chosen() -> None:
    """Until Spanish is complete, a Spanish system gets the whole app in English, not a mix."""
    assert resolve("system", ["es_ES"]) == "en_GB"
    assert resolve("es", ["es_ES"]) == "en_GB"
    assert resolve("system", ["en_US"]) == "en_GB"


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
