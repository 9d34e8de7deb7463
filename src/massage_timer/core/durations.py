"""Reading and writing the short duration strings people type: 90, "90s", "1m30s", "1:30"."""

from __future__ import annotations

import math
import re

MIN_STEP_SECONDS = 1
MAX_STEP_SECONDS = 60 * 60
MAX_ROUTINE_SECONDS = 4 * 60 * 60

# Numbers are written with the digits 0-9 only (re.ASCII: Python's \d also matches "²" and
# Arabic-Indic digits, which would be read as numbers or crash int()).
_UNITS = re.compile(
    r"^(?:(?P<h>\d{1,3})\s*h)?\s*(?:(?P<m>\d{1,5})\s*m)?\s*(?:(?P<s>\d{1,6})\s*s)?$", re.ASCII
)
_CLOCK = re.compile(r"^(?:(?P<h>\d{1,3}):)?(?P<m>\d{1,5}):(?P<s>[0-5]\d)$", re.ASCII)

DURATION_PATTERN = (
    r"^\s*(\d{1,6}|(\d{1,3}\s*h)?\s*(\d{1,5}\s*m)?\s*(\d{1,6}\s*s)?|(\d{1,3}:)?\d{1,5}:[0-5]\d)\s*$"
)
"""A regular expression for the JSON Schema: the same strings `parse_duration` accepts."""

DURATION_HELP = 'a number of seconds or a time like "90s", "2m", "1m30s" or "1:30"'


class DurationError(ValueError):
    """A duration that cannot be read; the message says what was wrong and what is allowed."""


def parse_duration(value: object) -> int:
    """Return whole seconds for ``value``; raise `DurationError` with a readable message.

    Accepts a non-negative whole number of seconds, or text: "90", "90s", "2m", "1m30s",
    "1h", "1:30", "1:00:00". Range checks are the caller's business.
    """
    if isinstance(value, bool):
        raise DurationError(f"expected {DURATION_HELP}, got {str(value).lower()}")
    if isinstance(value, int):
        if value < 0:
            raise DurationError(f"{value} is negative; expected {DURATION_HELP}")
        return value
    if isinstance(value, float):
        if not math.isfinite(value) or value < 0 or value != int(value):
            raise DurationError(f"{value!r} is not a whole number of seconds")
        return int(value)
    if not isinstance(value, str):
        raise DurationError(f"expected {DURATION_HELP}, got {type_name(value)}")
    text = value.strip().lower()
    if is_number(text) and len(text) <= 6:
        return int(text)
    match = _UNITS.match(text) or _CLOCK.match(text)
    if not text or match is None or not any(match.groupdict().values()):
        raise DurationError(f"{value!r} is not a duration; expected {DURATION_HELP}")
    parts = {k: int(v) for k, v in match.groupdict().items() if v}
    return parts.get("h", 0) * 3600 + parts.get("m", 0) * 60 + parts.get("s", 0)


def is_number(text: str) -> bool:
    """A whole number written with the digits 0-9 (not "²", not "١٢")."""
    return text.isascii() and text.isdigit()


def parse_step_seconds(value: object) -> int:
    """A step's length in whole seconds, within the format's 1 s to 60 min."""
    seconds = parse_duration(value)
    if not MIN_STEP_SECONDS <= seconds <= MAX_STEP_SECONDS:
        size = "short" if seconds < MIN_STEP_SECONDS else f"long ({format_duration(seconds)})"
        raise DurationError(f"{value!r} is too {size}; a step lasts from 1s to 60m")
    return seconds


def format_duration(seconds: float) -> str:
    """Format seconds for people: "45s", "2m", "1m30s", "1h5m"; the inverse of parsing."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    text = ""
    if hours:
        text += f"{hours}h"
    if minutes:
        text += f"{minutes}m"
    if secs or not text:
        text += f"{secs}s"
    return text


def format_length(seconds: float) -> str:
    """A length read at a glance: "10 min 15 s", "4 min", "45 s", "1 h 5 min"."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    parts = [f"{hours} h"] if hours else []
    if minutes:
        parts.append(f"{minutes} min")
    if secs and not hours:
        parts.append(f"{secs} s")
    return " ".join(parts) or "0 s"


def format_clock(seconds: float) -> str:
    """Format a countdown as m:ss (or h:mm:ss), rounding partial seconds up.

    Rounding up means the display shows 0:01 during the last second and 0:00 only
    when the time is really over, like a kitchen timer.
    """
    total = max(0, math.ceil(seconds - 1e-9))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def type_name(value: object) -> str:
    """Name a YAML value's type the way a person writing the file would."""
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, bool):
        return f"{str(value).lower()} (a yes/no value)"
    if isinstance(value, int | float):
        return f"a number ({value})"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return f"text ({shown!r})"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping of keys"
    return type(value).__name__
