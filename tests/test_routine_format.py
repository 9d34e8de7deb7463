"""The routine format and its validator: every problem named with file, line and field."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from massage_timer.core.durations import format_clock, format_duration, parse_duration
from massage_timer.core.library import bundled_routines_dir, default_routine_path
from massage_timer.core.loader import RoutineError, check_file, check_text, load_routine
from massage_timer.core.resources import resource_path
from massage_timer.core.routine import Routine
from massage_timer.core.schema import schema_text
from tests.conftest import routine_yaml

STEP = "title: Warm hands\nduration: 30s\ninstruction: Rub your hands together."


def errors_of(text: str) -> list[str]:
    routine, problems = check_text(text, "r.yaml")
    assert routine is None
    return [str(p) for p in problems]


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (90, 90),
        ("90", 90),
        ("90s", 90),
        ("2m", 120),
        ("1m30s", 90),
        ("1:30", 90),
        ("1 m 5 s", 65),
        ("1h", 3600),
        ("0:05", 5),
        ("1:00:00", 3600),
        (" 45s ", 45),
    ],
)
def test_durations_people_type(value: object, seconds: int) -> None:
    assert parse_duration(value) == seconds


@given(st.integers(min_value=0, max_value=4 * 3600))
def test_formatted_durations_read_back(seconds: int) -> None:
    assert parse_duration(format_duration(seconds)) == seconds


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(90, "1:30"), (89.2, "1:30"), (0.4, "0:01"), (0, "0:00"), (3725, "1:02:05")],
)
def test_the_countdown_rounds_up_like_a_kitchen_timer(seconds: float, shown: str) -> None:
    assert format_clock(seconds) == shown


def test_the_default_routine_is_valid_and_about_ten_minutes() -> None:
    routine = load_routine(default_routine_path())
    assert routine.id == "gentle-lower-back"
    assert 7 <= len(routine.steps) <= 10
    assert 9 * 60 <= routine.total_seconds <= 11 * 60
    text = " ".join(s.instruction + " " + s.title for s in routine.steps).lower()
    assert "bl32" in text
    assert "dimples" in text
    assert "not shown" in text  # says plainly that studies have not shown it starts labour
    for promise in ("will start labour", "induce", "guarantee", "bring on labour"):
        assert promise not in text


def test_bundled_routines_name_their_schema_for_editors() -> None:
    files = sorted(bundled_routines_dir().glob("*.yaml"))
    assert files
    for path in files:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../schema/routine.schema.json"
        assert check_file(path).ok


def test_the_committed_schema_is_up_to_date() -> None:
    committed = resource_path("schema/routine.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "stale schema: run `make schema`"
    schema = json.loads(committed)
    assert schema["required"] == ["format", "id", "title", "steps"]
    assert schema["$defs"]["Step"]["additionalProperties"] is False


def test_every_problem_is_reported_at_once_in_file_order() -> None:
    text = """\
format: 1
id: Not An Id
title: ok
colour: blue
steps:
  - title: A
    duration: 0
    instruction: x
  - title: B
    durration: 1m
    instruction: y
    wait: yes
