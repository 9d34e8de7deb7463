"""The JSON Schema of the routine format, generated from the models.

The committed copy, resources/schema/routine.schema.json, is what editors use through the
``# yaml-language-server: $schema=...`` line; a test fails when it is stale, and
``make schema`` (scripts/generate_schema.py) writes it anew.
"""

from __future__ import annotations

import json
from typing import Any

from massage_timer.core.routine import Routine

SCHEMA_RESOURCE = "schema/routine.schema.json"


def routine_schema() -> dict[str, Any]:
    """The schema as a dict, for files as people write them (validation mode)."""
    return Routine.model_json_schema(mode="validation")


def schema_text() -> str:
    """The schema exactly as committed: two-space indented JSON with a final newline."""
    return json.dumps(routine_schema(), indent=2, ensure_ascii=False) + "\n"
