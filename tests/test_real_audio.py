"""End to end on a real audio stack: PulseAudio (a null sink) and speech-dispatcher with
espeak-ng. A short routine runs through the real Announcer; what reached the sink is
recorded and checked: a chime within 250 ms of each step change, and speech after it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.realaudio import pulse_server, recorder
from tests.realdisplay import require

HERE = Path(__file__).resolve().parent
pytestmark = pytest.mark.slow


def test_each_step_change_is_heard_at_once_and_then_spoken(tmp_path: Path) -> None:
    """Two sessions in one run of the app, as in an evening: the second is heard as well
    as the first (it used to be silent)."""
    require("speech-dispatcher")
    with pulse_server(tmp_path / "run") as env, recorder(env, tmp_path / "sink.raw") as result:
        lines, changes = run_session(env, "3", "4", "twice")
    assert lines[0] == "problems sound=None voice=None", lines
    assert "voice en_GB" in lines  # an English voice for an English routine, whatever the locale
    assert len(changes) == 6
    (recording,) = result
    for number, moment in enumerate(changes, start=1):
        assert recording.loud_share(moment - 0.8, moment - 0.05) == 0, "not quiet before"
        delay = recording.onset_after(moment)
        assert delay < 0.25, f"step {number}: first sound {delay * 1000:.0f} ms after the change"
        # The chime lasts 1.4 s; what follows it is the spoken prompt ("Slow circles.",
        # about a second from espeak-ng), and then quiet again. A long sound there would be
        # speech-dispatcher's own error message, spoken when it has no voice module.
        assert recording.loud_share(moment + 1.5, moment + 2.2) > 0.5, f"no speech at {number}"
        assert recording.loud_share(moment + 2.9, moment + 3.9) == 0, f"not just speech at {number}"


def test_without_a_sound_server_the_session_still_runs(tmp_path: Path) -> None:
    """No audio device: the session runs to the end on time and says what is missing."""
    runtime = tmp_path / "empty-run"
    runtime.mkdir(mode=0o700)
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("PULSE")},
        "XDG_RUNTIME_DIR": str(runtime),
        "PULSE_SERVER": f"unix:{runtime}/nowhere",
    }
    lines, changes = run_session(env, "2", "1")
    assert lines[0].startswith("problems sound='no sound device was found'")
    assert len(changes) == 2
    assert abs(changes[1] - changes[0] - 1.0) < 0.1  # the timer did not wait for sound
    assert lines[-1] == "done"


def run_session(env: dict[str, str], *args: str) -> tuple[list[str], list[float]]:
    run = subprocess.run(
        [sys.executable, str(HERE / "audio_session.py"), *args],
        env={**env, "PYTHONPATH": str(HERE.parent), "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert "Traceback" not in run.stderr
    return lines, [float(line.split()[2]) for line in lines if line.startswith("step ")]


def test_without_a_speech_engine_the_chimes_still_play(tmp_path: Path) -> None:
    with pulse_server(tmp_path / "run") as env, recorder(env, tmp_path / "sink.raw") as result:
        lines, changes = run_session(env, "2", "4", "noengine")
    assert lines[0] == (
        "problems sound=None voice='no speech engine (on Linux, install speech-dispatcher "
        "and espeak-ng)'"
    )
    (recording,) = result
    for moment in changes:
        assert recording.onset_after(moment) < 0.25
        assert recording.loud_share(moment + 1.5, moment + 3.5) == 0  # nothing spoken


def test_a_broken_sound_file_is_skipped_and_the_voice_goes_on(tmp_path: Path) -> None:
    with pulse_server(tmp_path / "run") as env, recorder(env, tmp_path / "sink.raw") as result:
        lines, changes = run_session(env, "2", "4", "brokensound")
    after = next(line for line in lines if line.startswith("after "))
    assert "sound='the step sound could not be played'" in after, lines
    (recording,) = result
    for moment in changes:
        assert recording.onset_after(moment) < 0.5  # the prompt itself, without its chime
        assert recording.loud_share(moment + 2.0, moment + 3.5) == 0


def test_a_spanish_routine_is_spoken_by_a_spanish_voice(tmp_path: Path) -> None:
    """The routine's language picks the voice: Spanish prompts in a Spanish voice."""
    with pulse_server(tmp_path / "run") as env, recorder(env, tmp_path / "sink.raw") as result:
        lines, changes = run_session(env, "2", "4", "spanish")
    assert lines[0] == "problems sound=None voice=None", lines
    assert any(line.startswith("voice es_") for line in lines), lines
    (recording,) = result
    for moment in changes:
        assert recording.onset_after(moment) < 0.25
        assert recording.loud_share(moment + 1.5, moment + 2.2) > 0.5, "no Spanish prompt"


def test_a_routine_no_voice_can_speak_plays_its_chimes_and_says_why(tmp_path: Path) -> None:
    """Rather than read one language with another's voice: chimes alone, and the reason."""
    with pulse_server(tmp_path / "run") as env, recorder(env, tmp_path / "sink.raw") as result:
        lines, changes = run_session(env, "2", "4", "nolanguage")
    after = next(line for line in lines if line.startswith("after "))
    assert "no voice here speaks the routine's language (tlh)" in after, lines
    (recording,) = result
    for moment in changes:
        assert recording.onset_after(moment) < 0.25  # the chime
        assert recording.loud_share(moment + 1.5, moment + 3.5) == 0  # nothing spoken
