"""Write resources/schema/routine.schema.json from the routine models."""

from __future__ import annotations

from pathlib import Path

from massage_timer.core.schema import SCHEMA_RESOURCE, schema_text

TARGET = Path(__file__).resolve().parents[1] / "resources" / SCHEMA_RESOURCE

if __name__ == "__main__":
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(schema_text(), encoding="utf-8")
    print(f"wrote {TARGET}")