"""
    assert errors_of(text) == [
        "r.yaml:2:5: error: id: 'Not An Id' is not a valid id; use 1 to 64 of a-z, 0-9 and '-'",
        "r.yaml:4:1: error: colour: 'colour' is not a known key. Allowed here: format, id, "
        "language, steps, summary, title",
        "r.yaml:7:15: error: steps[0].duration: 0 is too short; a step lasts from 1s to 60m",
        "r.yaml:9:5: error: steps[1].duration: 'duration' is required here but missing",
        "r.yaml:10:5: error: steps[1].durration: 'durration' is not a known key; "
        "did you mean 'duration'?",
        "r.yaml:12:11: error: steps[1].wait: expected true or false, got text ('yes')",
    ]


@pytest.mark.parametrize(
    ("fragment", "field", "message"),
    [
        (
            "duration: 61m",
            "steps[0].duration",
            "'61m' is too long (1h1m); a step lasts from 1s to 60m",
        ),
        ("duration: soon", "steps[0].duration", "'soon' is not a duration"),
        ("duration: -5", "steps[0].duration", "-5 is negative"),
        ("duration: 2.5", "steps[0].duration", "2.5 is not a whole number of seconds"),
        ("title: " + "x" * 81, "steps[0].title", "is 81 characters long; at most 80 are allowed"),
        ("title: ''", "steps[0].title", "is empty; write 1 to 80 characters"),
        ("title: 1984", "steps[0].title", "expected text, got a number (1984); put it in quotes"),
        ("title: true", "steps[0].title", "got true (a yes/no value); put it in quotes"),
        ("instruction: [a, b]", "steps[0].instruction", "expected text, got a list"),
        ("image: /etc/passwd.png", "steps[0].image", "is an absolute path"),
        ("image: ../../secret.svg", "steps[0].image", "leaves the routine's folder with '..'"),
        ("image: C:/pics/a.png", "steps[0].image", "is an absolute path"),
        ("image: photo.jpg", "steps[0].image", "is not an .svg or .png file"),
        ("cues: [{at: 50%}]", "steps[0].cues[0].say", "'say' is required here but missing"),
        ("cues: [{at: 30s, say: x}]", "steps[0].cues[0].at", "'30s' falls outside this 30s step"),
        ("cues: [{at: '-31s', say: x}]", "steps[0].cues[0].at", "falls outside this 30s step"),
        (
            "cues: [{at: 100%, say: x}]",
            "steps[0].cues[0].at",
            "use more than 0% and less than 100%",
        ),
        ("cues: [{at: later, say: x}]", "steps[0].cues[0].at", "'later' is not a cue time"),
        ("cues: {at: 5s}", "steps[0].cues", "expected a list of cues, got a mapping of keys"),
        ("wait: 1", "steps[0].wait", "expected true or false, got a number (1)"),
    ],
)
def test_each_bad_value_is_named_with_what_is_allowed(
    fragment: str, field: str, message: str
) -> None:
    key = fragment.split(":", maxsplit=1)[0]
    step = "\n".join(
        [line for line in STEP.splitlines() if not line.startswith(key + ":")] + [fragment]
    )
    problems = errors_of(routine_yaml(step))
    assert len(problems) == 1, problems
    assert f": error: {field}: " in problems[0]
    assert message in problems[0]
    line = int(problems[0].split(":")[1])
    assert (
        routine_yaml(step)
        .splitlines()[line - 1]
        .strip()
        .lstrip("- ")
        .startswith((key, "at", "{", "- ", "say"))
        or key == "cues"
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"format": "2"}, "format 2 is newer than this app knows"),
        ({"format": "'1'"}, "expected 1, got text ('1')"),
        ({"id": "x" * 65}, "is not a valid id"),
        ({"title": "'" + "t" * 81 + "'"}, "at most 80 are allowed"),
        ({"summary": "s" * 301}, "at most 300 are allowed"),
        ({"language": "english!"}, "is not a language tag"),
    ],
)
def test_top_level_fields(fields: dict[str, str], message: str) -> None:
    problems = errors_of(routine_yaml(STEP, **fields))
    assert len(problems) == 1, problems
    assert message in problems[0]


def test_steps_count_and_total_time_are_limited() -> None:
    assert "at most 500 are allowed" in errors_of(routine_yaml(*[STEP] * 501))[0]
    long_step = "title: Long\nduration: 60m\ninstruction: x"
    assert errors_of(routine_yaml(*[long_step] * 5)) == [
        "r.yaml:5:3: error: steps: the steps add up to 5h; a routine may last at most 4h"
    ]
    assert (
        "a routine needs at least one step"
        in errors_of("format: 1\nid: a\ntitle: a\nsteps: []\n")[0]
    )


def test_missing_required_keys_point_at_the_mapping() -> None:
    assert errors_of("format: 1\n") == [
        "r.yaml:1:1: error: id: 'id' is required here but missing",
        "r.yaml:1:1: error: steps: 'steps' is required here but missing",
        "r.yaml:1:1: error: title: 'title' is required here but missing",
    ]


def test_yaml_1_1_surprises_are_plain_text() -> None:
    text = routine_yaml("title: No\nduration: 1:30\ninstruction: on\nsay: yes")
    routine, problems = check_text(text)
    assert problems == []
    assert routine is not None
    step = routine.steps[0]
    assert (step.title, step.duration, step.instruction, step.say) == ("No", 90, "on", "yes")


def test_markup_is_kept_as_literal_text() -> None:
    text = routine_yaml(
        'title: "<b>Bold</b>"\nduration: 5\ninstruction: <img src="http://x/y.png">'
    )
    routine, _ = check_text(text)
    assert routine is not None
    assert routine.steps[0].instruction == '<img src="http://x/y.png">'


def test_duplicate_keys_are_reported() -> None:
    text = (
        "format: 1\nid: a\ntitle: One\ntitle: Two\n"
        "steps:\n  - {title: A, duration: 5, instruction: x}\n"
    )
    assert errors_of(text) == [
        "r.yaml:4:1: error: title: 'title' appears twice here; keep only one"
    ]


def test_tags_never_build_objects() -> None:
    text = routine_yaml(
        "title: !!python/object/apply:os.system ['touch /tmp/pwned']\nduration: 5\ninstruction: x"
    )
    problems = errors_of(text)
    assert any("the tag '!!python/object/apply:os.system' is not allowed" in p for p in problems)
    assert not Path("/tmp/pwned").exists()


def test_a_missing_picture_is_a_warning_not_an_error(write_routine: Callable[..., Path]) -> None:
    path = write_routine(routine_yaml(STEP + "\nimage: pictures/nowhere.svg"))
    report = check_file(path)
    assert report.ok
    assert [str(w) for w in report.warnings] == [
        f"{path}:8:12: warning: steps[0].image: picture 'pictures/nowhere.svg' was not found; "
        "a placeholder will be shown"
    ]


def test_a_picture_beside_the_routine_is_found(write_routine: Callable[..., Path]) -> None:
    path = write_routine(routine_yaml(STEP + "\nimage: hands.svg"))
    (path.parent / "hands.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    assert check_file(path).warnings == []


def test_load_routine_raises_with_every_problem(write_routine: Callable[..., Path]) -> None:
    path = write_routine("format: 1\nid: a\n")
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    assert len(caught.value.problems) == 2
    assert str(caught.value).startswith(f"{path}:1:1: error: steps:")


BUNDLED = sorted(p for p in bundled_routines_dir().glob("*.yaml") if p.name.count(".") == 1)
TRANSLATED = sorted(p for p in bundled_routines_dir().glob("*.*.yaml"))


def all_text(routine: Routine) -> str:
    """Everything a routine shows and says, in lower case."""
    text = " ".join(
        " ".join(filter(None, [s.title, s.instruction, s.say, *[c.say for c in s.cues]]))
        for s in routine.steps
    )
    return f"{text} {routine.summary or ''}".lower()


@pytest.mark.parametrize("path", BUNDLED, ids=[p.stem for p in BUNDLED])
def test_every_bundled_routine_is_honest_and_gentle(path: Path) -> None:
    routine = load_routine(path)
    text = all_text(routine)
    for promise in ("will start labour", "induce", "guarantee", "bring on labour", "brings on"):
        assert promise not in text
    for harsh in (r"(?<!never )press hard", "firmly", "deep pressure", "as hard as"):
        assert not re.search(harsh, text), harsh
    assert "not flat on her back" in text or "never flat on her back" in text
    # It ends by saying when to call, and not for any tightening: only for regular, painful
    # ones (or, in the labour-ready practice, the labour-start signs) and the warning signs.
    closing = " ".join(s.instruction for s in routine.steps[-2:]).lower()
    for sign in ("bleeding", "baby moving less", "call her maternity unit", "regular"):
        assert sign in closing, sign
    assert "usually practice ones" in closing


def test_the_bundled_library_has_a_short_and_a_practice_routine() -> None:
    routines = {p.stem: load_routine(p) for p in BUNDLED}
    short = routines["short-lower-back"]
    assert 3 * 60 <= short.total_seconds <= 5 * 60
    practice = routines["counter-pressure-practice"]
    assert sum(1 for s in practice.steps if s.wait) >= 2


def test_every_step_of_every_bundled_routine_has_a_picture_with_a_description() -> None:
    """Except the steps no picture fits (talking it through; when labour may be starting):
    those show none rather than one that shows something else."""
    from massage_timer.core.loader import resolve_image

    without: list[str] = []
    for path in BUNDLED:
        routine = load_routine(path)
        for number, step in enumerate(routine.steps, start=1):
            if not step.image:
                without.append(step.title)
                continue
            found = resolve_image(path, step.image)
            assert found is not None, f"{path.name} step {number}: {step.image} is missing"
            text = found.read_text(encoding="utf-8")
            desc = re.search(r"<desc>(.+?)</desc>", text)
            assert desc is not None
            assert desc.group(1).strip().endswith(".")
    assert without == ["Agree how it will work", "When labour may be starting"]
    for language in ("es", "en-US"):  # the same steps of each translation
        steps = [
            step
            for path in BUNDLED
            for step in load_routine(path.with_name(f"{path.stem}.{language}.yaml")).steps
        ]
        assert [s.key or s.title for s in steps if not s.image] == without


def test_the_bundled_routines_exist_in_every_language_shipped() -> None:
    from massage_timer.core.i18n import LANGUAGES, TRANSLATING

    names = {p.name for p in TRANSLATED}
    for original in BUNDLED:
        for language in ("es", "en-US"):
            assert f"{original.stem}.{language}.yaml" in names
    assert {"es", "en_US"} <= set(LANGUAGES) | set(TRANSLATING)


@pytest.mark.parametrize("path", TRANSLATED, ids=[p.stem for p in TRANSLATED])
def test_a_translated_routine_is_the_original_step_for_step(path: Path) -> None:
    """Same id, steps, times, pictures, cue moments and waits; each step's key is the
    original's title, so her timings are shared; its language is the one in its name."""
    from massage_timer.core.i18n import language_key

    translation = load_routine(path)
    stem, language = path.name.split(".")[:2]
    original = load_routine(path.with_name(f"{stem}.yaml"))
    assert translation.id == original.id
    assert language_key(translation.language) == language_key(language)
    assert len(translation.steps) == len(original.steps)
    for mine, theirs in zip(translation.steps, original.steps, strict=True):
        assert (mine.key or mine.title) == theirs.title
        assert mine.duration == theirs.duration
        assert (mine.image, mine.wait) == (theirs.image, theirs.wait)
        assert [c.at for c in mine.cues] == [c.at for c in theirs.cues]
        assert bool(mine.say) == bool(theirs.say)
    if language == "es":
        assert not any(s.key is None for s in translation.steps)


@pytest.mark.parametrize("path", [p for p in TRANSLATED if ".es." in p.name], ids=lambda p: p.stem)
def test_every_spanish_routine_is_honest_and_gentle(path: Path) -> None:
    """The Spanish wording of what the English test asks: no promise, nothing harsh, never
    on her back, and the ending says when to call (regular and painful, the warning signs)."""
    routine = load_routine(path)
    text = all_text(routine)
    for promise in ("induc", "garantiza", "provoca", "hará empezar", "hace empezar"):
        assert promise not in text, promise
    for harsh in (r"(?<!nunca )apriete fuerte", "con fuerza", "presión profunda", "profund"):
        assert not re.search(harsh, text), harsh
    assert "nunca boca arriba" in text
    closing = " ".join(s.instruction for s in routine.steps[-2:]).lower()
    for sign in ("sangrado", "el bebé se mueve menos", "llamen a su maternidad", "regular"):
        assert sign in closing, sign
    assert "suelen ser de práctica" in closing
