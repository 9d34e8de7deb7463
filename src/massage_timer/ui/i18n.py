"""The interface's language: Qt's translators for the app and for Qt's own dialogs.

Every string a person reads goes through `translate` (`QCoreApplication.translate`) with a
context, so pyside6-lupdate collects it into resources/translations/massage_timer_<lang>.ts;
`make` builds the .qm files from those with pyside6-lrelease. Qt's own qtbase translation
(standard buttons, file dialogs) is loaded for the same language, from Qt's installation.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from massage_timer.core.i18n import LANGUAGES, SOURCE_LANGUAGE, fill, plural_english, resolve

if TYPE_CHECKING:
    from massage_timer.core.announcements import TimeUnit

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


def apply_language(setting: str, offered: Collection[str] = tuple(LANGUAGES)) -> str:
    """Load the translations for ``setting`` ("system" or an ``offered`` language) into
    the running application; return the language now shown."""
    app = QCoreApplication.instance()
    assert app is not None
    language = resolve(setting, system_languages(), offered)
    _shown[0] = language
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
    log.info("language %s (translations: %s)", language, ", ".join(loaded) or "none found")
    return language


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
