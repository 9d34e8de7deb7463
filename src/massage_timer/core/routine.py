"""The routine file format (format 1) as pydantic models: the contract users write against.

Field-level checks live in the annotated types below so that every problem in a file is
found in one validation pass; messages name the bad value and what is allowed. Problems
that involve two fields (a cue outside its step, the routine's total time) are raised with
a ``problems`` list in the error context, which `massage_timer.core.loader` expands into
one precise message per field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath, PureWindowsPath
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from massage_timer.core.durations import (
    DURATION_HELP,
    DURATION_PATTERN,
    MAX_ROUTINE_SECONDS,
    MAX_STEP_SECONDS,
    MIN_STEP_SECONDS,
    DurationError,
    format_duration,
    parse_duration,
    parse_step_seconds,
    type_name,
)

FORMAT_VERSION = 1
MAX_STEPS = 500
MAX_CUES = 20
IMAGE_SUFFIXES = (".svg", ".png")


def _problem(message: str, **ctx: Any) -> PydanticCustomError:
    """An error whose text is exactly ``message`` (braces in it are kept literally)."""
    return PydanticCustomError("routine", "{message}", {"message": message, **ctx})


def _preview(text: str, limit: int = 30) -> str:
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return repr(shown)


def _text_checker(max_len: int, *, one_line: bool) -> BeforeValidator:
    def check(value: object) -> str:
        if not isinstance(value, str):
            hint = "; put it in quotes" if isinstance(value, bool | int | float) else ""
            raise _problem(f"expected text, got {type_name(value)}{hint}")
        text = value.strip()
        if not text:
            raise _problem(f"is empty; write 1 to {max_len} characters")
        if len(text) > max_len:
            raise _problem(
                f"{_preview(text)} is {len(text)} characters long; at most {max_len} are allowed"
            )
        if one_line and len(text.splitlines()) > 1:  # also U+2028, U+2029, U+0085...
            raise _problem(f"{_preview(text)} spans several lines; keep it on one line")
        if any((ord(c) < 32 and c not in "\n\t") or 0x7F <= ord(c) <= 0x9F for c in text):
            raise _problem(f"{_preview(text)} contains control characters")
        return text

    return BeforeValidator(check)


Title = Annotated[str, _text_checker(80, one_line=True), Field(min_length=1, max_length=80)]
Summary = Annotated[str, _text_checker(300, one_line=False), Field(min_length=1, max_length=300)]
Instruction = Annotated[
    str, _text_checker(1000, one_line=False), Field(min_length=1, max_length=1000)
]
Spoken = Annotated[str, _text_checker(300, one_line=False), Field(min_length=1, max_length=300)]


def _check_duration(value: object) -> int:
    try:
        return parse_step_seconds(value)
    except DurationError as exc:
        raise _problem(str(exc)) from None


Duration = Annotated[
    int,
    BeforeValidator(_check_duration),
    PlainSerializer(format_duration, return_type=str),
    WithJsonSchema(
        {
            "description": f"How long the step lasts, 1 s to 60 min: {DURATION_HELP}.",
            "anyOf": [
                {"type": "integer", "minimum": MIN_STEP_SECONDS, "maximum": MAX_STEP_SECONDS},
                {"type": "string", "pattern": DURATION_PATTERN},
            ],
            "examples": [90, "90s", "2m", "1m30s", "1:30"],
        }
    ),
]


@dataclass(frozen=True, slots=True)
class CueTime:
    """When a cue falls in its step: a fraction of it, or seconds from its start or end."""

    kind: Literal["percent", "after_start", "before_end"]
    value: float

    def offset(self, duration: float) -> float:
        """Seconds after the step's start for a step lasting ``duration`` seconds."""
        if self.kind == "percent":
            return duration * self.value / 100
        if self.kind == "after_start":
            return self.value
        return duration - self.value

    def __str__(self) -> str:
        if self.kind == "percent":
            return f"{self.value:g}%"
        sign = "-" if self.kind == "before_end" else ""
        return f"{sign}{format_duration(self.value)}"


_PERCENT = re.compile(r"^(\d{1,3}(?:\.\d{1,3})?)\s*%$", re.ASCII)  # digits 0-9 only
CUE_AT_HELP = 'a share of the step like "50%", a time after its start like "30s", or before its end like "-10s"'  # noqa: E501
CUE_AT_PATTERN = r"^\s*(\d{1,3}(\.\d{1,3})?\s*%|-?\s*" + DURATION_PATTERN.strip("^$") + r")\s*$"


