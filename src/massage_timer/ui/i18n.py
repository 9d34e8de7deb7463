"""The interface's language: Qt's translators for the app and for Qt's own dialogs.

Every string a person reads goes through `translate` (`QCoreApplication.translate`) with a
context, so pyside6-lupdate collects it into resources/translations/massage_timer_<lang>.ts;
`make` builds the .qm files from those with pyside6-lrelease. Qt's own qtbase translation
(standard buttons, file dialogs) is loaded for the same language, from Qt's installation.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from massage_timer.core.i18n import SOURCE_LANGUAGE, resolve

log = logging.getLogger(__name__)

translate = QCoreApplication.translate

APP_CATALOGUE = "massage_timer"


def catalogue_folder() -> Path:
    from massage_timer.core.resources import resources_root

    return resources_root() / "translations"


def system_languages() -> list[str]:
    """The system's preferred languages, most wanted first (like "es_MX", "en_US")."""
    return [name.replace("-", "_") for name in QLocale.system().uiLanguages()]


def apply_language(setting: str) -> str:
    """Load the translations for ``setting`` ("system" or a shipped language) into the
    running application; return the language now shown."""
    app = QCoreApplication.instance()
    assert app is not None
    language = resolve(setting, system_languages())
    for old in app.findChildren(QTranslator, "massage-timer-translator"):
        QCoreApplication.removeTranslator(old)
        old.deleteLater()
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return language
    loaded = []
    for name, folder in (
        (APP_CATALOGUE, catalogue_folder()),
        ("qtbase", Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))),
    ):
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
