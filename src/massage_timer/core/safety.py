"""The safety text shown at every launch, read from resources/safety/safety.yaml."""

from __future__ import annotations

import functools

from pydantic import BaseModel, ConfigDict

from massage_timer.core import safeyaml
from massage_timer.core.resources import resource_path


class SafetyText(BaseModel):
    """The parts of the safety screen; all plain text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    heading: str
    purpose: str
    talk_first: str
    not_if_heading: str
    not_if: tuple[str, ...]
    gentle_heading: str
    gentle: tuple[str, ...]
    stop_heading: str
    stop_and_call: tuple[str, ...]
    emergency: str
    acknowledge: str


@functools.cache
def safety_text() -> SafetyText:
    """The bundled safety text (a broken copy is a packaging bug, so it raises)."""
    text = resource_path("safety/safety.yaml").read_text(encoding="utf-8")
    return SafetyText.model_validate(safeyaml.parse(text).data)