def _check_cue_at(value: object) -> CueTime:
    if isinstance(value, CueTime):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return CueTime("after_start", float(_cue_seconds(value)))
    if not isinstance(value, str):
        raise _problem(f"expected {CUE_AT_HELP}, got {type_name(value)}")
    text = value.strip()
    if match := _PERCENT.match(text):
        percent = float(match.group(1))
        if not 0 < percent < 100:
            raise _problem(f"{value!r} is not inside the step; use more than 0% and less than 100%")
        return CueTime("percent", percent)
    if text.startswith("-"):
        return CueTime("before_end", float(_cue_seconds(text[1:])))
    return CueTime("after_start", float(_cue_seconds(text)))


def _cue_seconds(value: object) -> int:
    try:
        return parse_duration(value)
    except DurationError:
        raise _problem(f"{value!r} is not a cue time; expected {CUE_AT_HELP}") from None


CueAt = Annotated[
    CueTime,
    BeforeValidator(_check_cue_at),
    PlainSerializer(str, return_type=str),
    WithJsonSchema(
        {
            "description": f"When the cue is said: {CUE_AT_HELP}. It must fall inside the step.",
            "anyOf": [
                {"type": "integer", "minimum": 1, "maximum": MAX_STEP_SECONDS},
                {"type": "string", "pattern": CUE_AT_PATTERN},
            ],
            "examples": ["50%", "30s", "-10s"],
        }
    ),
]


def _check_image(value: object) -> str:
    if not isinstance(value, str):
        raise _problem(f"expected a picture's file name, got {type_name(value)}")
    text = value.strip()
    if not text:
        raise _problem("is empty; name an .svg or .png file, or leave the key out")
    if len(text) > 255:
        raise _problem(f"{_preview(text)} is {len(text)} characters long; at most 255 allowed")
    if not text.isprintable():  # a NUL or other control character can name no file
        raise _problem(f"{_preview(text)} contains control characters; name a picture file")
    if (
        PurePosixPath(text).is_absolute()
        or PureWindowsPath(text).is_absolute()
        or (PureWindowsPath(text).drive)
    ):
        raise _problem(
            f"{_preview(text)} is an absolute path; give it relative to the routine's folder"
        )
    if "\\" in text:
        raise _problem(f"{_preview(text)} uses '\\'; separate folders with '/'")
    if ".." in PurePosixPath(text).parts:
        raise _problem(
            f"{_preview(text)} leaves the routine's folder with '..'; that is not allowed"
        )
    if PurePosixPath(text).suffix.lower() not in IMAGE_SUFFIXES:
        raise _problem(f"{_preview(text)} is not an .svg or .png file")
    return text


_IMAGE_PATTERN = r"^(?![/\\])(?![A-Za-z]:)(?!.*(^|/)\.\.(/|$))[^\\]+\.([sS][vV][gG]|[pP][nN][gG])$"

ImageRef = Annotated[
    str,
    BeforeValidator(_check_image),
    WithJsonSchema(
        {
            "type": "string",
            "description": "An .svg or .png picture, relative to the routine's folder or to the "
            "app's resources folder; never absolute, never with '..'.",
            "pattern": _IMAGE_PATTERN,
            "maxLength": 255,
        }
    ),
]


def _check_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise _problem(f"expected true or false, got {type_name(value)}")


StrictFlag = Annotated[bool, BeforeValidator(_check_bool)]


def _check_language(value: object) -> str:
    if not isinstance(value, str):
        raise _problem(f"expected a language tag like 'en' or 'en-GB', got {type_name(value)}")
    if not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}", value):
        raise _problem(f"{_preview(value)} is not a language tag; use one like 'en' or 'en-GB'")
    return value


Language = Annotated[
    str,
    BeforeValidator(_check_language),
    Field(pattern=r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,4}$"),
]


def _check_id(value: object) -> str:
    if not isinstance(value, str):
        raise _problem(f"expected an id like 'gentle-lower-back', got {type_name(value)}")
    if not re.fullmatch(r"[a-z0-9-]{1,64}", value):
        raise _problem(f"{_preview(value)} is not a valid id; use 1 to 64 of a-z, 0-9 and '-'")
    return value


RoutineId = Annotated[str, BeforeValidator(_check_id), Field(pattern=r"^[a-z0-9-]{1,64}$")]


