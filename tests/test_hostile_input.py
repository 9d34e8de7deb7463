"""Whatever a file holds, the answer is a clear error: no traceback, hang or blow-up."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from massage_timer.core.loader import check_file, check_text
from tests.hostile import hostile_files, write_hostile_files

EXPECTED = {
    "empty.yaml": "the file is empty",
    "only-comments.yaml": "the file holds only comments",
    "not-yaml.yaml": "this is not valid YAML",
    "tabs.yaml": "this is not valid YAML",
    "binary.yaml": "this is a binary file",
    "png-renamed.yaml": "this is a binary file",
    "latin1.yaml": "the file is not UTF-8 text (byte 0xe9)",
    "utf16.yaml": "the file is UTF-16 text; save it as UTF-8",
    "control-chars.yaml": "a character YAML does not allow (U+0007)",
    "billion-laughs.yaml": "expands to more than 60000 values",
    "self-alias.yaml": "refers to nothing defined before it",
    "deep-flow.yaml": "nested too deeply",
    "deep-flow-unclosed.yaml": "nested too deeply",
    "deep-block.yaml": "nested too deeply",
    "too-large.yaml": "larger than 1 MiB",
    "just-under-1mib.yaml": "more than 1000 items",
    "list.yaml": "this file holds a list",
    "scalar.yaml": "this file holds text ('just some words')",
    "two-docs.yaml": "more than one YAML document",
    "python-tag.yaml": "the tag '!!python/object/apply:os.system' is not allowed",
    "merge-key.yaml": "merge keys ('<<') are not supported",
    "huge-number.yaml": "expected 1, got text",
    "complex-key.yaml": "a key must be plain text",
    "wrong-types.yaml": "expected 1, got true",
    "many-keys.yaml": "more than 100 keys",
}


def test_every_hostile_file_is_listed() -> None:
    assert set(EXPECTED) == set(hostile_files())


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_gives_a_clear_error(name: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_bytes(hostile_files()[name])
    report = check_file(path)
    assert not report.ok
    first = str(report.errors[0])
    assert first.startswith(f"{path}:")
    assert ": error: " in first
    assert any(EXPECTED[name] in str(p) for p in report.errors), report.errors[:3]


def test_the_validate_command_survives_them_all_in_one_process(tmp_path: Path) -> None:
    """In a child process with a time limit, so a hang would fail instead of stalling CI."""
    paths = write_hostile_files(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "massage_timer", "validate", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONFAULTHANDLER": "1"},
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    for path in paths:
        assert f"{path}:" in result.stdout


FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "300"))  # `make fuzz` asks for more


@settings(max_examples=FUZZ_EXAMPLES, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(st.text(max_size=300))
def test_any_text_gives_a_routine_or_errors(text: str) -> None:
    routine, problems = check_text(text)
    assert (routine is None) == bool(problems)


yaml_words = st.sampled_from(
    [
        "format",
        "id",
        "title",
        "steps",
        "duration",
        "cues",
        "at",
        "say",
        "wait",
        "image",
        ":",
        " ",
        "\n",
        "  ",
        "- ",
        "[",
        "]",
        "{",
        "}",
        ",",
        "&a",
        "*a",
        "!!str",
        "'",
        '"',
        "1",
        "1:30",
        "50%",
        "-10s",
        "true",
        "null",
        "~",
        "#",
        "|",
        ">",
        "---",
        "?",
        "<<",
    ]
)


@settings(max_examples=FUZZ_EXAMPLES, deadline=None)
@given(st.lists(yaml_words, max_size=60).map("".join))
def test_yaml_shaped_noise_gives_a_routine_or_errors(text: str) -> None:
    routine, problems = check_text(text)
    assert (routine is None) == bool(problems)
    for problem in problems:
        assert problem.line >= 1
        assert problem.column >= 1
        assert problem.message
