"""Languages and translated text, without Qt.

Text a person reads or hears is translated Qt's way (`QCoreApplication.translate`, with a
context, `%1`-style arguments and `%n` plurals; `.ts` sources, `.qm` built by lrelease).
Code here never imports Qt, so the functions that make such text take the translation
function as an argument: the Qt side passes `QCoreApplication.translate`, and the
command line and unit tests pass `untranslated`, which gives the English source back. Calls
are written `translate("Context", "text")` so pyside6-lupdate finds them.

Languages are named as Qt names locales: "es", "en_US"; "en_GB" is the English the source
text is written in.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import Protocol

SOURCE_LANGUAGE = "en_GB"
# Languages offered, by code, each named in its own language (a person who cannot read the
# current one can still find theirs).
LANGUAGES: dict[str, str] = {"en_GB": "English (UK)", "en_US": "English (US)", "es": "Español"}
# Languages being translated: their .ts files are kept up to date with the code, but they
# are not offered, nor chosen for a system in that language, until every string is
# translated (a half-translated screen would mix two languages).
TRANSLATING: dict[str, str] = {}
SYSTEM = "system"  # the setting that follows the system's locale
# Routine languages named in their own language, where Qt's names would not do ("en" alone
# is "American English" to Qt, "es" alone "español de España").
NATIVE_NAMES: dict[str, str] = {"en": "English", **LANGUAGES, **TRANSLATING}


class Translate(Protocol):
    def __call__(
        self, context: str, text: str, disambiguation: str | None = None, n: int = -1, /
    ) -> str: ...


def untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1, /) -> str:
    """The English source text, with ``%n`` filled in as Qt would."""
    del context, disambiguation
    return plural_english(text, n)


_PLURAL = re.compile(r"\((\w*)\)")


def plural_english(text: str, n: int) -> str:
    """Qt's English plural convention in source text: "%n step(s)" gives "1 step", "2 steps"."""
    if n < 0:
        return text
    text = text.replace("%n", str(n))
    return _PLURAL.sub(lambda m: "" if n == 1 else m.group(1), text)


def fill(text: str, *values: object) -> str:
    """Put ``values`` in for %1, %2, ... in one pass (a value holding "%2" stays as it is)."""
    return re.sub(
        r"%(\d+)",
        lambda m: (
            str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0)
        ),
        text,
    )


def resolve(
    setting: str, system_locales: list[str], offered: Collection[str] = tuple(LANGUAGES)
) -> str:
    """The language to show: the setting, or for "system" the first of the system's
    preferred locales (like "es_MX", "en-US", "en") that an ``offered`` language covers."""
    if setting in offered:
        return setting
    for locale in system_locales:
        name = locale.replace("-", "_")
        base = name.split("_")[0]
        if base == "en":
            us = name in ("en_US", "en_PR", "en_UM", "en_VI") and "en_US" in offered
            return "en_US" if us else SOURCE_LANGUAGE
        if name in offered:
            return name
        if base in offered:
            return base
    return SOURCE_LANGUAGE


def language_key(tag: str) -> str:
    """A language tag as Qt names locales: "en-US" and "en_us" give "en_US", "ES" gives "es"."""
    language, _, rest = tag.replace("-", "_").partition("_")
    country = rest.split("_")[0]
    return f"{language.lower()}_{country.upper()}" if country else language.lower()


def language_match(tag: str, interface: str) -> int:
    """How well a routine in ``tag`` ("es", "en-US") suits an interface in ``interface``
    ("es", "en_GB"): 3 the same, 2 the same language with one of them not naming a country
    ("en" for en_GB), 1 the same language in another country, 0 another language."""
    routine = language_key(tag)
    if routine == interface:
        return 3
    if routine.partition("_")[0] != interface.partition("_")[0]:
        return 0
    return 2 if "_" not in routine or "_" not in interface else 1


def speech_locale(wanted: str, available: Collection[str], interface: str) -> str | None:
    """Which of the speech engine's ``available`` locales ("es_ES", "en_GB") speaks a
    routine written in ``wanted`` (a BCP 47 tag: "es", "en-US"); None if none does.

    An exact match first; for a bare language ("es", "en") the interface language's own
    country when it speaks that language ("en" with an en_US interface: en_US), then the
    first locale of that language in sorted order (en_GB before en_US; es_419 before es_ES).
    """
    name = language_key(wanted)
    if name in available:
        return name
    language = name.split("_")[0].lower()
    same = sorted(a for a in available if a.split("_")[0].lower() == language)
    if not same:
        return None
    if interface in same:
        return interface
    return same[0]