def _check_format(value: object) -> int:
    if value == FORMAT_VERSION and not isinstance(value, bool):
        return FORMAT_VERSION
    if isinstance(value, int) and not isinstance(value, bool) and value > FORMAT_VERSION:
        raise _problem(
            f"format {value} is newer than this app knows; it reads format {FORMAT_VERSION}. "
            "A newer massage-timer may read this file"
        )
    raise _problem(f"expected {FORMAT_VERSION}, got {type_name(value)}")


FormatVersion = Annotated[Literal[1], BeforeValidator(_check_format)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Cue(_Model):
    """A prompt said during a step."""

    at: CueAt
    say: Spoken = Field(description="What the voice says at that moment.")


class Step(_Model):
    """One step of a routine: a prompt, an optional picture and a timer."""

    title: Title = Field(description="Short name of the step, 1-80 characters.")
    key: Title | None = Field(
        default=None,
        description="In a translated routine, the title of the same step in the original "
        "(default: this step's title); her timings are kept per step key, so they are shared "
        "by every language of a routine.",
    )
    duration: Duration
    instruction: Instruction = Field(
        description="Plain text for the partner, up to 1000 characters. Never read as markup."
    )
    image: ImageRef | None = None
    say: Spoken | None = Field(
        default=None, description="What a voice says when the step starts (default: its title)."
    )
    cues: Annotated[list[Cue], Field(max_length=MAX_CUES)] = Field(
        default_factory=list, description=f"Up to {MAX_CUES} prompts during the step."
    )
    wait: StrictFlag = Field(
        default=False, description="When true, the step ends by holding until Next is pressed."
    )

    @field_validator("cues", mode="before")
    @classmethod
    def _cues_list(cls, value: object) -> object:
        if value is None:
            return []
        if not isinstance(value, list):
            raise _problem(f"expected a list of cues, got {type_name(value)}")
        if len(value) > MAX_CUES:
            raise _problem(f"has {len(value)} cues; at most {MAX_CUES} are allowed")
        return value

    @field_validator("cues")
    @classmethod
    def _cues_inside(cls, cues: list[Cue], info: ValidationInfo) -> list[Cue]:
        duration = info.data.get("duration")
        if duration is None:
            return cues
        problems = []
        for index, cue in enumerate(cues):
            offset = cue.at.offset(duration)
            if not 0 < offset < duration and cue.at.kind != "percent":
                problems.append(
                    (
                        (index, "at"),
                        f"'{cue.at}' falls outside this {format_duration(duration)} step; "
                        "a cue must come after its start and before its end",
                    )
                )
        if problems:
            raise PydanticCustomError(
                "routine", "{message}", {"message": problems[0][1], "problems": problems}
            )
        return cues


class Routine(_Model):
    """A routine file: metadata and its steps."""

    model_config = ConfigDict(
        json_schema_extra={
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://massage-timer.invalid/schema/routine.schema.json",
        },
        title="massage-timer routine",
    )

    format: FormatVersion = Field(description="Version of this file format; only 1 so far.")
    id: RoutineId = Field(description="Unique id: 1-64 of a-z, 0-9 and '-'.")
    title: Title = Field(description="Name shown in the routine list, 1-80 characters.")
    summary: Summary | None = Field(default=None, description="Up to 300 characters for the list.")
    language: Language = Field(default="en", description="BCP 47 language tag, default 'en'.")
    steps: Annotated[list[Step], Field(min_length=1, max_length=MAX_STEPS)] = Field(
        description=f"1 to {MAX_STEPS} steps; at most 4 hours in all."
    )

    @field_validator("steps", mode="before")
    @classmethod
    def _steps_list(cls, value: object) -> object:
        if not isinstance(value, list):
            raise _problem(f"expected a list of steps, got {type_name(value)}")
        if not value:
            raise _problem("is empty; a routine needs at least one step")
        if len(value) > MAX_STEPS:
            raise _problem(f"has {len(value)} steps; at most {MAX_STEPS} are allowed")
        return value

    @model_validator(mode="after")
    def _total_time(self) -> Routine:
        if self.total_seconds > MAX_ROUTINE_SECONDS:
            raise PydanticCustomError(
                "routine",
                "{message}",
                {
                    "message": f"the steps add up to {format_duration(self.total_seconds)}; "
                    "a routine may last at most 4h",
                    "problems": [(("steps",), "")],
                },
            )
        return self

    @property
    def total_seconds(self) -> int:
        """The routine's own length, without anyone's adjusted timings."""
        return sum(step.duration for step in self.steps)
