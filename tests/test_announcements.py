"""What is heard and in what order, with no sound device: the plan and the queue."""

from __future__ import annotations

import pytest

from massage_timer.core.announcements import Queue, Sound, Speech, plan, spoken_length, tick
from massage_timer.core.engine import Session, SessionFinished, State
from massage_timer.core.routine import Routine
from massage_timer.core.settings import Settings
from tests.conftest import FakeClock

ROUTINE = Routine.model_validate(
    {
        "format": 1,
        "id": "r",
        "title": "R",
        "steps": [
            {
                "title": "Warm hands",
                "duration": 30,
                "instruction": "Rub your hands.",
                "say": "Warm your hands.",
                "cues": [{"at": "50%", "say": "Halfway."}],
            },
            {"title": "Hold", "duration": 20, "instruction": "Rest a palm.", "wait": True},
        ],
    }
)


def heard(settings: Settings) -> list[object]:
    """Everything a whole session plans, in order."""
    clock = FakeClock()
    session = Session(ROUTINE.steps, clock)
    items: list[object] = []
    events = session.start()
    while True:
        for event in events:
            items += plan(event, ROUTINE.steps, settings)
        if session.state is State.WAITING:
            events = session.next()
            continue
        due = session.next_due()
        if due is None:
            break
        clock.now = due
        events = session.poll()
    return items


def test_a_session_sounds_like_this() -> None:
    assert heard(Settings()) == [
        Sound("step"),
        Speech("Warm your hands."),
        Sound("cue"),
        Speech("Halfway."),
        Speech("Next: Hold"),
        Sound("step"),
        Speech("Hold"),  # no say: the title
        Sound("cue"),
        Speech("Go on when you are both ready."),
        Sound("finish"),
    ]


def test_settings_change_what_is_heard() -> None:
    quiet = heard(Settings(sound_on=False, announce_next=False))
    assert all(isinstance(item, Speech) for item in quiet)
    assert Speech("Next: Hold") not in quiet
    no_voice = heard(Settings(voice_on=False))
    assert no_voice == [Sound("step"), Sound("cue"), Sound("step"), Sound("cue"), Sound("finish")]
    reading = heard(Settings(read_instructions=True))
    assert Speech("Warm your hands. Rub your hands.") in reading


def test_a_stopped_session_ends_without_the_finish_chime() -> None:
    session = Session(ROUTINE.steps, FakeClock())
    session.start()
    (finished,) = [e for e in session.stop() if isinstance(e, SessionFinished)]
    assert plan(finished, ROUTINE.steps, Settings()) == []


def test_ticks_only_in_the_last_three_seconds_and_when_wanted() -> None:
    on = Settings(ticks=True)
    assert [tick(n, on) for n in (5, 4, 3, 2, 1, 0)] == [None, None, *[Sound("tick")] * 3, None]
    assert tick(2, Settings()) is None
    assert tick(2, Settings(ticks=True, sound_on=False)) is None


def test_the_queue_plays_one_at_a_time_and_never_cuts_off() -> None:
    queue = Queue()
    queue.add([Sound("step"), Speech("One")])
    assert queue.next() == Sound("step")
    assert queue.next() is None  # the chime is still playing
    queue.add([Sound("step"), Speech("Two")], new_step=True)  # step changed: "One" is stale
    assert queue.playing == Sound("step")  # but what plays is not cut off
    queue.done()
    assert queue.next() == Sound("step")
    queue.done()
    assert queue.next() == Speech("Two")
    assert not queue.offer(Sound("tick"))  # a tick never plays over speech
    queue.done()
    assert queue.offer(Sound("tick"))
    assert queue.next() == Sound("tick")
    queue.done()
    assert queue.next() is None
    assert len(queue) == 0


@pytest.mark.parametrize(
    ("seconds", "said"),
    [
        (0, "0 seconds"),
        (0.2, "1 second"),
        (45, "45 seconds"),
        (60, "1 minute"),
        (90, "1 minute 30 seconds"),
        (3600 + 300, "1 hour 5 minutes"),
        (2 * 3600 + 61, "2 hours 1 minute 1 second"),
    ],
)
def test_lengths_are_said_in_words(seconds: float, said: str) -> None:
    assert spoken_length(seconds) == said
