"""The app's settings: a typed model, read forgivingly and written whole.

A settings file that cannot be read is never overwritten in silence: `SettingsStore` moves
it aside (its name gets ``.corrupt-<timestamp>``), reports that once, and carries on with
defaults. Writing goes through an injected atomic writer (QSaveFile on the Qt side), so a
crash mid-save leaves the old file or the new one, never half of one.

`Settings` is a NamedTuple checked by hand, stored as indented JSON: it is read before
the first screen is painted, where importing pydantic or YAML would cost more start-up time
than the whole window.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Literal, NamedTuple, get_args

from massage_timer.core.aside import set_aside
from massage_timer.core.i18n import LANGUAGES, SYSTEM, TRANSLATING, Translate, fill, untranslated
from massage_timer.core.keys import KeysError, Learned, checked
from massage_timer.core.safety import is_phone_number

log = logging.getLogger(__name__)

Theme = Literal["system", "night", "day"]
THEMES: tuple[str, ...] = get_args(Theme)
AtomicWriter = Callable[[Path, bytes], None]
MAX_SETTINGS_BYTES = 64 * 1024


class SettingsError(ValueError):
    """A settings file that does not hold valid settings."""


class Settings(NamedTuple):
    """Everything the app remembers between launches."""

    theme: Theme = "system"
    sound_on: bool = True
    volume: int = 70  # percent, for chimes and voice
    ticks: bool = False  # soft ticks in a step's last three seconds
    voice_on: bool = True
    voice: str = ""  # a voice name the speech engine offers; "" for its default
    rate: int = 0  # speaking rate, -10 (slower) to 10 (faster)
    read_instructions: bool = False
    announce_next: bool = True
    window: tuple[int, ...] = ()  # x, y, width, height of the main window when last closed
    full_screen: bool = False
    maternity_phone: str = ""  # her maternity unit's number, shown wherever the app says "call"
    text_size: int = 100  # percent: Ctrl+Plus and Ctrl+Minus, for low vision
    language: str = "system"  # "system" (the system's locale) or a shipped language's code
    keys: Learned = ()  # keys learned for Next, Pause/Resume, Back, +30 s (a pedal's, say)

    @classmethod
    def from_data(cls, data: object) -> Settings:
        """Check parsed JSON; unknown keys are ignored (a newer version may have written them)."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise SettingsError("settings must be a mapping of keys")
        values: dict[str, object] = {}
        for name, default in cls._field_defaults.items():
            value = data.get(name, default)
            if name == "keys":
                try:
                    value = checked(value)
                except KeysError as exc:
                    raise SettingsError(str(exc)) from None
            elif name == "theme":
                if value not in THEMES:
                    raise SettingsError(f"theme must be one of {', '.join(THEMES)}, not {value!r}")
            elif isinstance(default, tuple):
                value = _geometry(value)
            elif isinstance(default, bool):
                if not isinstance(value, bool):
                    raise SettingsError(f"{name} must be true or false, not {value!r}")
            elif isinstance(default, int):
                low, high = RANGES[name]
                if (
                    isinstance(value, bool)
                    or not isinstance(value, int)
                    or not low <= value <= high
                ):
                    raise SettingsError(f"{name} must be a whole number from {low} to {high}")
            elif not isinstance(value, str) or len(value) > 200:
                raise SettingsError(f"{name} must be a short text")
            elif name == "language" and value != SYSTEM and value not in KNOWN_LANGUAGES:
                known = ", ".join(KNOWN_LANGUAGES)
                raise SettingsError(f"language must be system or one of {known}")
            elif name == "maternity_phone" and not is_phone_number(value):
                raise SettingsError(f"{name} must be a phone number, not {value!r}")
            values[name] = value
        return cls(**values)  # type: ignore[arg-type]

    def to_json(self) -> str:
        import json

        return json.dumps(self._asdict(), indent=2, sort_keys=True) + "\n"


KNOWN_LANGUAGES = (*LANGUAGES, *TRANSLATING)  # a newer version may offer one this one does not
RANGES = {"volume": (0, 100), "rate": (-10, 10), "text_size": (100, 150)}
TEXT_SIZE_STEP = 10
_MAX_PIXELS = 100_000


def _geometry(value: object) -> tuple[int, ...]:
    """A window's x, y, width and height (or nothing), as four whole numbers of pixels."""
    if not isinstance(value, list | tuple) or len(value) not in (0, 4):
        raise SettingsError("window must be a list of x, y, width and height")
    if not all(
        isinstance(n, int) and not isinstance(n, bool) and abs(n) <= _MAX_PIXELS for n in value
    ):
        raise SettingsError("window must hold whole numbers of pixels")
    if value and min(value[2:]) <= 0:
        raise SettingsError("window must have a width and a height")
    return tuple(value)


class SettingsStore:
    """Loads and saves `Settings` at ``path``; never raises for a bad file."""

    def __init__(self, path: Path, write: AtomicWriter) -> None:
        self.path = path
        self._write = write
        self._loaded: Settings | None = None
        self.kept_as: str | None = None  # the name a file that could not be read was kept as

    def load(self) -> Settings:
        """The settings, read once: start-up needs them first for the language, then for
        the window; after that the app holds them and saves what changes."""
        if self._loaded is None:
            self._loaded = self._read()
        return self._loaded

    def _read(self) -> Settings:
        from massage_timer.core.userfiles import NotRegularFileError, read_regular

        try:
            raw = read_regular(self.path, MAX_SETTINGS_BYTES)
        except FileNotFoundError:
            return Settings()
        except NotRegularFileError:
            self._set_aside("not a regular file")
            return Settings()
        except OSError as exc:
            log.warning("cannot read settings %s: %s; using defaults", self.path, exc)
            return Settings()
        try:
            if len(raw) > MAX_SETTINGS_BYTES:
                raise SettingsError("the file is too large")
            import json  # only when there is a file: the first start has none

            text = raw.decode("utf-8-sig")  # a byte-order mark, as some editors write, is fine
            return Settings.from_data(json.loads(text) if text.strip() else None)
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:  # JSON, SettingsError
            self._set_aside(str(exc) or type(exc).__name__)
            return Settings()

    def save(self, settings: Settings) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._write(self.path, settings.to_json().encode("utf-8"))
        self._loaded = settings

    def _set_aside(self, reason: str) -> None:
        self.kept_as = set_aside(self.path, reason).name

    def notice(self, translate: Translate = untranslated) -> str | None:
        """A sentence for the user when the file was set aside at load, else None."""
        if self.kept_as is None:
            return None
        told = translate(
            "Settings",
            "Your settings file could not be read, so defaults are used. It was kept as %1.",
        )
        return fill(told, self.kept_as)
