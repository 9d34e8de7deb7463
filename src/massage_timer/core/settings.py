"""The app's settings: a typed model, read forgivingly and written whole.

A settings file that cannot be read is never overwritten in silence: `SettingsStore` moves
it aside (its name gets ``.corrupt-<timestamp>``), reports that once, and carries on with
defaults. Writing goes through an injected atomic writer (QSaveFile on the Qt side), so a
crash mid-save leaves the old file or the new one, never half of one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from massage_timer.core import safeyaml

log = logging.getLogger(__name__)

Theme = Literal["system", "night", "day"]
AtomicWriter = Callable[[Path, bytes], None]
MAX_SETTINGS_BYTES = 64 * 1024


class Settings(BaseModel):
    """Everything the app remembers between launches."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    theme: Theme = "system"


class SettingsStore:
    """Loads and saves `Settings` at ``path``; never raises for a bad file."""

    def __init__(self, path: Path, write: AtomicWriter) -> None:
        self.path = path
        self._write = write
        self.notice: str | None = None  # a sentence for the user when a file was set aside

    def load(self) -> Settings:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return Settings()
        except OSError as exc:
            log.warning("cannot read settings %s: %s; using defaults", self.path, exc)
            return Settings()
        try:
            if len(raw) > MAX_SETTINGS_BYTES:
                raise ValueError("file too large")
            data = safeyaml.parse(raw.decode("utf-8")).data if raw.strip() else {}
            return Settings.model_validate(data or {})
        except (ValueError, safeyaml.YamlError, ValidationError) as exc:
            self._set_aside(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
            return Settings()

    def save(self, settings: Settings) -> None:
        text = "# massage-timer settings\n" + yaml.safe_dump(
            settings.model_dump(mode="json"), sort_keys=True, allow_unicode=True
        )
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._write(self.path, text.encode("utf-8"))

    def _set_aside(self, reason: str) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        kept = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(kept)
        except OSError as exc:
            log.warning(
                "settings %s unreadable (%s) and cannot be moved: %s", self.path, reason, exc
            )
            kept = self.path
        log.warning(
            "settings %s unreadable (%s); kept as %s, using defaults", self.path, reason, kept
        )
        self.notice = (
            "Your settings file could not be read, so defaults are used. "
            f"It was kept as {kept.name}."
        )
