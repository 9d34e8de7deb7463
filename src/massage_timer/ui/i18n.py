"""The interface's language: Qt's translators for the app and for Qt's own dialogs.

Every string a person reads goes through `translate` (`QCoreApplication.translate`) with a
context, so pyside6-lupdate collects it into resources/translations/massage_timer_<lang>.ts;
`make` builds the .qm files from those with pyside6-lrelease. Qt's own qtbase translation
(standard buttons, file dialogs) is loaded for the same language, from Qt's installation.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from massage_timer.core.i18n import (
    LANGUAGES,
    NATIVE_NAMES,
    SOURCE_LANGUAGE,
    fill,
    language_key,
    plural_english,
    resolve,
)

if TYPE_CHECKING:
    from massage_timer.core.announcements import TimeUnit
    from massage_timer.core.i18n import Translate

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

APP_CATALOGUE = "massage_timer"


def catalogue_folder() -> Path:
    from massage_timer.core.resources import resources_root

    return resources_root() / "translations"


def system_languages() -> list[str]:
    """The system's preferred languages, most wanted first (like "es_MX", "en_US")."""
    return [name.replace("-", "_") for name in QLocale.system().uiLanguages()]


_shown = [SOURCE_LANGUAGE]


def shown_language() -> str:
    """The language the interface is in now (for the texts that come from files)."""
    return _shown[0]


def language_name(tag: str) -> str:
    """A routine's language ("es", "en-US", "fr") named in that language, for the mark the
    routine list gives routines in another language than the interface's."""
    key = language_key(tag)
    if key in NATIVE_NAMES:
        return NATIVE_NAMES[key]
    locale = QLocale(key)
    name = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
    return name[:1].upper() + name[1:] if name else tag


def apply_language(setting: str, offered: Collection[str] = tuple(LANGUAGES)) -> str:
    """Load the translations for ``setting`` ("system" or an ``offered`` language) into
    the running application; return the language now shown."""
    app = QCoreApplication.instance()
    assert app is not None
    language = resolve(setting, system_languages(), offered)
    loaded = _install(app, language)
    if APP_CATALOGUE not in loaded and language != SOURCE_LANGUAGE:
        # Without its catalogue (a build that skipped `make qm`) the screens would be English
        # beside translated safety text and routines: the whole app stays English instead.
        log.warning("the %s translation is missing; showing English", language)
        language = SOURCE_LANGUAGE
        loaded = _install(app, language)
    _shown[0] = language
    log.info("language %s (translations: %s)", language, ", ".join(loaded) or "none found")
    return language


def _install(app: QCoreApplication, language: str) -> list[str]:
    """Qt's translators for ``language`` in place of any of ours; the catalogues loaded."""
    for old in app.findChildren(QTranslator, "massage-timer-translator"):
        QCoreApplication.removeTranslator(old)
        old.setObjectName("")  # no longer found here before it is deleted
        old.deleteLater()
    QLocale.setDefault(QLocale(language))
    loaded = []
    catalogues = [(APP_CATALOGUE, catalogue_folder())]  # English too: its plural forms
    if language != SOURCE_LANGUAGE:
        qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        catalogues.append(("qtbase", qt_folder))
    for name, folder in catalogues:
        translator = QTranslator(app)
        translator.setObjectName("massage-timer-translator")
        # "en_US" looks for massage_timer_en_US.qm, then massage_timer_en.qm.
        if translator.load(QLocale(language), name, "_", str(folder), ".qm"):
            QCoreApplication.installTranslator(translator)
            loaded.append(name)
        else:
            translator.deleteLater()
    return loaded


_voices: dict[str, QTranslator] = {}


def voice_language(tag: str) -> tuple[Translate, Callable[[float], str]]:
    """How the app's own sentences ("Next: ...", L's where we are) are said in a routine
    written in ``tag`` ("es", "en-GB"): in that language when the app has it, so the voice
    of that language never reads a sentence in another; else in the interface's. Returns
    the translate function and the matching way to say a length."""
    from massage_timer.core.announcements import spoken_length

    key = language_key(tag)
    if key.split("_")[0] not in {code.split("_")[0] for code in LANGUAGES}:
        return translate, plurals().spoken_length
    language = resolve(key, [key])
    if language == shown_language():
        return translate, plurals().spoken_length
    if language not in _voices:
        translator = QTranslator(QCoreApplication.instance())
        translator.load(QLocale(language), APP_CATALOGUE, "_", str(catalogue_folder()), ".qm")
        _voices[language] = translator
    catalogue = _voices[language]

    def said(context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
        found = catalogue.translate(context, text, disambiguation, n)
        if not found:  # English, or a catalogue that lacks it: the source's own English
            return plural_english(text, n)
        return found.replace("%n", str(n)) if n >= 0 else found

    def length(seconds: float) -> str:
        return spoken_length(seconds, lambda unit, n: said("Plurals", f"%n {unit}(s)", "", n))

    return said, length


class Plurals(QObject):
    """Every message with a count in it, in each language's plural forms.

    pyside6-lupdate records plural forms only for ``tr`` calls in a class (not for
    ``translate(context, text, disambiguation, n)``), so they live here, context "Plurals".
    English has its own .ts for them (massage_timer_en_GB.ts: "1 step", "2 steps").
    """

    def steps(self, count: int) -> str:
        return _or_english(self.tr("%n step(s)", "", count), "%n step(s)", count)

    def more_problems(self, count: int) -> str:
        return _or_english(self.tr("… and %n more", "", count), "… and %n more", count)

    def more_in_details(self, count: int) -> str:
        text = self.tr("… and %n more (see details)", "", count)
        return _or_english(text, "… and %n more (see details)", count)

    def time_unit(self, unit: TimeUnit, count: int) -> str:
        """One count of a unit as it is said: "1 minute", "2 minutes"."""
        if unit == "hour":
            return _or_english(self.tr("%n hour(s)", "", count), "%n hour(s)", count)
        if unit == "minute":
            return _or_english(self.tr("%n minute(s)", "", count), "%n minute(s)", count)
        return _or_english(self.tr("%n second(s)", "", count), "%n second(s)", count)

    def spoken_length(self, seconds: float) -> str:
        """A length as it is said, in the language loaded."""
        from massage_timer.core.announcements import spoken_length  # not at start-up

        return spoken_length(seconds, self.time_unit)

    def steps_done(self, done: int, count: int) -> str:
        """ "7 of 9 steps done"."""
        text = _or_english(
            self.tr("%1 of %n step(s) done", "", count), "%1 of %n step(s) done", count
        )
        return fill(text, done)

    def skipped(self, count: int) -> str:
        return _or_english(self.tr("%n skipped", "", count), "%n skipped", count)

    def not_reached(self, count: int) -> str:
        return _or_english(self.tr("%n not reached", "", count), "%n not reached", count)


def _or_english(translated: str, source: str, count: int) -> str:
    """Qt gives the source back, "(s)" and all, when no catalogue has the message (a wheel
    built without `make qm`): then English's own rule, never "9 step(s)"."""
    if translated == source.replace("%n", str(count)):
        return plural_english(source, count)
    return translated


_plurals: list[Plurals] = []


def plurals() -> Plurals:
    """The one `Plurals`, made on first use (after the application exists)."""
    if not _plurals:
        _plurals.append(Plurals(QCoreApplication.instance()))
    return _plurals[0]
